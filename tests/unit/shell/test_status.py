from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desk_mobility.cli import waybar_status
from desk_mobility.shell.status import (
    AppStatus,
    as_json,
    progress,
    status_line,
    tooltip,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def test_status_line_counts_down_to_the_next_break() -> None:
    status = AppStatus(stage="sitting", sat_seconds=32 * 60, next_due=NOW + timedelta(minutes=18))
    assert status_line(status, NOW) == "Sitting for 32 min · next break in 18 min"


def test_due_break_waiting_for_quiet_time_says_so() -> None:
    status = AppStatus(stage="quiet", sat_seconds=52 * 60, break_due=True, quiet=True)
    assert "waiting until the fullscreen window closes" in status_line(status, NOW)


def test_paused_until_tomorrow_names_the_day() -> None:
    until = datetime(2026, 3, 3, 8, 0, tzinfo=NOW.tzinfo)
    status = AppStatus(stage="paused", sat_seconds=0, paused_until=until)
    assert status_line(status, NOW) == "Paused until Tue 08:00"


def test_tooltip_warns_when_activity_cannot_be_read() -> None:
    status = AppStatus(stage="sitting", sat_seconds=60, activity_readable=False)
    assert "Activity cannot be read" in tooltip(status, NOW)


def test_json_status_has_the_documented_keys() -> None:
    status = AppStatus(
        stage="sitting",
        sat_seconds=600.4,
        next_due=NOW + timedelta(minutes=40),
        idle_source="x11",
        notifier="dbus",
        tray="docked",
    )
    data = as_json(status, NOW)
    assert data["stage"] == "sitting"
    assert data["sat_seconds"] == 600
    assert data["next_break_due"] == "2026-03-02T10:40:00+01:00"
    assert data["idle_source"] == "x11"
    assert data["notification_backend"] == "dbus"
    assert data["paused_until"] is None
    assert data["progress"] == round(progress(status), 3) == 0.2


def test_waybar_format_carries_text_class_and_percentage() -> None:
    data = as_json(AppStatus(stage="due", sat_seconds=55 * 60, break_due=True), NOW)
    bar = waybar_status(data)
    assert bar["text"] == "55 min"
    assert bar["class"] == "due"
    assert bar["percentage"] == 100
    assert "time for a break" in bar["tooltip"]


def test_status_says_where_fullscreen_windows_cannot_hold_breaks() -> None:
    from desk_mobility.platform.fullscreen import unavailable_reason
    from desk_mobility.shell.status import fullscreen_state

    wayland = unavailable_reason("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert "Wayland" in wayland
    assert fullscreen_state(True, wayland) == f"unavailable in this session: {wayland}"
    assert unavailable_reason("linux", {"DISPLAY": ":0"}) == ""
    assert fullscreen_state(True, "") == "on"
    assert fullscreen_state(False, "") == "off"
    assert unavailable_reason("linux", {}) == "no X display"

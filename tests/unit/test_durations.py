"""Every surface says a duration the same way."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desk_mobility.cli import waybar_status
from desk_mobility.core.durations import countdown_text, duration_text, stopwatch_text
from desk_mobility.platform.notify.base import break_message
from desk_mobility.shell.status import AppStatus, status_line

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 min"),
        (59, "0 min"),
        (-30, "0 min"),
        (float("nan"), "0 min"),
        (45 * 60, "45 min"),
        (51.6 * 60, "51 min"),
        (60 * 60, "1 h 00 min"),
        (65 * 60, "1 h 05 min"),
        (6 * 3600 + 5 * 60, "6 h 05 min"),
    ],
)
def test_a_duration_is_whole_minutes_passed(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_time_left_counts_up_to_the_minute() -> None:
    assert countdown_text(30) == "1 min"
    assert countdown_text(18 * 60) == "18 min"
    assert countdown_text(17 * 60 + 1) == "18 min"
    assert countdown_text(-5) == "0 min"


def test_the_drill_stopwatch_shows_seconds() -> None:
    assert stopwatch_text(52.4) == "52 s"
    assert stopwatch_text(185) == "3 min 05 s"
    assert stopwatch_text(-1) == "0 s"


def test_tray_notification_and_waybar_agree_at_51_point_6_minutes() -> None:
    sat = 51.6 * 60
    tray = status_line(AppStatus(stage="due", sat_seconds=sat, break_due=True), NOW)
    notification = break_message(sat, 10).body
    waybar = waybar_status({"sat_seconds": sat, "stage": "due"})["text"]
    assert tray.startswith("Sitting for 51 min")
    assert notification.startswith("You have been sitting for 51 min.")
    assert waybar == "51 min"

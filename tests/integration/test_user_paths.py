"""The three ways users reach the app, end to end on a real (virtual) desktop:
a notification during work, a click that starts the break routine, and the
weekly history. Real app process, real tray host, real notification server."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import time
from pathlib import Path

from tests.desktop_session import (
    ALWAYS_WORKING,
    REPO,
    DesktopSession,
    sit_almost_to_the_break,
    wait_for,
)

GUIDE_TITLE = "Seated thoracic rotation"
SHOTS = REPO / "docs" / "screenshots"


def _history_db(desktop: DesktopSession) -> Path:
    return Path(desktop.env["XDG_DATA_HOME"]) / "desk-mobility" / "history.db"


def _offers(desktop: DesktopSession) -> list[tuple[str, str | None, int]]:
    with sqlite3.connect(_history_db(desktop)) as db:
        return db.execute("SELECT offer_id, outcome, snoozes FROM break_offers").fetchall()


def _status(desktop: DesktopSession) -> dict[str, object]:
    result = desktop.cli("--status")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _start_with_break_due(desktop: DesktopSession):
    desktop.write_settings(ALWAYS_WORKING)
    sit_almost_to_the_break(desktop)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert app.wait_for_log("offered", 30), app.output()
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 10), app.output()
    return app


QUICK_SELF_PACED = """
[routine]
sets = 1
reps_per_direction = 3
rest_seconds = 0
mode = "self-paced"
"""


def _routine_rows(desktop: DesktopSession) -> list[tuple[int, str, int]]:
    with sqlite3.connect(_history_db(desktop)) as db:
        return db.execute("SELECT set_number, direction, reps FROM routine_reps").fetchall()


def _press(desktop: DesktopSession, window: str, *keys: str) -> None:
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "--delay", "150", *keys)


def test_notification_click_opens_the_guide_and_a_finished_drill_is_recorded(
    desktop: DesktopSession,
) -> None:
    desktop.write_settings(ALWAYS_WORKING + QUICK_SELF_PACED)
    sit_almost_to_the_break(desktop)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 30), app.output()
    status = _status(desktop)
    assert status["stage"] == "due"
    assert status["notification_backend"] == "dbus"
    desktop.screenshot(desktop.root / "notification.png")

    desktop.run(["dunstctl", "action", "0"])  # the default action: a click on the bubble
    assert wait_for(lambda: bool(desktop.find_windows(GUIDE_TITLE)), 15), app.output()
    assert _status(desktop)["stage"] == "in_break"
    assert wait_for(lambda: desktop.notifications_displayed() == 0, 10)
    desktop.screenshot(desktop.root / "guide-from-notification.png")

    guide = desktop.find_windows(GUIDE_TITLE)[0]
    _press(desktop, guide, "6", "Return")  # tightness 6, then start
    for _ in range(40):  # Space per rep; the side change takes a moment
        _press(desktop, guide, "space")
        if sum(reps for _set, _dir, reps in _routine_rows(desktop)) == 6:
            break
    assert sorted(_routine_rows(desktop)) == [(1, "left", 3), (1, "right", 3)], app.output()
    _press(desktop, guide, "Return")  # close the summary
    assert wait_for(lambda: _status(desktop)["stage"] == "sitting", 15), app.output()
    assert _status(desktop)["sat_seconds"] < 60  # the finished drill reset the sitting clock

    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()
    offers = _offers(desktop)
    assert len(offers) == 1
    assert offers[0][1] == "taken"
    with sqlite3.connect(_history_db(desktop)) as db:
        assert db.execute("SELECT completed FROM routine_sessions").fetchall() == [(1,)]
        assert db.execute("SELECT moment, tightness FROM check_ins").fetchall() == [("before", 6)]


def test_snooze_from_the_notification_postpones_and_is_recorded(desktop: DesktopSession) -> None:
    app = _start_with_break_due(desktop)
    desktop.pick_notification_action("Snooze")
    assert wait_for(lambda: _status(desktop)["stage"] == "snoozed", 10), app.output()
    assert wait_for(lambda: desktop.notifications_displayed() == 0, 10)
    assert "snoozed until" in str(_status(desktop)["summary"])
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()
    offers = _offers(desktop)
    assert len(offers) == 1
    assert offers[0][2] == 1  # one snooze recorded on the offer


def test_skip_from_the_notification_is_recorded(desktop: DesktopSession) -> None:
    app = _start_with_break_due(desktop)
    desktop.pick_notification_action("Skip")
    assert wait_for(lambda: _status(desktop)["stage"] == "sitting", 10), app.output()
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()
    assert _offers(desktop)[0][1] == "skipped"


def test_a_skip_holds_across_a_quit_and_an_immediate_relaunch(desktop: DesktopSession) -> None:
    app = _start_with_break_due(desktop)
    desktop.pick_notification_action("Skip")
    assert wait_for(lambda: _status(desktop)["stage"] == "sitting", 10), app.output()
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()

    again = desktop.start_app()
    assert again.wait_docked(), again.output()
    assert again.wait_for_log("break scheduling started", 10), again.output()
    time.sleep(2)  # the first checks run at once: the skipped break must not come back
    status = _status(desktop)
    assert status["stage"] == "sitting", again.output()
    assert desktop.notifications_displayed() == 0
    assert desktop.cli("--quit").returncode == 0
    assert again.wait_exit(15) == 0, again.output()
    assert [outcome for _id, outcome, _snoozes in _offers(desktop)] == ["skipped"]


def test_break_now_while_the_summary_shows_keeps_the_finished_drill(
    desktop: DesktopSession,
) -> None:
    """The Waybar on-click, pressed again right after a drill: that break stays taken."""
    desktop.write_settings(ALWAYS_WORKING + QUICK_SELF_PACED)
    sit_almost_to_the_break(desktop)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 30), app.output()
    desktop.run(["dunstctl", "action", "0"])
    assert wait_for(lambda: bool(desktop.find_windows(GUIDE_TITLE)), 15), app.output()
    guide = desktop.find_windows(GUIDE_TITLE)[0]
    _press(desktop, guide, "Return")
    for _ in range(40):
        _press(desktop, guide, "space")
        if sum(reps for _set, _dir, reps in _routine_rows(desktop)) == 6:
            break
    _press(desktop, guide, "4")  # the after check-in, on the summary
    assert desktop.cli("--break-now").returncode == 0
    assert wait_for(lambda: [o for _i, o, _s in _offers(desktop)] == ["taken"], 10), app.output()
    assert wait_for(lambda: _status(desktop)["stage"] == "in_break", 10), app.output()
    assert len(desktop.find_windows(GUIDE_TITLE)) == 1  # a fresh guide, on its setup screen
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()
    with sqlite3.connect(_history_db(desktop)) as db:
        assert db.execute("SELECT completed FROM routine_sessions").fetchall() == [(1,)]
        assert db.execute("SELECT moment, tightness FROM check_ins").fetchall() == [("after", 4)]
    assert [o for _i, o, _s in _offers(desktop)] == ["taken"]


def test_break_now_from_a_second_launch_opens_the_guide(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert desktop.cli("--break-now").returncode == 0
    assert wait_for(lambda: bool(desktop.find_windows(GUIDE_TITLE)), 15), app.output()
    assert _status(desktop)["stage"] == "in_break"


def test_weekly_history_and_settings_open_from_the_command_line(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert desktop.cli("--history").returncode == 0
    assert wait_for(lambda: bool(desktop.find_windows("Weekly history")), 15), app.output()
    assert desktop.cli("--settings").returncode == 0
    assert wait_for(lambda: bool(desktop.find_windows("Desk Mobility Settings")), 15), app.output()
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()


def _open_tray_menu(desktop: DesktopSession, app_output: str) -> None:
    match = re.search(r"tray icon docked at (\d+),(\d+) (\d+)x(\d+)", app_output)
    assert match, app_output
    x, y, w, h = (int(v) for v in match.groups())
    desktop.xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    time.sleep(0.5)  # the menu pops up and takes the keyboard


def test_start_break_and_weekly_history_from_the_tray_menu(desktop: DesktopSession) -> None:
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    # Enabled entries while sitting: Start break now, Pause reminders, Weekly history, ...
    _open_tray_menu(desktop, app.output())
    desktop.xdotool("key", "--delay", "120", "Down", "Down", "Down", "Return")
    assert wait_for(lambda: bool(desktop.find_windows("Weekly history")), 15), app.output()
    _open_tray_menu(desktop, app.output())
    desktop.xdotool("key", "--delay", "120", "Down", "Return")
    assert wait_for(lambda: bool(desktop.find_windows(GUIDE_TITLE)), 15), app.output()
    assert _status(desktop)["stage"] == "in_break"
    assert desktop.cli("--quit").returncode == 0
    assert app.wait_exit(15) == 0, app.output()


def test_a_crash_mid_set_keeps_every_rep_already_done(desktop: DesktopSession) -> None:
    desktop.write_settings(QUICK_SELF_PACED)
    app = desktop.start_app()
    assert app.wait_docked(), app.output()
    assert desktop.cli("--break-now").returncode == 0
    assert wait_for(lambda: bool(desktop.find_windows(GUIDE_TITLE)), 15), app.output()
    guide = desktop.find_windows(GUIDE_TITLE)[0]
    _press(desktop, guide, "Return")  # start, skipping the check-in
    _press(desktop, guide, "space", "space")
    assert wait_for(lambda: _routine_rows(desktop) == [(1, "right", 2)], 10), app.output()
    app.proc.send_signal(signal.SIGKILL)  # no chance to save anything more
    app.proc.wait(10)
    assert _routine_rows(desktop) == [(1, "right", 2)]
    with sqlite3.connect(_history_db(desktop)) as db:
        assert db.execute("SELECT completed FROM routine_sessions").fetchall() == [(None,)]

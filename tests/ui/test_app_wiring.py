"""The composition root's wiring, offscreen, with simulated time and input.

An afternoon runs in milliseconds: a fake clock, an idle source the test sets,
and a notifier that records what the user would have seen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from desk_mobility.app import DeskMobilityApp
from desk_mobility.core import settings as config
from desk_mobility.core.clock import FakeClock
from desk_mobility.files import settings_file
from desk_mobility.files.paths import AppPaths
from desk_mobility.platform.notify.base import NotifierBase

BERLIN = ZoneInfo("Europe/Berlin")


class SetIdle:
    name = "test"

    def __init__(self) -> None:
        self.seconds = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds

    def close(self) -> None:
        pass


class RecordingNotifier(NotifierBase):
    backend_name = "recording"
    actions_in_notification = True

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, float, int, bool, str]] = []
        self.withdrawn = 0
        self.notices: list[tuple[str, str, str | None]] = []

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        self.shown.append((offer_id, sat_seconds, snooze_minutes, reoffer, self.routine_summary))
        return True

    def withdraw(self) -> None:
        self.withdrawn += 1

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        self.notices.append((title, body, folder))
        return True


class SetCall:
    """A call watcher the test switches, as the sound server would tell it."""

    name = "test call"
    reason = "call"

    def __init__(self) -> None:
        self.program: str | None = None

    def read(self, near_due: bool) -> str | None:
        return self.program

    def close(self) -> None:
        pass


class RecordingSounds:
    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        self.played.append(name)

    def apply_settings(self, settings: config.Settings) -> None:
        pass


class Afternoon:
    def __init__(
        self,
        app: DeskMobilityApp,
        clock: FakeClock,
        idle: SetIdle,
        notifier: RecordingNotifier,
        sounds: RecordingSounds,
        call: SetCall,
    ) -> None:
        self.app, self.clock, self.idle, self.call = app, clock, idle, call
        self.notifier, self.sounds = notifier, sounds

    def types_for(self, minutes: float) -> None:
        """Active at the keyboard, sampled once a minute."""
        for _ in range(int(minutes)):
            self.clock.advance(60)
            self.idle.seconds = 1.0
            self.app.scheduler.check_now()

    @property
    def stage(self) -> str:
        return self.app.status().stage


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "state", tmp_path / "log")
    paths.ensure()
    return paths


@pytest.fixture
def afternoon(qtbot: QtBot, paths: AppPaths) -> Iterator[Afternoon]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    clock = FakeClock(datetime(2026, 11, 25, 13, 0, tzinfo=BERLIN))  # a Wednesday
    idle = SetIdle()
    notifier = RecordingNotifier()
    call = SetCall()
    # These tests are about the wiring: the notification shows the moment a
    # break is due. The polite moment has its own tests, and one below.
    settings_file.save(paths.settings_file, replace(config.Settings(), polite_pause_seconds=0))

    def factory(_tray: QSystemTrayIcon | None) -> NotifierBase:
        return notifier

    app = DeskMobilityApp(
        qt_app, paths, clock, idle_source=idle, notifier_factory=factory, quiet_sources=[call]
    )
    sounds = RecordingSounds()
    app.sounds = sounds  # type: ignore[assignment]
    app.start()
    yield Afternoon(app, clock, idle, notifier, sounds, call)
    app.quit()


def _offers(paths: AppPaths) -> list[tuple[str, int]]:
    with sqlite3.connect(paths.history_db) as db:
        return db.execute("SELECT outcome, snoozes FROM break_offers").fetchall()


def test_a_due_break_is_announced_once_with_the_routine_and_a_chime(afternoon: Afternoon) -> None:
    afternoon.types_for(49)
    assert afternoon.notifier.shown == []
    afternoon.types_for(2)
    assert afternoon.stage == "due"
    assert len(afternoon.notifier.shown) == 1
    _offer, sat, snooze, reoffer, summary = afternoon.notifier.shown[0]
    assert 50 * 60 <= sat <= 51 * 60
    assert snooze == 10
    assert reoffer is False
    assert summary.startswith("Seated thoracic rotation, about ")
    assert afternoon.sounds.played == ["chime"]
    assert afternoon.app.status().break_due


def test_snooze_from_the_tray_withdraws_the_notification_and_is_recorded(
    afternoon: Afternoon, paths: AppPaths
) -> None:
    afternoon.types_for(51)
    afternoon.app.actions.snooze_action.trigger()
    assert afternoon.stage == "snoozed"
    assert afternoon.notifier.withdrawn >= 1
    assert _offers(paths) == [("snoozed", 1)]


def test_start_from_the_notification_opens_the_guide_and_a_finished_drill_counts(
    afternoon: Afternoon, paths: AppPaths, qtbot: QtBot
) -> None:
    afternoon.types_for(51)
    offer_id = afternoon.notifier.shown[0][0]
    afternoon.notifier.start_requested.emit(offer_id)
    guide = afternoon.app._guide
    assert guide is not None
    qtbot.waitExposed(guide)
    assert afternoon.stage == "in_break"
    guide.finished.emit(True)
    assert afternoon.stage == "sitting"
    assert afternoon.app.status().sat_seconds < 60
    assert _offers(paths) == [("taken", 0)]


def test_muted_chime_stays_silent(afternoon: Afternoon) -> None:
    afternoon.app.apply_settings(replace(afternoon.app.settings, chime=False))
    afternoon.types_for(51)
    assert len(afternoon.notifier.shown) == 1
    assert afternoon.sounds.played == []


def test_notifications_off_leaves_the_tray_to_show_the_break(afternoon: Afternoon) -> None:
    afternoon.app.apply_settings(replace(afternoon.app.settings, notifications=False))
    afternoon.types_for(51)
    assert afternoon.notifier.shown == []
    assert afternoon.app.status().break_due


def test_a_new_interval_applies_at_once_and_is_saved(afternoon: Afternoon, paths: AppPaths) -> None:
    afternoon.types_for(25)
    assert afternoon.stage == "sitting"
    afternoon.app.apply_settings(replace(afternoon.app.settings, sit_minutes=20))
    assert afternoon.stage == "due"  # 25 minutes sat is past the new 20
    assert len(afternoon.notifier.shown) == 1
    assert settings_file.load(paths.settings_file).settings.sit_minutes == 20
    assert afternoon.app.actions.snooze_action.isEnabled()


def test_start_at_login_writes_and_removes_the_login_item(
    afternoon: Afternoon, tmp_path: Path
) -> None:
    entry = tmp_path / "xdg-config" / "autostart" / "desk-mobility.desktop"
    afternoon.app.apply_settings(replace(afternoon.app.settings, start_at_login=True))
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    afternoon.app.apply_settings(replace(afternoon.app.settings, start_at_login=False))
    assert not entry.exists()


def test_walking_away_withdraws_the_offer_as_a_natural_break(
    afternoon: Afternoon, paths: AppPaths
) -> None:
    afternoon.types_for(51)
    withdrawn_before = afternoon.notifier.withdrawn
    for _ in range(6):  # six minutes away from the desk
        afternoon.clock.advance(60)
        afternoon.idle.seconds += 60
        afternoon.app.scheduler.check_now()
    assert afternoon.stage == "sitting"
    assert afternoon.notifier.withdrawn > withdrawn_before
    assert _offers(paths) == [("natural", 0)]


def test_pause_until_tomorrow_and_resume_from_the_menu(afternoon: Afternoon) -> None:
    afternoon.app.actions.pause_tomorrow_action.trigger()
    status = afternoon.app.status()
    assert status.stage == "paused"
    assert status.paused_until == datetime(2026, 11, 26, 8, 0, tzinfo=BERLIN)
    assert afternoon.app.actions.resume_action.isVisible()
    afternoon.app.actions.resume_action.trigger()
    assert afternoon.stage == "sitting"


def test_a_lost_notification_leaves_the_break_due_in_the_tray(afternoon: Afternoon) -> None:
    afternoon.types_for(51)
    offer_id = afternoon.notifier.shown[0][0]
    afternoon.notifier.delivery_failed.emit(offer_id)
    assert afternoon.stage == "due"
    assert afternoon.app.status().break_due
    assert afternoon.app.actions.snooze_action.isEnabled()


def test_every_start_up_problem_goes_to_the_notifier_in_one_notice(
    qtbot: QtBot, paths: AppPaths
) -> None:
    unknown = "".join(f"k{i} = 1\n" for i in range(500))
    paths.settings_file.write_text(
        f"[breaks]\nsit_minutes = -5\n[general]\n{unknown}[bogus]\nx = 1\n"
    )
    paths.history_db.write_bytes(b"not a database at all" * 100)
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    notifier = RecordingNotifier()
    app = DeskMobilityApp(
        qt_app,
        paths,
        FakeClock(datetime(2026, 11, 25, 13, 0, tzinfo=BERLIN)),
        idle_source=SetIdle(),
        notifier_factory=lambda _tray: notifier,
    )
    try:
        app.start()
        qtbot.waitUntil(lambda: bool(notifier.notices), timeout=6000)
        qtbot.wait(50)
        assert len(notifier.notices) == 1
        title, body, folder = notifier.notices[0]
        assert title == "Desk Mobility: Please note"
        assert "sit_minutes" in body and "[bogus]" in body and "and 492 more" in body
        assert "damaged" in body
        assert folder == str(paths.config_dir)
    finally:
        app.quit()


def test_a_break_the_notifier_cannot_show_still_reaches_the_tray_fallback(
    afternoon: Afternoon, monkeypatch: pytest.MonkeyPatch
) -> None:
    lost: list[str] = []
    monkeypatch.setattr(afternoon.notifier, "show_break", lambda *args: False)
    monkeypatch.setattr(afternoon.app, "_on_notification_lost", lost.append)
    afternoon.types_for(51)
    assert afternoon.stage == "due"
    assert len(lost) == 1


def test_a_call_holds_the_break_and_remind_me_anyway_offers_it(afternoon: Afternoon) -> None:
    afternoon.call.program = "Jitsi"
    afternoon.types_for(55)
    status = afternoon.app.status_json()
    assert status["stage"] == "quiet" and status["quiet_reason"] == "call"
    assert status["quiet_detail"] == "Jitsi" and status["break_due"]
    assert "on a call (Jitsi)" in status["summary"]
    assert afternoon.app.actions.remind_anyway_action.isVisible()
    assert afternoon.notifier.shown == []
    afternoon.app.actions.remind_anyway_action.trigger()
    assert afternoon.stage == "due" and len(afternoon.notifier.shown) == 1
    assert afternoon.app.status_json()["quiet_overridden"] is True
    assert not afternoon.app.actions.remind_anyway_action.isVisible()
    with sqlite3.connect(afternoon.app.paths.history_db) as db:
        assert db.execute("SELECT reason FROM quiet_periods").fetchall() == [("call",)]


def test_the_polite_moment_holds_the_notification_while_typing(afternoon: Afternoon) -> None:
    afternoon.app.apply_settings(replace(afternoon.app.settings, polite_pause_seconds=15))
    afternoon.types_for(52)
    assert afternoon.stage == "due" and afternoon.notifier.shown == []
    assert afternoon.app.status_json()["held_for_pause"] is True
    afternoon.clock.advance(16)
    afternoon.idle.seconds = 16.0
    afternoon.app.scheduler.check_now()
    assert len(afternoon.notifier.shown) == 1


def _sessions(paths: AppPaths) -> list[tuple[str | None, int | None, str | None]]:
    with sqlite3.connect(paths.history_db) as db:
        return db.execute(
            "SELECT offer_id, completed, ended_at FROM routine_sessions ORDER BY started_at"
        ).fetchall()


def _finish_the_drill(afternoon: Afternoon) -> None:
    """Count every rep of a short self-paced drill until the summary shows."""
    guide = afternoon.app._guide
    assert guide is not None
    guide._start()
    for _ in range(400):
        if guide.at_summary:
            return
        afternoon.clock.advance(0.5)
        guide._rep_key()
        guide.tick()
    raise AssertionError("the drill never finished")


@pytest.fixture
def short_drill(afternoon: Afternoon) -> Afternoon:
    settings = replace(
        afternoon.app.settings, sets=1, reps_per_direction=3, mode="self-paced", rest_seconds=0
    )
    afternoon.app.apply_settings(settings)
    return afternoon


def test_break_now_while_the_summary_shows_ends_that_break_once_and_starts_a_new_one(
    short_drill: Afternoon, paths: AppPaths, qtbot: QtBot
) -> None:
    afternoon = short_drill
    afternoon.types_for(51)
    offer_id = afternoon.notifier.shown[0][0]
    afternoon.notifier.start_requested.emit(offer_id)
    _finish_the_drill(afternoon)
    first = afternoon.app._guide
    assert first is not None and first.at_summary
    first.after_scale.set_value(3)

    assert afternoon.app.handle_command("break-now") == {"ok": True}
    assert _offers(paths) == [("taken", 0)]
    with sqlite3.connect(paths.history_db) as db:
        assert db.execute("SELECT moment, tightness FROM check_ins").fetchall() == [("after", 3)]
    second = afternoon.app._guide
    assert second is not None and second is not first and not second.at_summary
    assert afternoon.stage == "in_break"
    second.close()  # nothing done in the new one: it simply goes away
    assert afternoon.stage == "sitting"
    afternoon.types_for(15)
    assert len(afternoon.notifier.shown) == 1  # the break just taken is not offered again
    assert [(o, c) for o, c, _ended in _sessions(paths)] == [(offer_id, 1)]


def test_a_guide_that_cannot_be_built_leaves_no_break_open(
    afternoon: Afternoon, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_mobility.core.routine.model import RoutineError
    from desk_mobility.files import routine_file

    def broken(path: Path, language: str = "en") -> None:
        raise RoutineError("dose.sets", "99 is outside 1-5", str(path))

    monkeypatch.setattr(routine_file, "load_routine", broken)
    afternoon.app._routine = None
    afternoon.types_for(51)
    afternoon.app.actions.start_break.emit()
    assert afternoon.app._guide is None
    assert afternoon.stage == "due"  # still offered, not stuck in a break with no guide
    assert afternoon.app.scheduler.snooze()


def test_start_from_the_tray_while_a_break_is_due_takes_that_offer(
    short_drill: Afternoon, paths: AppPaths
) -> None:
    afternoon = short_drill
    afternoon.types_for(51)
    offer_id = afternoon.notifier.shown[0][0]
    afternoon.app.actions.start_break.emit()
    _finish_the_drill(afternoon)
    guide = afternoon.app._guide
    assert guide is not None
    guide.close()
    assert [(o, c) for o, c, _ended in _sessions(paths)] == [(offer_id, 1)]
    assert _offers(paths) == [("taken", 0)]


def test_an_answer_for_an_offer_no_longer_open_is_ignored(
    afternoon: Afternoon, paths: AppPaths
) -> None:
    afternoon.types_for(51)
    afternoon.notifier.skip_requested.emit("an-offer-from-yesterday")
    assert afternoon.stage == "due"
    offer_id = afternoon.notifier.shown[0][0]
    afternoon.notifier.snooze_requested.emit(offer_id)
    assert afternoon.stage == "snoozed"
    assert _offers(paths) == [("snoozed", 1)]


def test_quitting_with_a_break_on_screen_records_it_and_a_relaunch_offers_it_again(
    qtbot: QtBot, paths: AppPaths
) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    clock = FakeClock(datetime(2026, 11, 25, 13, 0, tzinfo=BERLIN))
    idle = SetIdle()

    def launch() -> tuple[DeskMobilityApp, RecordingNotifier]:
        notifier = RecordingNotifier()
        app = DeskMobilityApp(
            qt_app, paths, clock, idle_source=idle, notifier_factory=lambda _tray: notifier
        )
        app.sounds = RecordingSounds()  # type: ignore[assignment]
        app.start()
        return app, notifier

    settings_file.save(paths.settings_file, replace(config.Settings(), polite_pause_seconds=0))
    app, notifier = launch()
    Afternoon(app, clock, idle, notifier, RecordingSounds(), SetCall()).types_for(51)
    offer_id = notifier.shown[0][0]
    app.quit()
    assert _offers(paths) == [("expired", 0)]

    clock.advance(30)
    again, notifier = launch()
    assert [(shown[0], shown[3]) for shown in notifier.shown] == [(offer_id, True)]
    assert again.status().stage == "due"
    assert _offers(paths) == [(None, 0)]  # open again: the same break
    again.scheduler.skip(offer_id)
    again.quit()

    clock.advance(30)
    third, notifier = launch()
    Afternoon(third, clock, idle, notifier, RecordingSounds(), SetCall()).types_for(5)
    assert notifier.shown == []  # the skip held across the relaunch
    assert _offers(paths) == [("skipped", 0)]
    third.quit()


def test_a_settings_change_reaches_every_part_and_refreshes_the_surfaces_once(
    afternoon: Afternoon, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = afternoon.app
    refreshes: list[None] = []
    real_refresh = app.refresh

    def counting_refresh() -> None:
        refreshes.append(None)
        real_refresh()

    monkeypatch.setattr(app, "refresh", counting_refresh)
    heard: list[int] = []
    app.live_settings.subscribe(lambda _old, new: heard.append(new.snooze_minutes))
    app.apply_settings(replace(app.settings, snooze_minutes=7, sit_minutes=40))
    assert len(refreshes) == 1
    assert heard == [7]
    assert app.actions.snooze_action.text() == "Snooze 7 min"
    assert app.scheduler.machine.settings.sit_minutes == 40
    assert app.settings.snooze_minutes == 7
    app.apply_settings(app.settings)  # nothing changed: nobody is bothered
    assert len(refreshes) == 1 and heard == [7]

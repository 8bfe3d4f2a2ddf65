"""Sitting and natural breaks read from real Wayland compositors, with real input.

The app runs as a process with ``QT_QPA_PLATFORM=wayland`` under KWin (which
offers ext-idle-notify-v1) and under Mutter (GNOME's IdleMonitor), each in its
own headless session. Input goes into each compositor's own input path (KWin's
fake-input protocol, Mutter's RemoteDesktop), so the compositor, not the test,
decides what idle means. Both sessions run side by side so the minute of
silence a natural break needs is spent once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator

import pytest

from tests.desktop_session import ALWAYS_WORKING, AppProcess, missing_programs, wait_for
from tests.wayland_session import KWinSession, MutterSession, WaylandSession

SETTINGS = ALWAYS_WORKING.replace(
    "natural_break_minutes = 5", "natural_break_minutes = 1\nshort_idle_seconds = 15"
)
NATURAL_BREAK_SECONDS = 60
SAMPLE_SECONDS = 10  # the app looks this often while someone sits


class Desk:
    """One compositor session with the app running in it."""

    def __init__(self, session: WaylandSession) -> None:
        self.session = session
        session.write_settings(SETTINGS)
        self.app: AppProcess = session.start_app()
        self.last_input = time.monotonic()

    def touch(self) -> None:
        self.session.move_pointer()  # type: ignore[attr-defined]
        self.last_input = time.monotonic()

    def _rows(self, query: str) -> list[tuple[object, ...]]:
        path = self.session.history_db()
        if not path.exists():
            return []
        with sqlite3.connect(path) as db:
            return list(db.execute(query))

    def stretches_ended_by_a_natural_break(self) -> list[tuple[object, ...]]:
        return self._rows("select ended_at from sitting_stretches where ended_by = 'natural'")

    def natural_breaks(self) -> list[tuple[object, ...]]:
        """Written when the user is back, with the whole time away."""
        return self._rows("select away_since, away_seconds from natural_breaks")


@pytest.fixture(scope="module")
def desks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Desk]]:
    missing = missing_programs("kwin_wayland", "mutter", "dbus-daemon", "dbus-send")
    if missing:
        pytest.fail(f"Wayland integration tests need {', '.join(missing)}: run scripts/test.sh")
    root = tmp_path_factory.mktemp("wayland-idle")
    sessions: list[WaylandSession] = []
    try:
        sessions.append(KWinSession(root / "kwin"))
        sessions.append(MutterSession(root / "mutter"))
        found = {"kwin": Desk(sessions[0]), "mutter": Desk(sessions[1])}
        for desk in found.values():
            assert desk.app.wait_for_log("break scheduling started", 30), desk.app.output()
        yield found
    finally:
        for session in sessions:
            session.stop()


def test_each_compositor_gets_its_own_idle_source(desks: dict[str, Desk]) -> None:
    kwin = desks["kwin"].session.status()
    assert kwin["idle_source"] == "ext-idle-notify"
    assert kwin["activity_readable"] is True
    assert kwin["quiet_on_fullscreen"].startswith("unavailable in this session")
    # The timeouts asked for follow the settings: fine, short idle, natural break.
    assert "idle (v1) notifications at 10, 15, 60 s" in desks["kwin"].app.output()

    mutter = desks["mutter"].session.status()
    assert mutter["idle_source"] == "gnome-mutter"
    assert mutter["activity_readable"] is True


def test_real_input_keeps_the_user_sitting(desks: dict[str, Desk]) -> None:
    """Longer than the short idle (15 s): without input both would read "idle" by then."""
    before = {name: desk.session.status()["sat_seconds"] for name, desk in desks.items()}
    end = time.monotonic() + 15 + SAMPLE_SECONDS + 2
    while time.monotonic() < end:
        for desk in desks.values():
            desk.touch()
        time.sleep(1.0)
    for name, desk in desks.items():
        status = desk.session.status()
        assert status["activity"] == "active", (name, status)
        assert status["stage"] == "sitting", (name, status)
        assert status["sat_seconds"] - before[name] >= 15, (name, before[name], status)


@pytest.mark.parametrize("name", ["kwin", "mutter"])
def test_a_minute_without_input_is_a_natural_break(desks: dict[str, Desk], name: str) -> None:
    desk = desks[name]
    deadline = desk.last_input + NATURAL_BREAK_SECONDS + SAMPLE_SECONDS + 15
    assert wait_for(
        lambda: bool(desk.stretches_ended_by_a_natural_break()), deadline - time.monotonic(), 0.5
    ), desk.app.output()[-3000:]
    status = desk.session.status()
    assert status["activity"] == "away"
    assert status["stretch_started"] is None

    # Back at the desk (using it, not one nudge): a new stretch starts, and the
    # natural break is written with the whole time away.
    def back() -> bool:
        desk.touch()
        return desk.session.status()["stretch_started"] is not None

    assert wait_for(back, 30, 1.0)
    assert wait_for(lambda: bool(desk.natural_breaks()), 10, 0.5), desk.app.output()[-3000:]
    (_away_since, away_seconds), *_ = desk.natural_breaks()
    assert isinstance(away_seconds, float) and away_seconds >= NATURAL_BREAK_SECONDS


def test_a_compositor_restart_is_survived_with_one_log_line(tmp_path, caplog) -> None:
    """KWin stopped and started again: unknown in between, said once, then read again."""
    import select

    from desk_mobility.platform.idle.ext_idle_notify import RECONNECT_SECONDS, ExtIdleNotifySource

    caplog.set_level("INFO", logger="desk_mobility.platform.idle.ext_idle_notify")
    session = KWinSession(tmp_path / "kwin")
    clock = [1000.0]
    watched: list[tuple[int, Callable[[], None]]] = []

    def watch(fd: int, on_readable: Callable[[], None]) -> Callable[[], None]:
        watched.append((fd, on_readable))
        return lambda: watched.remove((fd, on_readable))

    try:
        source = ExtIdleNotifySource(session.env, monotonic=lambda: clock[0], watch=watch)
        assert source.idle_seconds() == 0.0
        session.restart_compositor()
        # The Qt loop would call this when the socket turns readable (end of file).
        fd, on_readable = watched[-1]
        for _ in range(20):  # events still queued come first, then the end of the file
            if not watched or not select.select([fd], [], [], 10)[0]:
                break
            on_readable()
        assert not watched
        assert source.idle_seconds() is None
        assert source.idle_seconds() is None
        assert caplog.text.count("lost the compositor") == 1
        clock[0] += RECONNECT_SECONDS + 1
        assert source.idle_seconds() == 0.0
        assert "ext-idle-notify answers again" in caplog.text
        # The new connection works: KWin says idled after the fine timeout.
        fd, on_readable = watched[-1]
        assert select.select([fd], [], [], 15)[0]
        on_readable()
        assert (source.idle_seconds() or 0.0) >= 10.0
        source.close()
    finally:
        session.stop()

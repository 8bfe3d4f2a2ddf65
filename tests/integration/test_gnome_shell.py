"""A due break in GNOME Shell (headless, Wayland): its banner, its buttons, a real click.

GNOME Shell draws the notification itself; the pointer goes through Mutter's
RemoteDesktop input, so hovering keeps the banner open and shows its buttons,
and a click on the banner is GNOME's own "default" action, which is Start.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.desktop_session import ALWAYS_WORKING, missing_programs, write_state_near_due
from tests.wayland_session import GnomeShellSession

BANNER = (560, 80)  # the middle of a banner at the top of a 1280x800 screen
# Banners show one at a time, 4 s each unless hovered; the shell warns a root
# session with one as it starts, so the break comes due well after that.
SECONDS_TO_DUE = 8


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[GnomeShellSession]:
    missing = missing_programs("gnome-shell", "gjs", "dbus-daemon", "dbus-send")
    if missing:
        pytest.fail(f"the GNOME Shell test needs {', '.join(missing)}: run scripts/test.sh")
    session = GnomeShellSession(tmp_path / "gnome-shell")
    try:
        session.start_notifications()
        yield session
    finally:
        session.stop()


def test_start_on_the_gnome_shell_banner_opens_the_guide(
    shell: GnomeShellSession, tmp_path: Path
) -> None:
    shell.write_settings(ALWAYS_WORKING)
    state = Path(shell.env["XDG_STATE_HOME"]) / "desk-mobility" / "sitting-state.json"
    write_state_near_due(state, datetime.now().astimezone(), 10 * 60 - SECONDS_TO_DUE)
    shell.pointer_to(1200, 700)  # away from the banners, so none is held open
    app = shell.start_app()
    assert app.wait_for_log("notifications: D-Bus server gnome-shell", 30), app.output()
    assert "with Start/Snooze/Skip" in app.output()
    assert app.wait_for_log("shown as notification", 30), app.output()
    # Hovering holds the banner open and shows its buttons (Snooze, Skip).
    time.sleep(0.5)  # the banner slides in
    shell.pointer_to(*BANNER)
    time.sleep(0.5)
    picture = shell.screenshot(tmp_path / "gnome-shell-banner.png")
    assert picture.stat().st_size > 10_000
    shell.click()
    assert app.wait_for_log("notification action 'default'", 15), app.output()
    assert app.wait_for_log("guide window opened", 15), app.output()
    assert shell.status()["stage"] == "in_break"

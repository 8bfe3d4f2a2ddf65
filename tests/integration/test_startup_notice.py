"""Start-up problems reach the notification server, all in one notification."""

from __future__ import annotations

import json
from pathlib import Path

from tests.desktop_session import DesktopSession, wait_for


def test_bad_settings_and_a_damaged_history_make_one_notification_with_open_folder(
    desktop: DesktopSession,
) -> None:
    desktop.write_settings(
        "[breaks]\nsit_minutes = 99999999999999999999999999999\n[bogus]\nx = 1\n"
    )
    history = Path(desktop.env["XDG_DATA_HOME"]) / "desk-mobility" / "history.db"
    history.parent.mkdir(parents=True, exist_ok=True)
    history.write_bytes(b"this is not a database" * 200)
    app = desktop.start_app()
    assert app.wait_for_log("Please note", 15), app.output()
    assert wait_for(lambda: desktop.notifications_displayed() == 1, 10), app.output()
    # dunst lists the notification on screen (and its actions) through its menu input.
    desktop.pick_notification_action("Open folder")
    listed = Path(f"{desktop.dmenu}.in")
    # The menu stand-in creates its input file before dunst has written it: wait for the words.
    assert wait_for(lambda: listed.exists() and "Open folder" in listed.read_text(), 10)
    assert app.wait_for_log("notice action: open", 10), app.output()
    assert wait_for(lambda: bool(desktop.notification_history()), 5)
    (notice,) = desktop.notification_history()
    assert notice["summary"] == "Desk Mobility: Please note"
    body = notice["body"]
    assert "sit_minutes" in body and "damaged" in body and "[bogus]" in body
    assert json.loads(desktop.cli("--status").stdout)["notification_backend"] == "dbus"

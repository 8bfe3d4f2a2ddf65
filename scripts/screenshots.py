"""Screenshots of the real app on a virtual desktop, for the README.

Runs Desk Mobility as a user would meet it, under Xvfb with a session bus,
the trayer tray host and the dunst notification server: a due break, its
notification, the guide a click on it opens, the tray menu, the weekly history
(with a few demo weeks) and the settings. Writes docs/screenshots/app-*.png.

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.desktop_session import (  # noqa: E402 - after the path set-up above
    ALWAYS_WORKING,
    DesktopSession,
    sit_almost_to_the_break,
    wait_for,
)

OUT = REPO / "docs" / "screenshots"
DESKTOP_COLOUR = 0x3B4252


def window_shot(session: DesktopSession, title: str, name: str) -> Path:
    if not wait_for(lambda: bool(session.find_windows(title)), 15):
        raise SystemExit(f"no window called {title!r} appeared")
    time.sleep(1.2)  # first paint, fonts, the animation's first frames
    window = session.find_windows(title)[0]
    path = OUT / name
    session.run(["import", "-window", window, str(path)])
    print(f"wrote {path.relative_to(REPO)}")
    return path


def crop_shot(session: DesktopSession, geometry: str, name: str) -> Path:
    full = session.screenshot(session.root / "full.png")
    path = OUT / name
    subprocess.run(["convert", str(full), "-crop", geometry, "+repage", str(path)], check=True)
    print(f"wrote {path.relative_to(REPO)}")
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dm-shots-") as tmp:
        session = DesktopSession(Path(tmp), size="1440x900")
        try:
            session.paint_background(DESKTOP_COLOUR)
            session.write_settings(ALWAYS_WORKING)
            sit_almost_to_the_break(session, seconds_left=4)
            history = Path(session.env["XDG_DATA_HOME"]) / "desk-mobility" / "history.db"
            history.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    sys.executable,
                    str(REPO / "scripts" / "seed_demo_history.py"),
                    str(history),
                    "--weeks",
                    "3",
                ],
                check=True,
                env=session.env,
                stdout=subprocess.DEVNULL,
            )
            app = session.start_app()
            if not app.wait_docked():
                raise SystemExit(app.output())

            # 1. A break comes due: the notification.
            if not wait_for(lambda: session.notifications_displayed() == 1, 30):
                raise SystemExit(f"no notification arrived\n{app.output()}")
            time.sleep(0.5)
            crop_shot(session, "520x170+900+30", "app-notification.png")

            # 2. The tray menu, opened with a click on the icon.
            match = re.search(r"tray icon docked at (\d+),(\d+) (\d+)x(\d+)", app.output())
            assert match
            x, y, w, h = (int(v) for v in match.groups())
            session.xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
            time.sleep(0.8)
            crop_shot(session, "420x330+1020+0", "app-tray-menu.png")
            session.xdotool("key", "Escape")

            # 3. A click on the notification opens the guide on its setup screen.
            session.run(["dunstctl", "action", "0"])
            window_shot(session, "Seated thoracic rotation", "app-guide-setup.png")
            guide = session.find_windows("Seated thoracic rotation")[0]
            session.xdotool("windowfocus", "--sync", guide)
            session.xdotool("key", "--delay", "200", "6", "Return")
            time.sleep(6.3)  # into the first reps
            window_shot(session, "Seated thoracic rotation", "app-guide-drill.png")

            # 4. The weekly history and the settings, from the command line.
            session.cli("--history")
            window_shot(session, "Weekly history", "app-history.png")
            session.cli("--settings")
            window_shot(session, "Desk Mobility Settings", "app-settings.png")
            session.cli("--quit")
            app.wait_exit(15)
        finally:
            session.stop()

        # 5. A desktop without a system tray: the stand-in window.
        bare = DesktopSession(Path(tmp) / "bare", tray=False, notifications=False)
        try:
            bare.paint_background(DESKTOP_COLOUR)
            app = bare.start_app()
            window_shot(bare, "^Desk Mobility$", "app-no-tray.png")
            bare.cli("--quit")
            app.wait_exit(15)
        finally:
            bare.stop()


if __name__ == "__main__":
    main()

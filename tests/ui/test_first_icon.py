"""The first tray icon is shown before PySide6 builds its ``Qt`` namespace.

The first use of any enum of the ``Qt`` namespace, even PySide6 choosing
between overloads that take one, builds all of its enums: about 12 ms, paid
while the tray host waits for the icon. The first icon must not pay it; the
rest of the app does, after the icon is in the panel. A fresh interpreter is
needed, since this test process has long built it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desk_mobility.ui.icons import TRAY_SIZES

REPO = Path(__file__).resolve().parents[2]

FIRST_ICON = """
import json
import PySide6.QtCore as QtCore
from desk_mobility.ui import first_icon
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.tray import TrayIcon

qt_app = first_icon.start_qt()
tray = TrayIcon(AppActions(5))  # offscreen has no tray: built here as show_first_icon would
tray.show()
built_for_the_icon = "Qt" in QtCore.__dict__
tray.set_state("Desk Mobility", False, 0.5)  # the app's first update, once the icon is up
print(json.dumps({
    "built_for_the_icon": built_for_the_icon,
    "built_after": "Qt" in QtCore.__dict__,
    "sizes": sorted(s.width() for s in tray.icon.icon().availableSizes()),
}))
"""


def test_the_first_icon_uses_no_qt_enum() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_ICON],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["built_for_the_icon"] is False
    # The probe itself works: the first real update does build it.
    assert seen["built_after"] is True
    assert seen["sizes"] == sorted(TRAY_SIZES)

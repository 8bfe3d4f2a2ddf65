"""The tray icon never makes PySide6 build its ``Qt`` namespace.

The first use of any enum of the ``Qt`` namespace, even PySide6 choosing
between overloads that take one, builds all of its enums: about 12 ms, and
1.4 MB kept for the app's life. The tray icon must not pay it, neither as it
is first shown, while the tray host waits, nor as it follows the sitting
stretch and the desktop's colours all day. A fresh interpreter is needed,
since this test process has long built it.
(tests/integration/test_idle_imports.py checks the whole idle app.)
"""

from __future__ import annotations

from desk_mobility.ui.icons import TRAY_SIZES
from tests.fresh_python import run_script

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
app_wide_icon = not qt_app.windowIcon().isNull()
tray.set_state("Desk Mobility", False, 0.5)  # the sitting stretch half way
tray.set_state("Desk Mobility", True, 1.0)  # a break due
sizes = sorted(s.width() for s in tray.icon.icon().availableSizes())
for size in sizes:
    tray.icon.icon().pixmap(size)  # each image read, as a tray host asks for it
built_for_updates = "Qt" in QtCore.__dict__
from PySide6.QtCore import Qt
Qt.AlignmentFlag.AlignLeft
print(json.dumps({
    "built_for_the_icon": built_for_the_icon,
    "built_for_updates": built_for_updates,
    "built_by_an_enum": "Qt" in QtCore.__dict__,
    "app_wide_icon": app_wide_icon,
    "sizes": sizes,
}))
"""


def test_the_tray_icon_uses_no_qt_enum() -> None:
    seen = run_script(FIRST_ICON)
    assert seen["built_for_the_icon"] is False
    assert seen["built_for_updates"] is False
    # The probe itself works: naming an enum builds the namespace.
    assert seen["built_by_an_enum"] is True
    assert seen["sizes"] == sorted(TRAY_SIZES)
    # Qt would give an application-wide icon to the tray's own window and
    # decode all its sizes, kept all day (ui/icons.py: app_icon).
    assert seen["app_wide_icon"] is False

"""Guards the Qt binding the app runs on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per call and aborts
    the process after a few thousand; pyproject.toml keeps that release out."""
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.setInterval(5)
        timer.stop()
    assert abs(sys.getrefcount(None) - before) < 50

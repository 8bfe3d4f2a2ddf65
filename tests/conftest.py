"""Shared test set-up: widgets render offscreen unless a test brings its own display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's offscreen platform warns about missing fonts directories and
# unsupported window opacity; neither says anything about our code.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True, scope="session")
def _english_plurals() -> None:
    """The app speaks English in tests, as installed at start-up (plural forms need the
    English catalogue: "1 minute", "2 minutes"), whatever the machine's own language."""
    from PySide6.QtCore import QCoreApplication

    from desk_mobility.i18n import language

    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        QApplication([])
    language.install("en")

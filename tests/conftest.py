"""Shared test set-up: widgets render offscreen unless a test brings its own display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English and C-locale dates whatever the machine speaks; the locale tests start
# their own processes with LANG set (and LC_ALL cleared).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
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

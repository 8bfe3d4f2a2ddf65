"""Integration tests run the real app in a real (virtual) desktop session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop_session import DesktopSession, missing_programs

REQUIRED = ("Xvfb", "dbus-daemon", "trayer", "dunst", "dunstctl", "xdotool", "xprop", "import")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[DesktopSession]:
    """Xvfb, a private session bus, trayer and dunst, stopped after the test."""
    missing = missing_programs(*REQUIRED)
    if missing:
        pytest.fail(f"integration tests need {', '.join(missing)}: run scripts/test.sh")
    session = DesktopSession(tmp_path / "desktop")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def bare_desktop(tmp_path: Path) -> Iterator[DesktopSession]:
    """Xvfb and a session bus only: no tray host, no notification server."""
    session = DesktopSession(tmp_path / "desktop", tray=False, notifications=False)
    try:
        yield session
    finally:
        session.stop()

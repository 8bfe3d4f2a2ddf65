"""Large text, as a desktop's accessibility settings give it: nothing is cut off.

A desktop asks for large text either with a larger application font (KDE's
font sizes, a platform theme) or with a scale for the whole window (GNOME's
text scaling reaches Qt as ``Xft.dpi``; ``QT_SCALE_FACTOR``). Each way, at
twice the usual size, every page of the guide, the settings and the no-tray
window are shown on a real X display and no text widget gets less room than
its text needs; the pictures are saved beside the test's files.
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.desktop_session import DesktopSession

SCREENS = ("setup", "about", "drill", "rest", "summary", "settings", "no-tray")


def probe(desktop: DesktopSession, font_scale: float, **env: str) -> dict[str, object]:
    folder = desktop.root / f"large-text-{font_scale:g}-{'-'.join(env.values()) or 'plain'}"
    saved = dict(desktop.env)
    desktop.env.update(env)
    try:
        result = desktop.run(
            [sys.executable, "-m", "tests.large_text_probe", str(folder), str(font_scale)],
            timeout=60,
        )
    finally:
        desktop.env.clear()
        desktop.env.update(saved)
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert all((folder / f"large-text-{name}.png").stat().st_size > 0 for name in SCREENS)
    return report


@pytest.mark.parametrize(
    ("font_scale", "env", "pixel_ratio"),
    [(1.0, {}, 1.0), (2.0, {}, 1.0), (1.0, {"QT_SCALE_FACTOR": "2"}, 2.0)],
    ids=["usual", "font-200-percent", "scale-factor-2"],
)
def test_no_text_is_cut_off(
    bare_desktop: DesktopSession, font_scale: float, env: dict[str, str], pixel_ratio: float
) -> None:
    report = probe(bare_desktop, font_scale, **env)
    assert report["pixel_ratio"] == pixel_ratio
    assert report["font_points"] == 10.0 * font_scale
    assert report["screens"] == {name: [] for name in SCREENS}

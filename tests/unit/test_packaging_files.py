"""What a packager ships: the launcher, the AppStream file, the icons, and a wheel with assets."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LAUNCHER = PACKAGING / "linux" / "desk-mobility.desktop"
METAINFO = PACKAGING / "linux" / "io.github.deskmobility.DeskMobility.metainfo.xml"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"


def run_tool(*argv: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    return subprocess.run(list(argv), capture_output=True, text=True, check=False, timeout=60)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_launcher_passes_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", str(LAUNCHER))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (result.stdout + result.stderr).strip() == ""


def test_launcher_runs_the_installed_command_with_the_app_icon() -> None:
    lines = LAUNCHER.read_text().splitlines()
    assert "Exec=desk-mobility" in lines
    assert "Icon=desk-mobility" in lines
    assert "Exec=desk-mobility --quit" in lines


def test_metainfo_passes_appstream_validation() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_metainfo_launches_the_shipped_launcher() -> None:
    text = METAINFO.read_text()
    assert f'<launchable type="desktop-id">{LAUNCHER.name}</launchable>' in text


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_icon_has_its_size(size: int) -> None:
    icon = HICOLOR / f"{size}x{size}" / "apps" / "desk-mobility.png"
    assert png_size(icon) == (size, size)


def test_scalable_icon_is_the_app_icon() -> None:
    scalable = HICOLOR / "scalable" / "apps" / "desk-mobility.svg"
    assert (
        scalable.read_bytes()
        == (REPO / "desk_mobility" / "assets" / "icons" / "desk-mobility.svg").read_bytes()
    )


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    ico = (PACKAGING / "windows" / "desk-mobility.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (PACKAGING / "macos" / "desk-mobility.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns  # 512 px, what Finder shows large


def test_pyinstaller_spec_names_files_that_exist() -> None:
    spec = (PACKAGING / "desk-mobility.spec").read_text()
    assert '"LSUIElement": True' in spec
    shipped = ("pyinstaller_entry.py", "windows/desk-mobility.ico", "macos/desk-mobility.icns")
    for relative in shipped:
        assert (PACKAGING / relative).is_file(), relative
    compile(spec, "desk-mobility.spec", "exec")


def test_wheel_carries_the_assets(tmp_path: Path) -> None:
    """Built from a copy, so the checkout gets no build/ or egg-info litter."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "desk_mobility", source / "desk_mobility", ignore=ignore)
    if not (source / "README.md").exists():
        (source / "README.md").write_text("Desk Mobility\n")
    out = tmp_path / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("desk_mobility-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "desk_mobility/assets/" + path.relative_to(REPO / "desk_mobility" / "assets").as_posix()
        for path in (REPO / "desk_mobility" / "assets").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "desk_mobility/assets/icons/desk-mobility.svg" in expected
    assert expected <= names, sorted(expected - names)

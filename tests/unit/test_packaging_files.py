"""What a packager ships: the launcher, the AppStream file, the icons, and a wheel with assets."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.wheel_build import build_wheel, project_version, shipped_files

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


def test_wheel_carries_every_module_and_data_file(tmp_path: Path) -> None:
    """Icons, the routine, sounds, translations, and every module of every subpackage."""
    wheel = build_wheel(tmp_path)
    assert wheel.name == f"desk_mobility-{project_version()}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = shipped_files()
    assert "desk_mobility/assets/icons/desk-mobility.svg" in expected
    assert "desk_mobility/assets/routines/seated-thoracic-rotation.toml" in expected
    assert expected <= names, sorted(expected - names)
    catalogues = {
        f"desk_mobility/i18n/{path.name}" for path in (REPO / "desk_mobility" / "i18n").glob("*.qm")
    }
    assert len(catalogues) == 11  # English plurals and ten languages
    assert catalogues <= names, sorted(catalogues - names)
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "desk-mobility = desk_mobility.__main__:main" in text


def test_the_apps_version_is_the_projects() -> None:
    import desk_mobility

    assert desk_mobility.__version__ == project_version()


def test_the_man_page_lists_every_option_of_the_command_line() -> None:
    import argparse
    import importlib.util
    from datetime import date

    from desk_mobility.cli import build_parser

    spec = importlib.util.spec_from_file_location("man_page", PACKAGING / "man_page.py")
    assert spec is not None and spec.loader is not None
    man_page = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(man_page)
    page = man_page.man_page(date(2026, 12, 1))
    assert page.startswith('.TH DESK\\-MOBILITY 1 "2026-12-01"')
    actions = build_parser()._actions
    options = [f for a in actions if a.help != argparse.SUPPRESS for f in a.option_strings]
    hidden = [f for a in actions if a.help == argparse.SUPPRESS for f in a.option_strings]
    assert "--break-now" in options
    for flag in options:
        assert f"\\fB{flag.replace('-', chr(92) + '-')}\\fR" in page, flag
    assert hidden == ["--watch-calls"]  # the app's own helper, not a command for people
    assert "watch\\-calls" not in page
    assert man_page.roff(".hidden - a\\b") == "\\&.hidden \\- a\\eb"
    assert not [line for line in page.splitlines() if line.startswith("'")]


def test_the_debian_copyright_file_is_machine_readable() -> None:
    text = (PACKAGING / "debian" / "copyright").read_text()
    assert text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    stanzas = [block for block in text.split("\n\n") if block.strip()]
    files = [block for block in stanzas if block.startswith("Files:")]
    assert files[0].startswith("Files: *\n")
    for block in files:
        assert "\nCopyright: " in block and "\nLicense: " in block, block
    named = {
        line.split(":", 1)[1].split()[0]
        for b in files
        for line in b.splitlines()
        if line.startswith("License:")
    }
    standalone = {
        b.splitlines()[0].split(":", 1)[1].strip() for b in stanzas if b.startswith("License:")
    }
    assert named - {"LGPL-3", "Unicode-3.0", "PSF-2.0"} <= standalone

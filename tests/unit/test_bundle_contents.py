"""What the lean bundle leaves out, and the smaller ICU data library it carries."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    """packaging/ is a folder of build scripts, not a package: load one by path."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle = load("bundle_contents")
icu = load("icu_data")

QT = "PySide6/Qt/"


@pytest.mark.parametrize(
    "dest",
    [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqwayland-egl.so",
        "wayland-shell-integration/libxdg-shell.so",
        "wayland-decoration-client/libadwaita.so",
        "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ],
)
def test_the_plugins_a_desktop_needs_stay(dest: str) -> None:
    assert not bundle.dropped(QT + "plugins/" + dest)


@pytest.mark.parametrize(
    "dest",
    [
        "platformthemes/libqgtk3.so",
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "platforms/libqoffscreen.so",
        "egldeviceintegrations/libqeglfs-kms-integration.so",
        "generic/libqevdevmouseplugin.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
        "imageformats/libqjpeg.so",
        "imageformats/libqtiff.so",
    ],
)
def test_plugins_the_app_never_loads_go(dest: str) -> None:
    assert bundle.dropped(QT + "plugins/" + dest)


def test_windows_paths_are_read_the_same_way() -> None:
    assert bundle.dropped("PySide6\\Qt\\plugins\\platformthemes\\libqgtk3.so")
    assert not bundle.dropped("PySide6\\Qt\\plugins\\platforms\\qwindows.dll")


def test_qt_translations_stay_only_for_the_apps_own_languages() -> None:
    languages = bundle.app_languages(
        [Path("desk_mobility/i18n/desk_mobility_de.qm"), Path("i18n/desk_mobility_pt_BR.qm")]
    )
    assert languages == {"de", "pt"}
    translations = QT + "translations/"
    assert not bundle.dropped(translations + "qtbase_de.qm", languages)
    assert not bundle.dropped(translations + "qtbase_pt_BR.qm", languages)
    assert bundle.dropped(translations + "qtbase_fr.qm", languages)
    assert bundle.dropped(translations + "qtmultimedia_de.qm", languages)
    assert bundle.dropped(translations + "qt_de.qm", languages)
    assert bundle.dropped(translations + "qtbase_de.qm")  # an untranslated app keeps none


def test_app_files_and_python_modules_are_never_dropped() -> None:
    for dest in (
        "desk_mobility/assets/icons/desk-mobility.svg",
        "desk_mobility/i18n/desk_mobility_de.qm",
        "python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so",
        "PySide6/QtSvg.abi3.so",
    ):
        assert not bundle.dropped(dest, {"de"})


@pytest.mark.parametrize(
    ("dest", "library"),
    [
        ("libgtk-3.so.0", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("libpython3.11.so.1.0", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so", False),
        ("PySide6/QtCore.abi3.so", False),
        ("desk_mobility/assets/sounds/tick.wav", False),
        ("python311.dll", False),
    ],
)
def test_what_counts_as_a_library(dest: str, library: bool) -> None:
    assert bundle.is_library(dest) is library


def test_libraries_stay_only_while_something_kept_links_to_them() -> None:
    links = {
        "plugins/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
        "lib/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "lib/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "lib/libQt6Core.so.6": ["libQt6Gui.so.6"],  # a cycle ends
        "lib/libxcb-cursor.so.0": [],
        "lib/libgtk-3.so.0": ["libcairo.so.2"],
        "lib/libcairo.so.2": [],
    }
    libraries = {Path(path).name: path for path in links if path.startswith("lib/")}
    reached = bundle.needed_closure(["plugins/libqxcb.so"], libraries, links.__getitem__)
    assert reached == {
        "libQt6XcbQpa.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libxcb-cursor.so.0",
    }


def test_python_and_the_ctypes_libraries_are_loaded_by_name() -> None:
    assert bundle.loaded_by_name("libpython3.11.so.1.0")
    assert bundle.loaded_by_name("libXss.so.1")
    assert not bundle.loaded_by_name("libgtk-3.so.0")
    assert bundle.from_the_system("libstdc++.so.6")
    assert not bundle.from_the_system("libQt6Core.so.6")


# -- ICU data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "gone"),
    [
        ("brkitr/cjdict.dict", True),
        ("brkitr/root.res", True),
        ("translit/root.res", True),
        ("zone/de.res", True),
        ("lang/fr.res", True),
        ("ibm-943_P15A-2003.cnv", True),
        ("rfc3491.spp", True),
        ("unames.icu", True),
        ("de.res", True),
        ("zh_Hant_TW.res", True),
        ("yue.res", True),
        ("coll/de.res", False),
        ("coll/root.res", False),
        ("coll/ucadata.icu", False),
        ("root.res", False),
        ("res_index.res", False),
        ("pool.res", False),
        ("zoneinfo64.res", False),
        ("supplementalData.res", False),
        ("likelySubtags.res", False),
        ("nfkc.nrm", False),
        ("cnvalias.icu", False),
    ],
)
def test_icu_items_qt_reads_stay(item: str, gone: bool) -> None:
    assert icu.dropped(item) is gone


def test_the_data_symbol_follows_the_library_version() -> None:
    assert icu.symbol_name("libicudata.so.73") == "icudt73_dat"
    assert icu.symbol_name("libicudata.so.74.2") == "icudt74_dat"
    with pytest.raises(icu.IcuDataError):
        icu.symbol_name("libicuuc.so.73")


def test_a_library_without_icu_data_is_refused(tmp_path: Path) -> None:
    with pytest.raises(icu.IcuDataError, match="ELF"):
        icu.common_data(b"not a library at all")
    libc = Path("/lib/x86_64-linux-gnu/libz.so.1")
    if libc.exists():
        with pytest.raises(icu.IcuDataError, match="ICU common data"):
            icu.common_data(libc.read_bytes())


def wheel_icu_data() -> Path:
    qt = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
    found = sorted(qt.glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not found:
        pytest.skip("only the Linux PySide6 wheels carry their own ICU")
    return found[0]


# Collation with a language's own order, Turkish and German casing: what Qt asks ICU
# for. Time-zone names are left out on purpose: that line shows the small copy is in use.
ICU_PROBE = """
import functools
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["Zebra", "Äpfel", "apple", "Öl", "ob", "Ärger"]
print(sorted(words, key=functools.cmp_to_key(QCollator(QLocale("de_DE")).compare)))
print(sorted(["ä", "z", "a"], key=functools.cmp_to_key(QCollator(QLocale("sv_SE")).compare)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("de_DE").toUpper("straße"))
print(QLocale("de_DE").toString(1234567.5, "f", 1), QLocale("ja_JP").dayName(1))
zone = QTimeZone(b"Europe/Paris")
print("zone name:", zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName))
"""


def test_the_smaller_icu_data_answers_qt_as_the_whole(tmp_path: Path) -> None:
    source = wheel_icu_data()
    for tool in ("icupkg", "as", "ld"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run scripts/test.sh (icu-devtools, binutils)")
    target = tmp_path / source.name
    before, after = icu.shrink_library(source, target)
    assert after < before / 3
    small = tmp_path / "small"
    small.mkdir()
    package = small / (icu.symbol_name(source.name).removesuffix("_dat") + "l.dat")
    package.write_bytes(icu.common_data(target.read_bytes()))
    kept = icu.package_items(package)
    assert "coll/de.res" in kept and "zoneinfo64.res" in kept
    assert not [item for item in kept if icu.dropped(item)]

    def probe(preload: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload is not None:
            # Same soname: the dynamic linker takes this copy for libicuuc's NEEDED entry.
            env["LD_PRELOAD"] = str(preload)
        done = subprocess.run(
            [sys.executable, "-c", ICU_PROBE],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    whole = probe(None).splitlines()
    assert "['Äpfel', 'apple', 'Ärger', 'ob', 'Öl', 'Zebra']" in whole
    assert "['a', 'z', 'ä']" in whole and "İSTANBUL STRASSE" in whole
    assert whole[-1] == "zone name: Central European Standard Time"
    lean = probe(target).splitlines()
    assert lean[:-1] == whole[:-1]
    assert lean[-1] == "zone name: "

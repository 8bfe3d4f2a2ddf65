"""A smaller ICU data library for the Linux bundle: Qt's uses of ICU, nothing more.

The Qt of the PySide6 wheels links ICU, whose ``libicudata.so.NN`` is one
32 MB table of every locale's names for languages, regions, currencies and
units, spelling-out rules, transliterators, line-break dictionaries and
legacy character sets. Qt itself reads only a small part of it: collation
(``QCollator``, the file dialog's sorting), casing (``QLocale::toUpper``)
and time-zone rules (``QTimeZone``); Qt has its own CLDR tables for number
and date formats, its own line breaking and its own UTF-8/16 and Latin-1
codecs. The app adds no ICU use of its own and shows no time-zone names
(``QTimeZone.displayName`` is empty in the bundle).

``shrink_library`` copies the library with the items of ``DROPPED`` taken
out (``icupkg`` from icu-devtools does the package surgery) and the same
exported symbol (``icudtNN_dat``), assembled and linked with binutils.

    python packaging/icu_data.py IN/libicudata.so.73 OUT/libicudata.so.73
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# ICU package items (paths inside the package, without its icudtNNl/ prefix).
DROPPED_TREES = (
    "brkitr/",  # break iterators and their dictionaries: Qt breaks text itself
    "translit/",  # transliterators
    "rbnf/",  # spelled-out numbers
    "unit/",  # unit names
    "curr/",  # currency names
    "lang/",  # language names
    "region/",  # region names
    "zone/",  # time-zone names
)
DROPPED_FILES = (
    "*.cnv",  # legacy character sets; UTF-8/16/32 and Latin-1 need no table
    "*.spp",  # stringprep profiles (IDNA 2003, XMPP, LDAP)
    "confusables*.cfu",  # spoof checking
    "unames.icu",  # Unicode character names
    # Each locale's own tables (date and number patterns): Qt formats dates
    # and numbers from its own CLDR data. Collation keeps its per-language
    # tables (coll/), so sorting stays right in every language.
    "[a-z][a-z].res",
    "[a-z][a-z][a-z].res",
    "[a-z][a-z]_*.res",
    "[a-z][a-z][a-z]_*.res",
)
# The root locale, the locale index and the shared key pool: what is left falls back to them.
KEPT_FILES = ("root.res", "res_index.res", "pool.res")


class IcuDataError(RuntimeError):
    """The library is not an ICU data library, or the tools to rebuild it are missing."""


def dropped(item: str) -> bool:
    """True for an ICU item (as ``icupkg -l`` names it) that Qt never reads."""
    if item.startswith(DROPPED_TREES):
        return True
    if "/" in item or item in KEPT_FILES:
        return False
    return any(fnmatch.fnmatch(item, pattern) for pattern in DROPPED_FILES)


def read_rodata(library: bytes) -> bytes:
    """The ``.rodata`` section of a 64-bit little-endian ELF file."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", library, 0x3A)

    def section(index: int) -> tuple[int, int, int]:
        base = shoff + index * shentsize
        (name,) = struct.unpack_from("<I", library, base)
        offset, size = struct.unpack_from("<QQ", library, base + 0x18)
        return name, offset, size

    _, names_at, _ = section(shstrndx)
    for index in range(shnum):
        name, offset, size = section(index)
        end = library.index(b"\0", names_at + name)
        if library[names_at + name : end] == b".rodata":
            return library[offset : offset + size]
    raise IcuDataError("the library has no .rodata section")


def common_data(library: bytes) -> bytes:
    """The ICU common data package the library carries (what icupkg reads)."""
    data = read_rodata(library)
    # UDataInfo: header size, magic 0xda27, then dataFormat "CmnD" at offset 12.
    if len(data) < 16 or data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise IcuDataError("the .rodata section does not start with ICU common data")
    return data


def symbol_name(library_name: str) -> str:
    """libicudata.so.73 -> icudt73_dat, the symbol libicuuc looks the data up by."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)(?:\..*)?", library_name)
    if match is None:
        raise IcuDataError(f"{library_name} is not named like libicudata.so.NN")
    return f"icudt{match.group(1)}_dat"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        package = "icu-devtools" if name == "icupkg" else "binutils"
        raise IcuDataError(f"{name} is missing: apt-get install {package}")
    return path


def package_items(package: Path) -> list[str]:
    listed = subprocess.run(
        [_tool("icupkg"), "-l", str(package)], capture_output=True, text=True, check=True
    )
    return [line.strip() for line in listed.stdout.splitlines() if line.strip()]


def shrink_library(source: Path, target: Path) -> tuple[int, int]:
    """Write ``target``: ``source`` without the ``DROPPED`` items. Returns both sizes."""
    symbol = symbol_name(source.name)
    # icupkg takes the package name (icudt73l: version, little-endian) from the file name.
    package_name = symbol.removesuffix("_dat") + "l.dat"
    with tempfile.TemporaryDirectory(prefix="icu-data-") as tmp:
        work = Path(tmp)
        (work / "small").mkdir()
        full = work / package_name
        full.write_bytes(common_data(source.read_bytes()))
        items = package_items(full)
        removed = [item for item in items if dropped(item)]
        if not removed:
            raise IcuDataError("no ICU item matched the list to drop: is this ICU data?")
        (work / "drop.txt").write_text("\n".join(removed) + "\n")
        small = work / "small" / package_name
        subprocess.run(
            [_tool("icupkg"), "-r", str(work / "drop.txt"), str(full), str(small)],
            capture_output=True,
            check=True,
        )
        kept = set(package_items(small))
        if kept != set(items) - set(removed):
            raise IcuDataError("icupkg did not write the expected items")
        assembly = work / "data.s"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{small}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run([_tool("as"), "-o", str(work / "data.o"), str(assembly)], check=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                _tool("ld"),
                "-shared",
                "-z",
                "noexecstack",
                "-soname",
                source.name,
                "-o",
                str(target),
                str(work / "data.o"),
            ],
            check=True,
        )
    return source.stat().st_size, target.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    before, after = shrink_library(Path(argv[0]), Path(argv[1]))
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

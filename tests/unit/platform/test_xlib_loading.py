"""Libraries open by their soname; a search runs only when that name is missing."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from desk_mobility.platform._xlib import _open_library

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux sonames")


def test_a_library_opens_by_its_soname_without_a_search(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_search(name: str) -> None:
        raise AssertionError(f"searched for {name}: ldconfig would run in a child process")

    monkeypatch.setattr(ctypes.util, "find_library", no_search)
    library = _open_library("libc.so.6", "c")
    assert library.getpid() > 0


def test_an_unknown_soname_falls_back_to_the_search() -> None:
    library = _open_library("libc.so.999", "c")
    assert library.getpid() > 0


def test_a_library_found_nowhere_raises_oserror() -> None:
    with pytest.raises(OSError):
        _open_library("libdesk-mobility-none.so.1", "desk-mobility-none")

"""Freed heap memory goes back to the OS (glibc's malloc_trim)."""

from __future__ import annotations

import sys

import pytest

from desk_mobility.platform.memory import release_freed_memory


def _private_dirty_kb() -> int:
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1])
    raise AssertionError("no Private_Dirty line")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_memory_freed_by_python_is_returned() -> None:
    # Many small objects land in the heap (not in separate mappings), like
    # start-up parsing does; freeing them leaves the pages with the process.
    blocks = [bytes(900) + bytes([i % 256]) for i in range(60_000)]
    del blocks
    before = _private_dirty_kb()
    assert release_freed_memory() is True
    assert _private_dirty_kb() < before - 10_000  # at least 10 MB went back


def test_source_text_cached_by_imports_is_dropped() -> None:
    import linecache

    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    release_freed_memory()
    assert __file__ not in linecache.cache

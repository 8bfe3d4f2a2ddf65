"""Freed heap memory goes back to the OS (glibc's malloc_trim)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


SETTLE_SCRIPT = """
import gc
from desk_mobility.platform.memory import settle_after_start

class Node:
    pass

started = [Node() for _ in range(1000)]
settle_after_start()
frozen = gc.get_freeze_count()
later = Node()
later.me = later  # a cycle made after start-up
del later
print(frozen >= 1000, gc.collect() >= 1)
"""


def test_after_start_up_the_collector_walks_only_what_came_later() -> None:
    """In its own interpreter: freezing the test process itself would change other tests."""
    result = subprocess.run(
        [sys.executable, "-c", SETTLE_SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    assert result.stdout.split() == ["True", "True"]


DROP_SCRIPT = """
import linecache
from desk_mobility.platform.memory import drop_source_text_at_each_import

drop_source_text_at_each_import()
drop_source_text_at_each_import()  # once is enough; a second call adds nothing
linecache.getlines(linecache.__file__)
cached_before = linecache.__file__ in linecache.cache
import colorsys  # any module not yet imported
print(cached_before, linecache.__file__ in linecache.cache)
"""


def test_source_text_read_for_one_import_is_gone_at_the_next() -> None:
    """What PySide6's import hook reads must not pile up while the app imports."""
    result = subprocess.run(
        [sys.executable, "-c", DROP_SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    assert result.stdout.split() == ["True", "False"]

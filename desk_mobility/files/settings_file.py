"""The settings file on disk: read it without ever failing start-up, write it atomically.

What a value may be lives in ``core.settings``; this module only moves text
between the file and that table. Reading never raises and never waits: the
file is opened without blocking (a FIFO in its place would otherwise hold
start-up forever), only a regular file is read, and only up to
``MAX_BYTES``; anything else leaves the defaults in force with one message
saying why.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desk_mobility.core.settings import Settings, dumps, interpret
from desk_mobility.files.atomic_file import write_text_atomically

log = logging.getLogger(__name__)

# The file the app writes is about 3 KB; a hand-edited one has no reason to be
# a thousand times larger, and parsing a huge one would delay start-up.
MAX_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Settings in force after a load, and what the user must be told."""

    settings: Settings
    problems: tuple[str, ...] = ()
    moved_aside: Path | None = None


class _UnreadableError(Exception):
    """The file cannot be used at all; the message is for the user."""


def load(path: Path) -> LoadResult:
    """Read settings; never raise for a bad file, report instead."""
    try:
        raw = _read_bounded(path)
    except _UnreadableError as why:
        log.warning("settings file %s not used: %s", path, why)
        return LoadResult(Settings(), (f"{why} The defaults are in use.",))
    if raw is None:
        return LoadResult(Settings())
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        return _set_aside(path, _parse_problem(exc))
    settings, problems = interpret(data)
    return LoadResult(settings, problems)


def _read_bounded(path: Path) -> bytes | None:
    """The file's bytes, None when there is no file; raises ``_UnreadableError`` otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        return None
    except NotADirectoryError as exc:
        raise _UnreadableError(
            f"The settings folder {path.parent} is a file, not a folder, so settings "
            "cannot be read or saved there."
        ) from exc
    except PermissionError as exc:
        raise _UnreadableError(
            f"The settings file {path} cannot be read: permission denied."
        ) from exc
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO with no writer, on some systems
            raise _UnreadableError(f"The settings file {path} is not a regular file.") from exc
        raise _UnreadableError(
            f"The settings file {path} cannot be read ({exc.strerror or exc})."
        ) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _UnreadableError(f"The settings file {path} is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise _UnreadableError(f"The settings file {path} is not a regular file.")
        if info.st_size > MAX_BYTES:
            raise _UnreadableError(
                f"The settings file {path} is too large ({info.st_size:,} bytes; a settings "
                f"file is a few kilobytes), so it was not read."
            )
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:  # it grew while being read
            raise _UnreadableError(f"The settings file {path} is too large, so it was not read.")
        return b"".join(chunks)
    except OSError as exc:
        raise _UnreadableError(
            f"The settings file {path} cannot be read ({exc.strerror or exc})."
        ) from exc
    finally:
        os.close(fd)


def _parse_problem(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, RecursionError):
        return "it nests values too deeply"
    return str(exc)


def _set_aside(path: Path, reason: str) -> LoadResult:
    """Keep a file that does not parse for the user and start from the defaults."""
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as exc:
        log.warning("could not move %s aside: %s", path, exc)
        return LoadResult(
            Settings(),
            (
                f"The settings file {path} could not be read ({reason}). The defaults are "
                "in use; the file was left as it is.",
            ),
        )
    try:
        save(path, Settings())
    except OSError as exc:
        log.warning("could not write default settings to %s: %s", path, exc)
    return LoadResult(
        Settings(),
        (
            f"The settings file could not be read ({reason}). It was kept as {bad} "
            "and the defaults are in use.",
        ),
        moved_aside=bad,
    )


def save(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file intact.

    Raises ``OSError`` (the caller says so to the user) when it cannot be
    written, including when something that is not a regular file is in its place.
    """
    try:
        info = path.lstat()
    except FileNotFoundError:
        pass
    else:
        if stat.S_ISDIR(info.st_mode) or not (
            stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)
        ):
            raise IsADirectoryError(
                errno.EISDIR, "something that is not a settings file is in its place", str(path)
            )
    write_text_atomically(path, dumps(settings))

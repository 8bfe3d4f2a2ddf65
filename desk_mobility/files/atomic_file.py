"""Writing a file so that a crash mid-write never leaves it half written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename.

    The rename is atomic on every supported OS, so readers see either the old
    file or the new one, whatever happens in between. The file is private to
    the user (0600) unless ``mode`` says otherwise: a login item, for one,
    must be readable by the session that starts it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """``write_bytes_atomically`` for UTF-8 text."""
    write_bytes_atomically(path, text.encode("utf-8"))

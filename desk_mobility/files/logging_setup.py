"""Logging: a rotating file in the per-user log folder, stderr on request."""

from __future__ import annotations

import logging
from pathlib import Path

from desk_mobility.files.rotating_log import RotatingLogFile

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure(log_file: Path, verbose: bool) -> None:
    """Send records to ``log_file`` (1 MB x 3) and, with ``verbose``, to stderr.

    The file handler is best effort: a read-only home must not stop the app.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingLogFile(log_file, max_bytes=1_000_000, backups=3)
        file_handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(file_handler)
        file_ok = True
    except OSError as exc:
        file_ok = False
        file_error = exc
    if verbose or not file_ok:
        # Without a log file, warnings and errors still reach stderr.
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        root.addHandler(stream)
    if not file_ok:
        root.warning("cannot write the log file %s: %s", log_file, file_error)
    # APScheduler logs every job run at INFO; that is noise in a long-lived app.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)

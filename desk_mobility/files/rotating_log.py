"""The log file: a few older copies kept, so a log never grows without end.

The standard library's ``RotatingFileHandler`` does this too, but its module
defines every handler the standard library has (sockets, syslog, e-mail,
HTTP, queues). Importing it for this one keeps 0.16 MB of classes and
functions all day in an app that logs a line now and then. The file names are
the same as the standard handler's, so the copies an older version left
(``desk-mobility.log.1`` and so on) move along with the new ones.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TextIO


class RotatingLogFile(logging.FileHandler):
    """Appends to ``path``; a record that would take it past ``max_bytes`` starts a new file.

    The full file becomes ``path.1``, ``path.1`` becomes ``path.2`` and so on,
    and the copy past ``backups`` is dropped. The file is opened at the first
    record, so a log folder that cannot be written costs nothing until then.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        # Handler.handle holds the handler's lock around emit.
        try:
            stream = self.stream or self._open()
        except OSError:
            self.handleError(record)
            return
        self.stream = stream
        try:
            if self._would_overflow(stream, record):
                self._start_afresh()
        except OSError:
            # The copies could not be moved: the record still goes in, the file grows on.
            self.handleError(record)
        super().emit(record)

    def _would_overflow(self, stream: TextIO, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename):
            return False  # a device or a pipe given as the log file: nothing to move
        line = f"{self.format(record)}{self.terminator}".encode(self.encoding or "utf-8")
        # Another process may have written since: measure the file, not our position.
        size = stream.seek(0, os.SEEK_END)
        return size > 0 and size + len(line) > self.max_bytes

    def _start_afresh(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler reopens it at the next record
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.remove(self.baseFilename)

"""The call watcher's child process under QProcess, read on the main thread.

Its own module because only a break coming near starts a child
(``platform.calls.pulse``): the idle app far from a break has no use for
QProcess, whose bindings cost about 0.13 MB once loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer

log = logging.getLogger(__name__)

# A child asked to stop (standard input closed) gets this long before SIGTERM, then SIGKILL.
STOP_WAIT_MS = 1000
# At app quit: how long close() waits for the child, at most twice (before and after SIGKILL).
QUIT_WAIT_MS = 400
STDERR_KEPT = 2000  # characters of the child's standard error kept for the log

# As platform.calls.pulse names them (it imports this module, not the other way).
OnLine = Callable[[str], None]
OnExit = Callable[[int, str], None]  # exit code (-1: crashed or never started), stderr


# Each child's object lives until its end has been handled, out of its own signal.
_RUNNING: set[QtWatcherProcess] = set()


class QtWatcherProcess(QObject):
    """The child under QProcess: lines from its standard output, its end, and stopping it."""

    def __init__(
        self,
        command: list[str],
        on_line: OnLine,
        on_exit: OnExit,
        environment: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.ended = False
        self.exit_code: int | None = None  # once ended; -1 when it crashed or never started
        self._on_line = on_line
        self._on_exit = on_exit
        self._errors = ""
        self._process = QProcess(self)
        if environment:
            env = QProcessEnvironment.systemEnvironment()
            for key, value in environment.items():
                env.insert(key, value)
            self._process.setProcessEnvironment(env)
        self._process.readyReadStandardOutput.connect(self._read_lines)
        self._process.readyReadStandardError.connect(self._read_errors)
        self._process.finished.connect(self._finished)
        self._process.errorOccurred.connect(self._error)
        self._escalate = QTimer(self)
        self._escalate.setSingleShot(True)
        self._escalate.setInterval(STOP_WAIT_MS)
        self._escalate.timeout.connect(self._terminate)
        _RUNNING.add(self)
        self._process.start(command[0], command[1:])

    @property
    def pid(self) -> int:
        return int(self._process.processId())

    def stop(self) -> None:
        if self.ended or self._escalate.isActive():
            return
        self._process.closeWriteChannel()
        self._escalate.start()

    def close(self) -> None:
        self._escalate.stop()
        if self.ended or self._process.state() == QProcess.ProcessState.NotRunning:
            return
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(QUIT_WAIT_MS):
            self._process.kill()
            if not self._process.waitForFinished(QUIT_WAIT_MS):
                log.warning("call detection: the watcher did not end in time; it ends by itself")

    def _terminate(self) -> None:
        if self.ended:
            return
        if self._escalate.property("terminated"):
            log.warning("call detection: the watcher ignored SIGTERM; killed")
            self._process.kill()
            return
        self._escalate.setProperty("terminated", True)
        self._process.terminate()
        self._escalate.start()

    def _read_lines(self) -> None:
        while self._process.canReadLine():
            raw = self._process.readLine().data()
            line = bytes(raw).decode("utf-8", errors="replace").strip()
            if line:
                self._on_line(line)

    def _read_errors(self) -> None:
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        self._errors = (self._errors + text)[-STDERR_KEPT:]

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._end(code if status == QProcess.ExitStatus.NormalExit else -1)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._errors += f"could not start {self._process.program()}: "
            self._errors += self._process.errorString()
            # finished is not emitted for a process that never started.
            QTimer.singleShot(0, self, lambda: self._end(-1))

    def _end(self, code: int) -> None:
        if self.ended:
            return
        self._escalate.stop()
        self._read_lines()
        self._read_errors()
        self.ended = True
        self.exit_code = code
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))
        self._on_exit(code, self._errors)

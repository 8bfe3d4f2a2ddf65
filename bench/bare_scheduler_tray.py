"""A second floor: the bare PySide6 tray icon plus APScheduler, set up as the app sets it up.

The brief makes APScheduler the app's scheduler, and importing it costs more
than anything else the idle app loads (docs/footprint.md). This icon pays
exactly that and nothing more: QtScheduler on the Qt loop, the debug executor,
the memory job store, UTC, and one job every 10 s that does nothing, its
trigger passed as an object (a trigger's name, such as "interval", makes
APScheduler read every installed package's entry points). APScheduler is
imported before PySide6: PySide6 reads the source of each module imported
after it, and ``linecache`` would keep all of APScheduler's and asyncio's (the
app drops that text at each import, see desk_mobility/platform/memory.py; a
floor should not carry it). With
``--without-openssl`` it first leaves OpenSSL out of the process, as the app
does (desk_mobility/platform/no_openssl.py, restated here so this file stays
a floor with no app code in it). bench/footprint.py starts it as
``python <script>`` like the app.
"""

from __future__ import annotations

import sys

if "--without-openssl" in sys.argv:
    for name in ("ssl", "_ssl", "_hashlib"):
        sys.modules[name] = None  # type: ignore[assignment]

from datetime import UTC

from apscheduler.executors.debug import DebugExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger
from bare_tray import show_bare_icon


def main() -> int:
    app, _icon, _menu = show_bare_icon()

    from apscheduler.schedulers.qt import QtScheduler  # imports PySide6's QtCore itself

    scheduler: BaseScheduler = QtScheduler(
        timezone=UTC,
        jobstores={"default": MemoryJobStore()},
        executors={"default": DebugExecutor()},
    )
    scheduler.add_job(lambda: None, IntervalTrigger(seconds=10, timezone=UTC))
    scheduler.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

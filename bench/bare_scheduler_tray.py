"""A second floor: the bare PySide6 tray icon plus APScheduler, set up as the app sets it up.

The brief makes APScheduler the app's scheduler, and importing it costs more
than anything else the idle app loads (docs/footprint.md). This icon pays
exactly that and nothing more: QtScheduler on the Qt loop, the debug executor,
the memory job store, UTC, and one job every 10 s that does nothing. With
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

from bare_tray import show_bare_icon


def main() -> int:
    app, _icon, _menu = show_bare_icon()

    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.qt import QtScheduler

    scheduler = QtScheduler(
        timezone=UTC,
        jobstores={"default": MemoryJobStore()},
        executors={"default": DebugExecutor()},
    )
    scheduler.add_job(lambda: None, "interval", seconds=10)
    scheduler.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

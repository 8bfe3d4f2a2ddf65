"""Run as a child process under a LANG: prints what the weekly view and the guide show.

The locale must be real for the C library too (``setlocale`` fails on a locale
that was never generated), as it is on a user's machine.
"""

from __future__ import annotations

import json
import locale
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

locale.setlocale(locale.LC_ALL, "")  # raises locale.Error when the locale is missing

from PySide6.QtCore import QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk_mobility.core.clock import FakeClock  # noqa: E402
from desk_mobility.core.events import RecordingSink  # noqa: E402
from desk_mobility.core.settings import Settings  # noqa: E402
from desk_mobility.core.week import first_weekday_for  # noqa: E402
from desk_mobility.files.routine_file import default_routine_path, load_routine  # noqa: E402
from desk_mobility.i18n import language  # noqa: E402
from desk_mobility.shell.status import AppStatus, status_line  # noqa: E402
from desk_mobility.storage.history_store import HistoryStore  # noqa: E402
from desk_mobility.ui.guide.window import GuideWindow  # noqa: E402
from desk_mobility.ui.history.charts import day_caption  # noqa: E402
from desk_mobility.ui.history.week_view import HistoryWindow  # noqa: E402
from tests.ui.test_history_view import BERLIN, TODAY, seed_day  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    code = language.install("system")
    now = datetime(2026, 11, 26, 16, 0, tzinfo=BERLIN)
    first_weekday = first_weekday_for("locale", QLocale().firstDayOfWeek().value - 1)
    with tempfile.TemporaryDirectory() as folder:
        store, _ = HistoryStore.open(Path(folder) / "history.db")
        for offset in (-3, -1, 0):
            seed_day(store, TODAY + timedelta(days=offset), 1, 50)
        view = HistoryWindow(store, first_weekday, FakeClock(now))
        view.show()
        app.processEvents()
        days = [view.week_start + timedelta(days=i) for i in range(7)]
        guide = GuideWindow(
            load_routine(default_routine_path(), code),
            Settings(),
            FakeClock(now),
            RecordingSink(),
            week_count=lambda: 2,
            sounds=None,
        )
        guide.open_setup()
        paused = AppStatus("paused", 300, paused_until=now.replace(hour=14, minute=30))
        print(
            json.dumps(
                {
                    "language": code,
                    "locale": QLocale().name(),
                    "rtl": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                    "week_start": view.week_start.isoformat(),
                    "title": view.title.text(),
                    "captions": [day_caption(d)[0] for d in days],
                    "detail": view.day_detail.text(),
                    "cards": [c.title.text() for c in view.cards if c.isVisible()],
                    "plan": guide.setup_page.setup_plan.text(),
                    "routine": guide.windowTitle(),
                    "start": guide.setup_page.start_button.text(),
                    "paused": status_line(paused, now),
                    "decimal": QLocale().toString(1.5, "f", 1),
                },
                ensure_ascii=False,
            )
        )
        guide.close()
        view.close()
        store.close()


if __name__ == "__main__":
    main()

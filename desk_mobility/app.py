"""The composition root: the one place that builds concrete parts and wires them.

Everything else receives what it needs through its constructor. The app object
also answers commands from later launches (``--status``, ``--break-now``, ...)
and owns a clean shutdown: on Quit, ``--quit`` or SIGTERM it saves state,
releases the tray icon before the application object goes, and exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from desk_mobility import APP_ID, APP_NAME, __version__
from desk_mobility.core.breaks import BreakStage, BreakStatus, Offer
from desk_mobility.core.clock import Clock
from desk_mobility.core.events import EventFanOut
from desk_mobility.core.live_settings import LiveSettings
from desk_mobility.core.polite import PoliteMoment
from desk_mobility.core.settings import Settings, SettingsError
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text, render
from desk_mobility.files import settings_file
from desk_mobility.files.logging_setup import configure as configure_logging
from desk_mobility.files.paths import AppPaths, asset_path
from desk_mobility.i18n import language
from desk_mobility.i18n.phrases import number, translate
from desk_mobility.platform.activation import ActivationTokens
from desk_mobility.platform.fullscreen import choose_fullscreen_probe, unavailable_reason
from desk_mobility.platform.idle.sources import IdleSource, choose_idle_source
from desk_mobility.platform.memory import release_freed_memory, settle_after_start
from desk_mobility.platform.notify.base import (
    DEFAULT_ROUTINE_SUMMARY,
    NotifierBase,
    describe_routine,
)
from desk_mobility.platform.notify.chain import choose_notifier
from desk_mobility.platform.quiet_source import QuietSource
from desk_mobility.platform.screenlock import ScreenLockMonitor
from desk_mobility.platform.system_clock import SystemClock
from desk_mobility.shell.instance import InstanceServer, Reply, send_command
from desk_mobility.shell.quiet_watch import QuietWatch
from desk_mobility.shell.scheduling import BreakScheduler
from desk_mobility.shell.status import AppStatus, as_json, progress, status_line, tooltip
from desk_mobility.storage.history_store import HistoryStore
from desk_mobility.ui.actions import AppActions
from desk_mobility.ui.first_icon import FirstIcon, show_first_icon
from desk_mobility.ui.pacing_sounds import PacingSounds
from desk_mobility.ui.tray import TrayIcon

if TYPE_CHECKING:
    from desk_mobility.core.routine.model import Routine
    from desk_mobility.platform.bus_watch import BusWatch
    from desk_mobility.ui.guide.window import GuideWindow
    from desk_mobility.ui.history.week_view import HistoryWindow
    from desk_mobility.ui.no_tray_window import NoTrayWindow
    from desk_mobility.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

SETTLE_MS = 5000
STARTUP_MESSAGE_FALLBACK_MS = 5000  # tell the user even if the tray never reports docking
NO_TRAY_EXPLAINED = "no-tray-explained"  # in the state folder once the no-tray window said why
STARTUP_MESSAGES_SHOWN = 4  # in the one start-up notification; the log has the rest
STORE_RETRY_MS = 30_000
SERVER_BACKENDS = ("dbus", "dbus-plain")
#: How ``loaded-modules`` names PySide6's Qt namespace once its enums are built.
QT_NAMESPACE = "PySide6.QtCore.Qt"


class DeskMobilityApp(QObject):
    """Holds the running app's parts and routes user intents between them.

    Windows (guide, weekly history, settings) are built on first use, so the
    idle tray app never pays for them.
    """

    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        clock: Clock,
        *,
        idle_source: IdleSource | None = None,
        notifier_factory: Callable[[QSystemTrayIcon | None], NotifierBase] | None = None,
        quiet_sources: list[QuietSource] | None = None,
        first: FirstIcon | None = None,
    ) -> None:
        """``idle_source``, ``notifier_factory`` and the call and do-not-disturb
        watchers (``quiet_sources``) default to what the platform offers.

        ``first`` holds the actions and the tray icon already shown before the
        app was imported (see ui/first_icon.py); without it they are made here.
        """
        super().__init__()
        self.qt_app = qt_app
        self.paths = paths
        self.clock = clock
        self._quitting = False
        loaded = settings_file.load(paths.settings_file)
        self.live_settings = LiveSettings(loaded.settings)
        self.language = language.install(loaded.settings.language)
        # Start-up problems, each with the folder that helps with it; told
        # together, in one notification, once the notifier is up.
        self.startup_messages: list[tuple[str, Path]] = [
            (problem, paths.config_dir) for problem in loaded.problems
        ]
        for problem in loaded.problems:
            log.warning("settings: %s", problem)

        self.store, store_messages = HistoryStore.open(
            paths.history_db, on_problem=self._on_store_problem
        )
        self.startup_messages.extend((message, paths.data_dir) for message in store_messages)
        self.events = EventFanOut([self.store])
        # While the disk refuses the history (full), it is tried again now and then.
        self._store_retry = QTimer(self)
        self._store_retry.setInterval(STORE_RETRY_MS)
        self._store_retry.timeout.connect(self._retry_store)
        if self.store.needs_retry:
            self._store_retry.start()

        self._first_tray = first.tray if first is not None else None
        if first is not None:
            # Made before the settings and the language were read: say it again.
            self.actions = first.actions
            self.actions.setParent(self)
            self.actions.retranslate()
            self.actions.set_snooze_minutes(self.settings.snooze_minutes)
            if first.tray is not None:
                first.tray.retranslate()
        else:
            self.actions = AppActions(self.settings.snooze_minutes, self)
        self.tray: TrayIcon | None = None
        self.no_tray_window: NoTrayWindow | None = None
        self.tray_state = "none"
        self.notifier: NotifierBase | None = None
        self.sounds = PacingSounds(self.settings)
        self.activation = ActivationTokens(enabled=qt_app.platformName() == "wayland")
        # The watchers' buses: the screen lock and do-not-disturb share the session one.
        self.session_bus = self._open_bus("SESSION")
        self.system_bus = self._open_bus("SYSTEM")
        self.lock_monitor = ScreenLockMonitor(self.session_bus, self.system_bus, self)
        self._notifier_factory = notifier_factory or self._choose_notifier
        fullscreen_probe = choose_fullscreen_probe()
        self._no_fullscreen_probe = (
            "" if fullscreen_probe else unavailable_reason() or "the window manager does not say"
        )
        self.quiet_watch = QuietWatch(
            self._choose_quiet_sources() if quiet_sources is None else quiet_sources, self
        )
        self.scheduler = BreakScheduler(
            clock,
            idle_source or choose_idle_source(),
            self.settings,
            self.events,
            paths.state_file,
            lock_monitor=self.lock_monitor,
            fullscreen_probe=fullscreen_probe,
            quiet_watch=self.quiet_watch,
            polite=PoliteMoment(),
            parent=self,
        )
        self._break_status: BreakStatus | None = None
        self._routine: Routine | None = None
        self._guide: GuideWindow | None = None
        self._history: HistoryWindow | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._unfollow_guide: Callable[[], None] | None = None
        self._connect()
        self._follow_settings()

    def _connect(self) -> None:
        a = self.actions
        a.quit.connect(self.quit)
        a.start_break.connect(self.open_guide)
        a.snooze.connect(self.scheduler.snooze)
        a.skip.connect(self.scheduler.skip)
        a.pause.connect(self.pause)
        a.resume.connect(self.scheduler.resume)
        a.remind_anyway.connect(self.scheduler.remind_anyway)
        a.history.connect(self.open_history)
        a.settings.connect(self.open_settings)
        self.scheduler.status_changed.connect(self._on_status)
        self.scheduler.break_due.connect(self._on_break_due)
        self.scheduler.break_withdrawn.connect(self._withdraw_notification)

    def _follow_settings(self) -> None:
        """Each part follows the settings; the scheduler last, whose status refreshes the tray."""
        live = self.live_settings
        live.subscribe(self._language_follows)  # first: the others then speak the new language
        live.subscribe(lambda _old, new: self.actions.set_snooze_minutes(new.snooze_minutes))
        live.subscribe(lambda _old, new: self.sounds.apply_settings(new))
        live.subscribe(self._history_follows)
        live.subscribe(lambda _old, new: self.scheduler.apply_settings(new))

    def _language_follows(self, old: Settings, new: Settings) -> None:
        """Speak another language now: the tray at once, each window when it opens next."""
        if old.language == new.language:
            return
        code = language.install(new.language)
        if code == self.language:
            return
        self.language = code
        self._routine = None  # read again in the new language
        self.actions.retranslate()
        if self.tray is not None:
            self.tray.retranslate()
        if self.no_tray_window is not None:
            self.no_tray_window.retranslate()
        if self._history is not None:
            self._history.close()
            self._history.deleteLater()
            self._history = None
        if self._settings_dialog is not None:
            # Not now: the change may come from inside the dialog's own Apply.
            QTimer.singleShot(0, self._rebuild_settings_dialog)
        log.info("language changed to %s", code)

    def _rebuild_settings_dialog(self) -> None:
        """Open settings show the new language at once; closed ones are built anew next time."""
        dialog, self._settings_dialog = self._settings_dialog, None
        if dialog is None:
            return
        was_open = dialog.isVisible()
        dialog.hide()
        dialog.deleteLater()
        if was_open:
            self.open_settings()

    def _history_follows(self, old: Settings, new: Settings) -> None:
        """The weekly view is laid out for its first weekday: a new one means a new window."""
        if self._history is not None and old.week_starts_on != new.week_starts_on:
            self._history.close()
            self._history.deleteLater()
            self._history = None

    @property
    def settings(self) -> Settings:
        """The settings in force (``live_settings`` tells who follows them)."""
        return self.live_settings.current

    # -- start-up ---------------------------------------------------------
    def start(self) -> None:
        if self._first_tray is not None or QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._first_tray or TrayIcon(self.actions, self)
            self.tray.setParent(self)
            self.tray.docked.connect(lambda _geometry: self._set_tray_state("docked"))
            self.tray.clicked.connect(self._on_tray_click)
            self.tray.show()
            self.tray_state = "shown"
            log.info("system tray available: showing the tray icon")
        else:
            self.tray_state = "window"
            from desk_mobility.ui.no_tray_window import NoTrayWindow

            self.no_tray_window = NoTrayWindow(self.actions)
        self.notifier = self._notifier_factory(self.tray.icon if self.tray is not None else None)
        if self.no_tray_window is not None:
            self._show_no_tray_window()
        self.notifier.start_requested.connect(self.open_guide)
        # Each answer names its offer, so one for an offer no longer open is ignored.
        self.notifier.snooze_requested.connect(self.scheduler.snooze)
        self.notifier.skip_requested.connect(self.scheduler.skip)
        self.notifier.delivery_failed.connect(self._on_notification_lost)
        self.notifier.activation_token.connect(
            lambda token: self.activation.offer(token, "the notification")
        )
        self.notifier.open_folder_requested.connect(self._open_folder)
        self.notifier.dismissed.connect(
            lambda offer: log.info("notification for %s closed without an answer", offer)
        )
        started = self.lock_monitor.start()
        log.info("screen lock reported by: %s", ", ".join(started) or "nothing here")
        self.scheduler.start()
        # Start-up parsing leaves freed memory in the heap; give it back once settled.
        QTimer.singleShot(SETTLE_MS, settle_after_start)
        if self.startup_messages:
            # A balloon shown before the tray host has embedded the icon is lost;
            # a notification server needs no such wait.
            if self.tray is not None and self.notifier.backend_name not in SERVER_BACKENDS:
                self.tray.docked.connect(lambda _geometry: self._tell_startup_messages())
                QTimer.singleShot(STARTUP_MESSAGE_FALLBACK_MS, self._tell_startup_messages)
            else:
                self._tell_startup_messages()

    def _show_no_tray_window(self) -> None:
        """The first start explains the window; later ones keep it closed if breaks can notify."""
        assert self.no_tray_window is not None and self.notifier is not None
        marker = self.paths.state_dir / NO_TRAY_EXPLAINED
        first = not marker.exists()
        self.no_tray_window.set_explained(not first)
        if first or self.notifier.backend_name == "none":
            log.warning("no system tray available: showing the Desk Mobility window instead")
            self.no_tray_window.show()
            with contextlib.suppress(OSError):
                marker.touch()
        else:
            log.info(
                "no system tray available: the window stays closed until Desk Mobility is "
                "started again; breaks arrive as notifications"
            )

    def _tell_startup_messages(self) -> None:
        """Every start-up problem in one notification, with the folder of the first."""
        messages, self.startup_messages = self.startup_messages, []
        if not messages:
            return
        lines = [
            render(message, translate, number)
            for message, _folder in messages[:STARTUP_MESSAGES_SHOWN]
        ]
        if len(messages) > STARTUP_MESSAGES_SHOWN:
            lines.append(
                translate("App", "… and {count} more; the log has them all: {log}").format(
                    count=number(len(messages) - STARTUP_MESSAGES_SHOWN), log=self.paths.log_file
                )
            )
        self.tell_user(translate("App", "Please note"), "\n".join(lines), folder=messages[0][1])

    def _on_store_problem(self, message: str) -> None:
        self.tell_user(translate("App", "History"), message, folder=self.paths.data_dir)
        if self.store.needs_retry and not self._store_retry.isActive():
            self._store_retry.start()

    def _retry_store(self) -> None:
        if self.store.retry():
            self._store_retry.stop()
            log.info("history saved again after the disk refused it")

    def _open_folder(self, folder: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            log.warning("no file manager opened %s", folder)

    def _choose_notifier(self, tray_icon: QSystemTrayIcon | None) -> NotifierBase:
        return choose_notifier(
            tray_icon,
            app_icon=str(asset_path("icons", "desk-mobility.svg")),
            desktop_entry=APP_ID,
            parent=self,
        )

    def _on_tray_click(self) -> None:
        """A click where the tray host shows the menu itself: the break if due, else the week."""
        if self.status().break_due:
            self.open_guide()
        else:
            self.open_history()

    def _open_bus(self, bus: str) -> BusWatch | None:
        """A connection for the watchers that listen on D-Bus; None where there is none."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            from desk_mobility.platform.bus_watch import BusWatch
        except ImportError as exc:  # jeepney, a Linux dependency, missing
            log.info("D-Bus watchers off: %s", exc)
            return None
        return BusWatch.open(bus, parent=self)

    def _choose_quiet_sources(self) -> list[QuietSource]:
        from desk_mobility.platform.calls.choose import choose_call_sources
        from desk_mobility.platform.dnd.choose import choose_dnd_sources

        return [*choose_call_sources(), *choose_dnd_sources(self.session_bus)]

    def _set_tray_state(self, state: str) -> None:
        self.tray_state = state

    @property
    def routine(self) -> Routine:
        if self._routine is None:
            from desk_mobility.files.routine_file import default_routine_path, load_routine

            self._routine = load_routine(default_routine_path(), self.language)
        return self._routine

    def _routine_seconds(self) -> float:
        from desk_mobility.core.routine.player import Plan

        return Plan.of(self.routine, self.settings).estimated_seconds()

    # -- status -----------------------------------------------------------
    def status(self) -> AppStatus:
        status = self._break_status or self.scheduler.status()
        return AppStatus(
            stage=status.stage.value,
            sat_seconds=status.sat_seconds,
            next_due=status.next_due,
            paused_until=status.paused_until,
            snoozed_until=status.snoozed_until,
            quiet=status.quiet,
            quiet_reason=status.quiet_reason or "",
            waiting=status.waiting,
            off_hours=status.stage is BreakStage.OFF_HOURS,
            activity_readable=status.activity_known,
            idle_source=status.idle_source or self.scheduler.idle_source_name,
            notifier=self.notifier.backend_name if self.notifier is not None else "none",
            tray=self.tray_state,
            sit_interval_seconds=self.settings.sit_minutes * 60,
            break_due=status.stage is BreakStage.DUE or status.waiting,
            quiet_since=status.quiet_since,
            quiet_detail=status.quiet_detail,
            quiet_overridden=status.quiet_overridden,
            held_for_pause=status.held_for_pause,
        )

    def status_json(self) -> dict[str, Any]:
        now = self.clock.now()
        raw = (self._break_status or self.scheduler.status()).to_dict()
        data = as_json(self.status(), now)
        for key in ("stretch_started", "seconds_to_due", "snoozed_until", "offer_id", "activity"):
            data[key] = raw.get(key)
        data["history"] = self.store.mode
        from desk_mobility.shell.status import fullscreen_state

        data["quiet_on_fullscreen"] = fullscreen_state(
            self.settings.quiet_when_fullscreen, self._no_fullscreen_probe
        )
        return data

    def _on_status(self, status: BreakStatus) -> None:
        self._break_status = status
        self.refresh()

    def refresh(self) -> None:
        """Push the current status to every surface that shows it."""
        status = self.status()
        now = self.clock.now()
        line = status_line(status, now)
        self.actions.update(status, line)
        if self.tray is not None:
            self.tray.set_state(tooltip(status, now), status.break_due, progress(status))
        if self.no_tray_window is not None:
            self.no_tray_window.set_status_line(line)

    # -- breaks -----------------------------------------------------------
    def _on_break_due(self, offer: Offer) -> None:
        log.info(
            "break %s offered (sat %.0f s%s)",
            offer.offer_id,
            offer.sat_seconds,
            ", again" if offer.reoffer else "",
        )
        if not self.settings.notifications or self.notifier is None:
            return  # the tray's "break due" look and tooltip carry it
        # Worked out now, not at start-up: it follows the settings in force, and
        # the routine file is only read once a break is actually offered.
        from desk_mobility.core.routine.model import RoutineError

        try:
            summary = describe_routine(self.routine.title, self._routine_seconds())
        except RoutineError as exc:  # the break is still due; the guide says why it cannot open
            log.warning("routine file unusable: %s", exc)
            summary = DEFAULT_ROUTINE_SUMMARY
        self.notifier.routine_summary = summary
        shown = self.notifier.show_break(
            offer.offer_id, offer.sat_seconds, self.settings.snooze_minutes, offer.reoffer
        )
        if not shown:
            log.warning("the notification could not be shown")
            self._on_notification_lost(offer.offer_id)
        if not offer.reoffer and self.settings.chime:
            self.sounds.play("chime")

    def _on_notification_lost(self, offer_id: str) -> None:
        """The notification server went away or refused: the tray carries the break."""
        log.warning("the notification for %s could not be shown", offer_id)
        if self.tray is not None and self.status().break_due:
            self.tray.show_message(
                translate("Notification", "Time to move"),
                status_line(self.status(), self.clock.now()),
            )

    def _withdraw_notification(self) -> None:
        if self.notifier is not None:
            self.notifier.withdraw()

    def pause(self, minutes: int) -> None:
        if minutes <= 0:
            until = self.scheduler.pause_until_tomorrow()
        else:
            until = self.scheduler.pause_for(minutes)
        log.info("reminders paused until %s", until.isoformat(timespec="minutes"))

    # -- windows ----------------------------------------------------------
    def open_guide(self, offer_id: str | None = None) -> None:
        """Open the drill on its setup screen, raised and focused: the user asked for it.

        Every way in (the notification's Start, the tray, the no-tray window,
        ``--break-now``) comes here. ``offer_id`` is the offer a notification
        answer names. A drill under way is just raised; a summary still showing
        is closed first, which ends its break. The window is built before the
        break starts, so a guide that cannot be built leaves no break open.
        """
        guide = self._guide
        if guide is not None and not guide.at_summary:
            self.activation.spend("guide window")
            guide.open_setup()
            return
        if guide is not None:
            guide.close()  # its break ends here, once (finished reaches the scheduler)
        from desk_mobility.core.routine.model import RoutineError
        from desk_mobility.ui.guide.window import GuideWindow

        try:
            window = GuideWindow(
                self.routine,
                self.settings,
                self.clock,
                self.events,
                week_count=self._routines_this_week,
                sounds=self.sounds,
            )
        except RoutineError as exc:
            self.tell_user(translate("App", "The guide could not open"), str(exc))
            return
        started = self.scheduler.start_break(offer_id if isinstance(offer_id, str) else None)
        if started is None:
            log.warning("a break is already in the guide; not opening another")
            window.deleteLater()
            return
        window.begin_break(started.offer_id)
        self._unfollow_guide = self.live_settings.subscribe(
            lambda _old, new: window.apply_settings(new)
        )
        from PySide6.QtCore import Qt  # with a window: the idle app builds no Qt enum (ui/icons.py)

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.finished.connect(
            lambda completed, w=window, b=started.break_id: self._on_guide_finished(w, b, completed)
        )
        self._guide = window
        self.activation.spend("guide window")
        window.open_setup()
        log.info("guide window opened")

    def _on_guide_finished(self, window: GuideWindow, break_id: str, completed: bool) -> None:
        log.info("guide finished (%s)", "completed" if completed else "ended early")
        self.scheduler.finish_break(completed, break_id)
        if self._guide is window:
            self._guide = None
            if self._unfollow_guide is not None:
                self._unfollow_guide()
                self._unfollow_guide = None
        # The guide's picture caches are large, and the week it read is in
        # SQLite's cache; return them once the window is gone.
        QTimer.singleShot(SETTLE_MS, self._release_memory)
        if self._history is not None and self._history.isVisible():
            self._history.refresh()

    def _release_memory(self) -> None:
        self.store.release_memory()
        release_freed_memory()

    def _first_weekday(self) -> int:
        from desk_mobility.core.week import first_weekday_for  # with the history or a due break

        return first_weekday_for(self.settings.week_starts_on, QLocale().firstDayOfWeek().value - 1)

    def _routines_this_week(self) -> int:
        return self.store.routines_completed_this_week(
            self.clock.now().date(), self._first_weekday()
        )

    def open_history(self) -> None:
        from desk_mobility.ui.history.week_view import HistoryWindow

        if self._history is None:
            self._history = HistoryWindow(self.store, self._first_weekday(), self.clock)
        else:
            self._history.refresh()
        self._show_window(self._history)
        log.info("weekly history opened")

    def open_settings(self) -> None:
        from desk_mobility.platform.autostart import autostart_for
        from desk_mobility.ui.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            autostart = autostart_for()
            shown = replace(self.settings, start_at_login=autostart.is_enabled())
            self._settings_dialog = SettingsDialog(shown, self.apply_settings)
        self._show_window(self._settings_dialog)
        log.info("settings opened")

    def _show_window(self, window: QWidget) -> None:
        self.activation.spend(f"{window.windowTitle() or 'window'}")
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def apply_settings(self, new: Settings) -> None:
        """Make new settings take effect at once; raise SettingsError to refuse them."""
        from desk_mobility.platform.autostart import autostart_for, set_start_at_login

        if new.start_at_login != self.settings.start_at_login:
            autostart = autostart_for()
            if not set_start_at_login(new.start_at_login, autostart):
                raise SettingsError(
                    "start_at_login",
                    Text(
                        "Settings",
                        QT_TRANSLATE_NOOP("Settings", "could not write {location}"),
                        location=str(autostart.location),
                    ),
                )
        try:
            settings_file.save(self.paths.settings_file, new)
        except OSError as exc:
            raise SettingsError(
                "settings",
                Text(
                    "Settings",
                    QT_TRANSLATE_NOOP("Settings", "could not be saved: {error}"),
                    error=str(exc),
                ),
            ) from exc
        self.live_settings.change(new)
        log.info("settings applied")

    def tell_user(self, title: str, message: str, folder: Path | None = None) -> None:
        """A message the user must see (bad settings, a full disk, a moved database).

        It goes where break offers go (the notification server first), with
        "Open folder" where the backend has buttons, then to the tray's balloon
        or the no-tray window; always in the user's language.
        """
        log.warning("%s: %s", title, message)
        message = render(message, translate, number)
        if self.notifier is not None and self.notifier.show_notice(
            f"{APP_NAME}: {title}", message, str(folder) if folder is not None else None
        ):
            return
        if self.tray is not None:
            self.tray.show_message(f"{APP_NAME}: {title}", message)
        elif self.no_tray_window is not None:
            self.no_tray_window.show_notice(message)

    def handle_command(self, command: str) -> Reply:
        """A command from a later launch of the app."""
        if command == "status":
            return {"ok": True, "status": self.status_json()}
        if command == "quit":
            QTimer.singleShot(0, self.quit)
            return {"ok": True}
        if command == "loaded-modules":
            # Names marked absent (None, see platform/no_openssl.py) are not loaded.
            modules = [name for name, module in sys.modules.items() if module is not None]
            # PySide6 builds the Qt namespace's enums on first use, as if a
            # module were imported (1.4 MB, see ui/icons.py): listed once built.
            qt_core = sys.modules.get("PySide6.QtCore")
            if qt_core is not None and "Qt" in vars(qt_core):
                modules.append(QT_NAMESPACE)
            return {"ok": True, "modules": modules}
        if command == "break-now":
            self.open_guide()
            return {"ok": True}
        if command == "history":
            self.open_history()
            return {"ok": True}
        if command == "settings":
            self.open_settings()
            return {"ok": True}
        if command == "activate":
            if self.no_tray_window is not None:
                self._show_window(self.no_tray_window)
                return {
                    "ok": True,
                    "message": translate(
                        "App", "{app} is already running; its window is shown again."
                    ).format(app=APP_NAME),
                }
            return {
                "ok": True,
                "message": translate(
                    "App", "{app} is already running: see its icon in the system tray."
                ).format(app=APP_NAME),
            }
        return {"ok": False, "error": f"{command} is not available"}

    # -- shutdown ---------------------------------------------------------
    def quit(self) -> None:
        """Save state and let go of native resources before the application object goes."""
        if self._quitting:
            return
        self._quitting = True
        log.info("quitting")
        if self._guide is not None:
            self._guide.close()  # records the partial session
        self.scheduler.stop()
        self.quiet_watch.close()
        if self.notifier is not None:
            self.notifier.close()
        for bus in (self.session_bus, self.system_bus):
            if bus is not None:
                bus.close()
        for window in (self._history, self._settings_dialog, self.no_tray_window):
            if window is not None:
                window.hide()
                window.deleteLater()
        self._history = self._settings_dialog = self.no_tray_window = None
        if self.tray is not None:
            self.tray.dispose()
            self.tray = None
        self.store.close()
        self.qt_app.quit()


class _SignalBridge:
    """Lets SIGTERM/SIGINT reach Python while Qt's loop sleeps, without a polling timer.

    The C-level handler writes to a socket; a QSocketNotifier wakes the loop.
    """

    def __init__(self, on_signal: Any) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(lambda *_: self._drain(on_signal))

    def _drain(self, on_signal: Any) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        if data:
            log.info("signal %s received", ", ".join(str(b) for b in data))
            on_signal()

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        self.notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def run(
    paths: AppPaths,
    address: str,
    initial_command: str | None,
    verbose: bool,
    first: FirstIcon | None = None,
) -> int:
    """Start the app in this process; returns the exit status.

    ``first`` is the application object and tray icon the command line showed
    before importing the app; without it they are made here.
    """
    # The source text PySide6 read while the app was imported goes now, so
    # the objects built next reuse that memory instead of leaving it in holes.
    release_freed_memory()
    folder_problems = paths.ensure()
    configure_logging(paths.log_file, verbose)
    log.info(
        "%s %s starting (Python %s, platform %s)",
        APP_NAME,
        __version__,
        sys.version.split()[0],
        sys.platform,
    )

    first = first or show_first_icon()
    qt_app = first.qt_app
    app = DeskMobilityApp(qt_app, paths, SystemClock(), first=first)
    app.startup_messages[:0] = [(problem, paths.config_dir.parent) for problem in folder_problems]
    server = InstanceServer(address, app.handle_command)
    if not server.listen():
        if send_command(address, initial_command or "activate") is not None:
            log.info("another instance started first; handed it the command")
            app.store.close()
            return 0
        log.error("no command socket: later launches will not reach this instance")
    bridge = _SignalBridge(app.quit)
    app.start()
    if initial_command and initial_command != "activate":
        QTimer.singleShot(0, lambda: app.handle_command(initial_command))

    status = qt_app.exec()
    bridge.close()
    server.close()
    app.deleteLater()
    qt_app.processEvents()
    qt_app.shutdown()
    log.info("stopped with status %d", status)
    return status

"""Break notifications: one ``Notifier`` protocol and the chain that picks one.

The notification is the whole conversation while the user is mid-task, so the
best channel the desktop offers is chosen once at start-up and the choice is
logged:

1. ``org.freedesktop.Notifications`` over D-Bus with Start / Snooze / Skip
   buttons, id replacement and withdrawal (Linux desktops), with the tray's
   message standing in whenever the server or the bus fails mid-session
   (``FallbackNotifier``);
2. ``QSystemTrayIcon.showMessage``: a click means Start, Snooze and Skip stay
   in the tray menu (Windows, macOS, Linux with a tray but no server, or a
   server that cannot show buttons);
3. the D-Bus server without buttons (no tray to click), then plyer's
   ``notification.notify``: the message is shown, the tray menu is the way to
   act;
4. nothing: ``show_break`` returns False so the tray switches to its
   "break due" look.

No backend plays a sound: the app rings its own chime (and asks servers to
stay silent), so mute and quiet-time rules live in one place.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from desk_mobility.platform.notify.base import (
    ACTION_SKIP,
    ACTION_SNOOZE,
    ACTION_START,
    DEFAULT_ROUTINE_SUMMARY,
    TITLE,
    BreakMessage,
    NotifierBase,
    NotifierUnavailableError,
    NullNotifier,
    break_message,
    describe_routine,
)
from desk_mobility.platform.notify.fallback import FallbackNotifier
from desk_mobility.platform.notify.tray_message import TrayNotifier

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from desk_mobility.platform.notify.freedesktop import DBusNotifier

__all__ = [
    "ACTION_SKIP",
    "ACTION_SNOOZE",
    "ACTION_START",
    "DEFAULT_ROUTINE_SUMMARY",
    "TITLE",
    "BreakMessage",
    "Notifier",
    "NotifierBase",
    "NotifierUnavailableError",
    "NullNotifier",
    "TrayNotifier",
    "break_message",
    "choose_notifier",
    "describe_routine",
]

log = logging.getLogger(__name__)


class Notifier(Protocol):
    """What the app calls. Implementations are ``NotifierBase`` subclasses.

    ``show_break`` returns False when the user will not see anything, so the
    tray can show its "break due" look instead; it never raises for a missing
    service. Calling it again for a re-offer replaces the earlier message.
    """

    backend_name: str
    actions_in_notification: bool

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool: ...

    def withdraw(self) -> None: ...

    def close(self) -> None: ...


def choose_notifier(
    tray_icon: QSystemTrayIcon | None,
    *,
    routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
    app_name: str = "Desk Mobility",
    app_icon: str = "",
    desktop_entry: str | None = None,
    bus_address: str | None = None,
    platform: str = sys.platform,
    parent: QObject | None = None,
) -> NotifierBase:
    """Pick the best way to announce a break here, log the choice and why.

    ``bus_address`` defaults to the session bus of the environment;
    ``app_icon`` is an icon file path or a themed icon name;
    ``desktop_entry`` is the .desktop file id (without ".desktop") that lets
    some servers show the app's name and icon. ``platform`` is a parameter so
    each branch can be tested on any machine.
    """
    reasons: list[str] = []
    plain_dbus: DBusNotifier | None = None
    dbus_backend = _dbus_backend(reasons) if _has_dbus(platform) else None
    if dbus_backend is not None:
        try:
            dbus = dbus_backend.create(
                bus_address=bus_address,
                routine_summary=routine_summary,
                app_name=app_name,
                app_icon=app_icon,
                desktop_entry=desktop_entry,
                parent=parent,
            )
        except NotifierUnavailableError as err:
            reasons.append(f"D-Bus: {err}")
        else:
            if dbus.actions_in_notification:
                log.info("notifications: D-Bus server %s with Start/Snooze/Skip", dbus.server)
                try:
                    stand_in = TrayNotifier.create(
                        tray_icon, routine_summary=routine_summary, parent=parent
                    )
                except NotifierUnavailableError as err:
                    log.info("notifications: no stand-in if the server fails (%s)", err)
                    return dbus
                log.info("notifications: tray messages stand in whenever the server fails")
                return FallbackNotifier(
                    [dbus, stand_in], routine_summary=routine_summary, parent=parent
                )
            reasons.append(f"D-Bus: server {dbus.server} shows no buttons")
            plain_dbus = dbus

    try:
        tray = TrayNotifier.create(tray_icon, routine_summary=routine_summary, parent=parent)
    except NotifierUnavailableError as err:
        reasons.append(f"tray: {err}")
    else:
        if plain_dbus is not None:
            plain_dbus.close()
        log.info("notifications: tray messages, click to start (%s)", "; ".join(reasons))
        return tray

    if plain_dbus is not None:
        log.info("notifications: D-Bus without buttons, act from the tray (%s)", "; ".join(reasons))
        return plain_dbus

    # plyer imports a module per facade it offers: only pay for it when the
    # chain gets this far.
    from desk_mobility.platform.notify.plyer_fallback import PlyerNotifier

    try:
        plyer = PlyerNotifier.create(
            routine_summary=routine_summary,
            app_name=app_name,
            app_icon=app_icon,
            platform=platform,
            parent=parent,
        )
    except NotifierUnavailableError as err:
        reasons.append(f"plyer: {err}")
    else:
        log.info("notifications: plyer %s, no click (%s)", plyer.implementation, "; ".join(reasons))
        return plyer

    reason = "; ".join(reasons)
    log.warning("notifications: none available, the tray shows due breaks (%s)", reason)
    return NullNotifier(reason, routine_summary, parent)


def _has_dbus(platform: str) -> bool:
    return platform.startswith("linux") or "bsd" in platform


def _dbus_backend(reasons: list[str]) -> type[DBusNotifier] | None:
    """The D-Bus backend, if jeepney (a Linux-only dependency) is installed."""
    try:
        module = importlib.import_module("desk_mobility.platform.notify.freedesktop")
    except ImportError as err:
        reasons.append(f"D-Bus: {err}")
        return None
    backend: type[DBusNotifier] = module.DBusNotifier
    return backend

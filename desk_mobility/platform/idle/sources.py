"""How long since the last keyboard or mouse input, on each desktop.

Each way of asking sits behind the ``IdleSource`` protocol. The factory
``choose_idle_source`` tries them in an order that suits the platform and
session, keeps the first one that actually answers, and logs which one it
took and why the others were passed over. Where nothing answers, the
``UnknownIdleSource`` returns None and the tracker counts unlocked time.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

DBUS_TIMEOUT_SECONDS = 0.5


class IdleSource(Protocol):
    """Seconds since the last input; None when it cannot be read right now."""

    name: str

    def idle_seconds(self) -> float | None: ...

    def close(self) -> None: ...


@runtime_checkable
class WantsThresholds(Protocol):
    """A source told of events rather than asked: it needs the tracker's thresholds."""

    def watch_thresholds(self, short_idle_seconds: float, natural_break_seconds: float) -> None: ...


class IdleSourceUnavailableError(RuntimeError):
    """This way of reading idle time does not work here."""


class UnknownIdleSource:
    """Activity cannot be read: the app says so and counts unlocked time."""

    name = "unknown"

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


class _Quietly:
    """Shared by the real sources: a failure is logged once, then returns None."""

    name = "?"

    def __init__(self) -> None:
        self._failing = False

    def idle_seconds(self) -> float | None:
        try:
            value = self._read()
        except Exception as exc:  # an OS service failing must not crash the app
            if not self._failing:
                log.warning("idle source %s stopped answering: %s", self.name, exc)
            self._failing = True
            return None
        if self._failing:
            log.info("idle source %s answers again", self.name)
        self._failing = False
        return value

    def _read(self) -> float:
        raise NotImplementedError

    def close(self) -> None:
        pass


class X11IdleSource(_Quietly):
    """X11's MIT-SCREEN-SAVER extension (XScreenSaverQueryInfo), through libXss."""

    name = "x11"

    def __init__(self, display_name: str | None) -> None:
        super().__init__()
        from desk_mobility.platform._xlib import XDisplay, XlibUnavailableError, load_xss

        try:
            self._display = XDisplay(display_name)
            self._xss, self._info = load_xss(self._display)
        except XlibUnavailableError as exc:
            raise IdleSourceUnavailableError(str(exc)) from exc

    def _read(self) -> float:
        if not self._xss.XScreenSaverQueryInfo(
            self._display.handle, self._display.root, self._info
        ):
            raise OSError("XScreenSaverQueryInfo failed")
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        self._display.close()


class _DBusIdleSource(_Quietly):
    """A method on the session bus that answers idle milliseconds (jeepney, blocking)."""

    bus_name = ""
    path = ""
    interface = ""
    method = ""

    def __init__(self, bus_address: str | None) -> None:
        super().__init__()
        if not bus_address:
            raise IdleSourceUnavailableError("no session bus address")
        try:
            from jeepney import DBusAddress
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:  # jeepney is a Linux-only dependency
            raise IdleSourceUnavailableError(f"jeepney missing ({exc})") from exc
        try:
            self._conn = open_dbus_connection(bus=bus_address, auth_timeout=2.0)
        except Exception as exc:  # any failure means "not here"
            raise IdleSourceUnavailableError(f"cannot connect to the session bus ({exc})") from exc
        self._address = DBusAddress(self.path, bus_name=self.bus_name, interface=self.interface)

    def _read(self) -> float:
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        reply = self._conn.send_and_get_reply(
            new_method_call(self._address, self.method), timeout=DBUS_TIMEOUT_SECONDS
        )
        body: tuple[Any, ...] = unwrap_msg(reply)
        milliseconds: int = body[0]
        return milliseconds / 1000.0

    def close(self) -> None:
        self._conn.close()


class MutterIdleSource(_DBusIdleSource):
    """GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor.GetIdletime."""

    name = "gnome-mutter"
    bus_name = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class FreedesktopIdleSource(_DBusIdleSource):
    """KDE and others: org.freedesktop.ScreenSaver.GetSessionIdleTime."""

    name = "freedesktop-screensaver"
    bus_name = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


class WindowsIdleSource(_Quietly):
    """Windows: GetLastInputInfo against GetTickCount (both wrap every 49.7 days)."""

    name = "windows"

    def __init__(self) -> None:
        super().__init__()
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            raise IdleSourceUnavailableError("not Windows")
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._kernel32.GetTickCount.argtypes = []
        self._kernel32.GetTickCount.restype = ctypes.c_uint32

    def _read(self) -> float:
        info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            raise OSError("GetLastInputInfo failed")
        elapsed = (int(self._kernel32.GetTickCount()) - int(info.dwTime)) & 0xFFFFFFFF
        return elapsed / 1000.0


class MacIdleSource(_Quietly):
    """macOS: CGEventSourceSecondsSinceLastEventType for any input event."""

    name = "macos"
    COMBINED_SESSION_STATE = 0
    ANY_INPUT_EVENT = 0xFFFFFFFF

    def __init__(self) -> None:
        super().__init__()
        from ctypes.util import find_library

        path = find_library("ApplicationServices") or find_library("CoreGraphics")
        if path is None:
            raise IdleSourceUnavailableError("CoreGraphics not found")
        try:
            lib = ctypes.CDLL(path)
            fn = lib.CGEventSourceSecondsSinceLastEventType
        except (OSError, AttributeError) as exc:
            raise IdleSourceUnavailableError(str(exc)) from exc
        fn.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        fn.restype = ctypes.c_double
        self._fn = fn

    def _read(self) -> float:
        return float(self._fn(self.COMBINED_SESSION_STATE, self.ANY_INPUT_EVENT))


Builder = Callable[[Mapping[str, str]], IdleSource]


def _ext_idle_notify(env: Mapping[str, str]) -> IdleSource:
    from desk_mobility.platform.idle.ext_idle_notify import ExtIdleNotifySource
    from desk_mobility.platform.idle.wayland_wire import WaylandError

    try:
        return ExtIdleNotifySource(env)
    except WaylandError as exc:
        raise IdleSourceUnavailableError(str(exc)) from exc


BUILDERS: dict[str, Builder] = {
    "x11": lambda env: X11IdleSource(env.get("DISPLAY")),
    "gnome-mutter": lambda env: MutterIdleSource(env.get("DBUS_SESSION_BUS_ADDRESS")),
    "ext-idle-notify": _ext_idle_notify,
    "freedesktop-screensaver": lambda env: FreedesktopIdleSource(
        env.get("DBUS_SESSION_BUS_ADDRESS")
    ),
    "windows": lambda env: WindowsIdleSource(),
    "macos": lambda env: MacIdleSource(),
}


def candidate_names(platform: str, env: Mapping[str, str]) -> list[str]:
    """The sources worth trying here, best first.

    Under Wayland the X server only sees X clients' input, so XWayland's idle
    time lies: X11 is left out. GNOME's own monitor comes first there (Mutter
    offers no ext-idle-notify before GNOME 47), then the compositor's
    ext-idle-notify-v1 (KDE, Sway, Hyprland, COSMIC), then the older D-Bus
    screensaver service.
    """
    if platform.startswith(("win", "cygwin")):
        return ["windows"]
    if platform == "darwin":
        return ["macos"]
    bus = bool(env.get("DBUS_SESSION_BUS_ADDRESS"))
    mutter = ["gnome-mutter"] if bus else []
    screensaver = ["freedesktop-screensaver"] if bus else []
    if is_wayland_session(env):
        return [*mutter, "ext-idle-notify", *screensaver]
    return (["x11"] if env.get("DISPLAY") else []) + mutter + screensaver


def is_wayland_session(env: Mapping[str, str]) -> bool:
    return env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY"))


def choose_idle_source(
    platform: str | None = None,
    env: Mapping[str, str] | None = None,
    builders: Mapping[str, Builder] | None = None,
) -> IdleSource:
    """The first source that answers here; ``UnknownIdleSource`` if none does."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    builders = BUILDERS if builders is None else builders
    for name in candidate_names(platform, env):
        builder = builders.get(name)
        if builder is None:
            continue
        try:
            source = builder(env)
        except IdleSourceUnavailableError as exc:
            log.info("idle source %s not available: %s", name, exc)
            continue
        value = source.idle_seconds()
        if value is None:
            log.info("idle source %s does not answer here", name)
            source.close()
            continue
        log.info("idle source: %s (idle now %.1f s)", source.name, value)
        return source
    log.warning("no idle source answers: activity cannot be read, unlocked time counts")
    return UnknownIdleSource()

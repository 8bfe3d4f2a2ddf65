"""A minimal, typed ctypes binding to Xlib for reading idle time and window state.

Every function used has its ``argtypes``/``restype`` declared: without them
ctypes passes 64-bit pointers as 32-bit ints and the process crashes. Xlib's
default error handler exits the process on any protocol error (a window that
closed between two calls is enough), so a harmless handler is installed once.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

log = logging.getLogger(__name__)

ANY_PROPERTY_TYPE = 0
SUCCESS = 0
#: The libraries opened here, by soname and by the short name a search takes.
#: packaging/desk-mobility.spec bundles them: PyInstaller only sees a library
#: whose name is written in the ctypes call itself.
LIBX11 = ("libX11.so.6", "X11")
LIBXSS = ("libXss.so.1", "Xss")

_ErrorHandler = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)


class XScreenSaverInfo(Structure):
    _fields_ = (
        ("window", c_ulong),
        ("state", c_int),
        ("kind", c_int),
        ("til_or_since", c_ulong),
        ("idle", c_ulong),
        ("eventMask", c_ulong),
    )


class XlibUnavailableError(RuntimeError):
    """No libX11, no display, or the display refused the connection."""


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    # A window vanished or a property went away: the caller sees an empty
    # answer and moves on. Never let Xlib exit the process.
    return 0


_HANDLER = _ErrorHandler(_ignore_x_error)
_libx11: ctypes.CDLL | None = None


def _open_library(soname: str, short_name: str) -> ctypes.CDLL:
    """The library by the name it has had for decades, and searched for only if that fails.

    ``ctypes.util.find_library`` runs ``ldconfig -p`` (and on some systems a
    compiler) in a child process: milliseconds at every start, and a module
    kept all day, to learn a name the dynamic loader already knows.
    """
    try:
        return ctypes.CDLL(soname)
    except OSError:
        from ctypes.util import find_library

        found = find_library(short_name)
        if found is None:
            raise
        return ctypes.CDLL(found)


def _load_x11() -> ctypes.CDLL:
    global _libx11  # noqa: PLW0603 - one library handle per process
    if _libx11 is not None:
        return _libx11
    try:
        lib = _open_library(*LIBX11)
    except OSError as exc:
        raise XlibUnavailableError(f"libX11 not found ({exc})") from exc
    lib.XOpenDisplay.argtypes = [c_char_p]
    lib.XOpenDisplay.restype = c_void_p
    lib.XDisplayString.argtypes = [c_void_p]
    lib.XDisplayString.restype = c_char_p
    lib.XCloseDisplay.argtypes = [c_void_p]
    lib.XCloseDisplay.restype = c_int
    lib.XDefaultRootWindow.argtypes = [c_void_p]
    lib.XDefaultRootWindow.restype = c_ulong
    lib.XFree.argtypes = [c_void_p]
    lib.XFree.restype = c_int
    lib.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
    lib.XInternAtom.restype = c_ulong
    lib.XGetWindowProperty.argtypes = [
        c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
        POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong),
        POINTER(POINTER(c_ubyte)),
    ]  # fmt: skip
    lib.XGetWindowProperty.restype = c_int
    lib.XSetErrorHandler.argtypes = [_ErrorHandler]
    lib.XSetErrorHandler.restype = c_void_p
    lib.XSetErrorHandler(_HANDLER)
    _libx11 = lib
    return lib


def _qt_display(lib: ctypes.CDLL, display_name: str) -> int:
    """Qt's own Xlib display when this process's Qt talks to ``display_name``; 0 otherwise.

    Each Xlib connection holds about 80 kB of buffers and the server's setup,
    and the idle time and the fullscreen probe each opened one beside Qt's.
    They share Qt's instead. The app reads both from its event loop, on
    Qt's thread, and Qt keeps the display as long as the application object,
    longer than either of them. Qt is only asked where it is loaded already:
    the platform code also runs, and is tested, without it.
    """
    qt_gui = sys.modules.get("PySide6.QtGui")
    if qt_gui is None:
        return 0
    app = qt_gui.QGuiApplication.instance()
    if app is None:
        return 0
    native = app.nativeInterface()
    if not isinstance(native, qt_gui.QNativeInterface.QX11Application):
        return 0
    handle = int(native.display() or 0)
    if not handle:
        return 0  # Qt on another platform plugin, with no X display of its own
    name = lib.XDisplayString(handle)
    return handle if name is not None and name.decode(errors="replace") == display_name else 0


class XDisplay:
    """An Xlib connection for the life of its user: Qt's where it can be, else its own."""

    def __init__(self, display_name: str | None) -> None:
        self.lib = _load_x11()
        if not display_name:
            raise XlibUnavailableError("DISPLAY is not set")
        borrowed = _qt_display(self.lib, display_name)
        handle = borrowed or self.lib.XOpenDisplay(display_name.encode())
        if not handle:
            raise XlibUnavailableError(f"cannot open display {display_name}")
        self.handle: int = handle
        self.borrowed = bool(borrowed)
        self.name = display_name
        self.root: int = self.lib.XDefaultRootWindow(handle)
        self._atoms: dict[str, int] = {}

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = int(self.lib.XInternAtom(self.handle, name.encode(), 0))
        return self._atoms[name]

    def cardinal_list(self, window: int, prop: str, prop_type: int) -> list[int]:
        """A 32-bit-format property as a list of ints; empty if absent or gone."""
        actual_type = c_ulong()
        actual_format = c_int()
        count = c_ulong()
        remaining = c_ulong()
        data = POINTER(c_ubyte)()
        status = self.lib.XGetWindowProperty(
            self.handle, window, self.atom(prop), 0, 1024, 0, prop_type,
            byref(actual_type), byref(actual_format), byref(count), byref(remaining),
            byref(data),
        )  # fmt: skip
        try:
            if status != SUCCESS or not data or actual_format.value != 32:
                return []
            # Format 32 arrives as an array of C longs, whatever their width.
            values = ctypes.cast(data, POINTER(c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            if data:
                self.lib.XFree(data)

    def close(self) -> None:
        """Close a connection of its own; Qt's stays open for Qt."""
        if self.handle and not self.borrowed:
            self.lib.XCloseDisplay(self.handle)
        self.handle = 0


def load_xss(display: XDisplay) -> tuple[ctypes.CDLL, ctypes._Pointer[XScreenSaverInfo]]:
    """libXss with its calls declared, and an info record to query into."""
    try:
        lib = _open_library(*LIBXSS)
    except OSError as exc:
        raise XlibUnavailableError(f"libXss not found ({exc})") from exc
    lib.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
    lib.XScreenSaverQueryExtension.restype = c_int
    lib.XScreenSaverAllocInfo.argtypes = []
    lib.XScreenSaverAllocInfo.restype = POINTER(XScreenSaverInfo)
    lib.XScreenSaverQueryInfo.argtypes = [c_void_p, c_ulong, POINTER(XScreenSaverInfo)]
    lib.XScreenSaverQueryInfo.restype = c_int
    event_base, error_base = c_int(), c_int()
    if not lib.XScreenSaverQueryExtension(display.handle, byref(event_base), byref(error_base)):
        raise XlibUnavailableError(f"display {display.name} lacks the MIT-SCREEN-SAVER extension")
    info = lib.XScreenSaverAllocInfo()
    if not info:
        raise XlibUnavailableError("XScreenSaverAllocInfo failed")
    return lib, info

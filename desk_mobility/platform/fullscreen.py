"""Is the window the user is looking at fullscreen? (a call, a talk, a game)

On X11 the window manager names the active window in ``_NET_ACTIVE_WINDOW``
on the root window and marks fullscreen windows with
``_NET_WM_STATE_FULLSCREEN`` in their ``_NET_WM_STATE``. Elsewhere there is
no probe (Wayland has no protocol for another client's fullscreen state), breaks
are never held back for this reason, and ``--status`` says so.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

log = logging.getLogger(__name__)

FullscreenProbe = Callable[[], bool | None]


class X11FullscreenProbe:
    """Reads the active window's state; None when the window manager does not say."""

    name = "x11"

    def __init__(self, display_name: str | None) -> None:
        from desk_mobility.platform._xlib import ANY_PROPERTY_TYPE, XDisplay

        self._display = XDisplay(display_name)
        # Any type: window managers and tools differ (WINDOW vs CARDINAL).
        self._any = ANY_PROPERTY_TYPE
        self._fullscreen = self._display.atom("_NET_WM_STATE_FULLSCREEN")

    def __call__(self) -> bool | None:
        display = self._display
        active = display.cardinal_list(display.root, "_NET_ACTIVE_WINDOW", self._any)
        if not active or active[0] == 0:
            return None  # no EWMH window manager, or nothing focused
        states = display.cardinal_list(active[0], "_NET_WM_STATE", self._any)
        return self._fullscreen in states

    def close(self) -> None:
        self._display.close()


def unavailable_reason(platform: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """Why this session has no fullscreen probe, in plain words; "" when it may have one."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return "not read on this system"
    if env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY")):
        return "a Wayland session lets no app see whether another app's window is fullscreen"
    if not env.get("DISPLAY"):
        return "no X display"
    return ""


def choose_fullscreen_probe(
    platform: str | None = None, env: Mapping[str, str] | None = None
) -> FullscreenProbe | None:
    """A probe for this session, or None (and a log line) where there is none."""
    env = os.environ if env is None else env
    reason = unavailable_reason(platform, env)
    if reason:
        log.info("fullscreen detection not available in this session: %s", reason)
        return None
    from desk_mobility.platform._xlib import XlibUnavailableError

    try:
        probe = X11FullscreenProbe(env.get("DISPLAY"))
    except XlibUnavailableError as exc:
        log.info("fullscreen detection not available: %s", exc)
        return None
    log.info("fullscreen detection: x11 (_NET_WM_STATE_FULLSCREEN)")
    return probe

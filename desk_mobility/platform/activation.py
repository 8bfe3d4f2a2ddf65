"""Coming to the front on Wayland: xdg-activation tokens from whoever the user clicked.

A Wayland client cannot raise or focus its own window; the compositor does it
only for a token it handed to the program the user just used. The
notification server sends one with ``ActivationToken`` right before
``ActionInvoked`` (notification spec 1.2); a tray host calls the
StatusNotifierItem's ``ProvideXdgActivationToken`` right before ``Activate``
(Qt's tray item puts that one in the environment itself). Qt's Wayland plugin
spends ``XDG_ACTIVATION_TOKEN`` on the next window activation and clears it,
so the token is put there just before the window is raised. Without a token
the window still opens; the compositor decides whether it comes to the front
or is only marked as wanting attention, and the log says which case it was.
"""

from __future__ import annotations

import ctypes
import logging
import os
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"
# A token is for the click that made it: one older than this is not spent.
TOKEN_LIFETIME_SECONDS = 30.0


def process_getenv(name: str) -> str:
    """The variable as the toolkit sees it: the C environment, not ``os.environ``'s copy."""
    try:
        getenv = ctypes.CDLL(None).getenv
    except (OSError, AttributeError):
        return os.environ.get(name, "")
    getenv.restype = ctypes.c_char_p
    getenv.argtypes = [ctypes.c_char_p]
    value = getenv(name.encode())
    return value.decode(errors="replace") if value else ""


class ActivationTokens:
    """Holds the last token offered and spends it on the next window brought forward."""

    def __init__(
        self,
        *,
        enabled: bool = True,
        monotonic: Callable[[], float] = time.monotonic,
        getenv: Callable[[str], str] = process_getenv,
        putenv: Callable[[str, str], None] = os.putenv,
    ) -> None:
        """``enabled`` is False where windows raise themselves (X11, Windows, macOS).

        The token goes straight into the C environment (``os.putenv``), where Qt
        reads and clears it; ``os.environ`` would keep a stale copy.
        """
        self.enabled = enabled
        self._getenv = getenv
        self._putenv = putenv
        self._monotonic = monotonic
        self._token = ""
        self._origin = ""
        self._at = 0.0

    def offer(self, token: str, origin: str) -> None:
        """A token arrived from ``origin`` (the notification server, the tray host)."""
        if not token:
            return
        self._token, self._origin, self._at = token, origin, self._monotonic()
        log.debug("activation token from %s", origin)

    def spend(self, what: str) -> str:
        """Put the freshest token where the toolkit takes it; returns where it came from.

        Returns "" when there was none, after logging that the compositor decides.
        """
        if not self.enabled:
            return ""
        token, origin = self._token, self._origin
        fresh = bool(token) and self._monotonic() - self._at <= TOKEN_LIFETIME_SECONDS
        self._token = self._origin = ""
        if fresh:
            self._putenv(TOKEN_VARIABLE, token)
        elif self._getenv(TOKEN_VARIABLE):
            origin = "the tray host or launcher"  # Qt's tray item keeps it there
        else:
            log.info(
                "%s opened without an activation token: the compositor decides whether it "
                "comes to the front or asks for attention",
                what,
            )
            return ""
        log.info("%s brought to the front with an activation token from %s", what, origin)
        return origin

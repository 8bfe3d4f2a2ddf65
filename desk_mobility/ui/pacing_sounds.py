"""What the app plays, and when: the settings' part of the pacing sounds.

The players themselves (ui/sounds.py, with QProcess and the platform's audio
tools) load with the first sound: the idle app holds this much all day and
may not play anything before the next break.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from desk_mobility.core.settings import Settings

if TYPE_CHECKING:
    from desk_mobility.ui.sounds import SoundBackend, SoundName

log = logging.getLogger(__name__)


def _choose_backend() -> SoundBackend:
    from desk_mobility.ui.sounds import choose_backend

    return choose_backend()


class PacingSounds:
    """Plays the named sounds at the volume in settings, or not at all when muted.

    ``sounds`` in settings mutes the tick and the turn tone; ``chime`` mutes the
    break chime. The backend is chosen lazily on the first sound, so a window
    that never plays anything never touches the audio system.
    """

    def __init__(
        self,
        settings: Settings,
        backend: SoundBackend | None = None,
        *,
        backend_factory: Callable[[], SoundBackend] = _choose_backend,
    ) -> None:
        self._settings = settings
        self._backend = backend
        self._backend_factory = backend_factory
        self._failed = False

    @property
    def backend_name(self) -> str:
        return self._backend.name if self._backend is not None else "not chosen yet"

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings

    def enabled(self, name: SoundName) -> bool:
        if self._settings.volume <= 0:
            return False
        if name == "chime":
            return self._settings.chime
        return self._settings.sounds

    def play(self, name: SoundName) -> None:
        if not self.enabled(name) or self._failed:
            return
        if self._backend is None:
            self._backend = self._backend_factory()
        try:
            self._backend.play(name, self._settings.volume / 100.0)
        except Exception:  # a broken audio stack must not break the drill
            log.exception("sound: playing %s failed; sounds are off for this run", name)
            self._failed = True

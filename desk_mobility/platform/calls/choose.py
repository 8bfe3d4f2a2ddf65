"""Which call watchers this machine offers, and the choice logged."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

from desk_mobility.platform.quiet_source import QuietSource

log = logging.getLogger(__name__)


def choose_call_sources(platform: str | None = None) -> list[QuietSource]:
    """Watchers for the microphone and the camera; an empty list where there are none."""
    platform = platform or sys.platform
    sources: list[QuietSource] = []
    if platform.startswith("linux"):
        # Only whether pulsectl is there: importing it would load libpulse into this
        # process. The watcher process loads it near a break and says if it is missing.
        if importlib.util.find_spec("pulsectl") is None:
            log.info("call detection: pulsectl is not installed; the microphone is not watched")
        else:
            from desk_mobility.platform.calls.pulse import PulseCallSource

            sources.append(PulseCallSource())
        from desk_mobility.platform.calls.camera import CameraCallSource

        sources.append(CameraCallSource(Path("/dev"), Path("/proc")))
    elif platform == "win32":
        import winreg  # type: ignore[import-not-found,unused-ignore]

        from desk_mobility.platform.calls.windows import WindowsCallSource

        sources.append(WindowsCallSource(winreg, Path(sys.executable).name))
    elif platform == "darwin":
        from desk_mobility.platform.calls.macos import CoreAudioReader, MacCallSource

        try:
            sources.append(MacCallSource(CoreAudioReader()))
        except OSError as exc:
            log.info("call detection: CoreAudio not available (%s)", exc)
    log.info("call detection: %s", ", ".join(s.name for s in sources) or "nothing here")
    return sources

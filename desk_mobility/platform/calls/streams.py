"""Which capture streams are a call: a pure decision over what the sound server lists.

A stream counts when it records from a real input (not the monitor of an
output: a visualizer or a recording of system sound is not a call), is not
corked (a paused recorder hears nothing), is not this app's own, and is not
a level meter of a volume control.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Volume controls open a peak-detect stream on the microphone to draw its meter.
LEVEL_METERS = frozenset({"org.PulseAudio.pavucontrol", "org.gnome.VolumeControl"})
PEAK_DETECT_NAME = "Peak detect"


@dataclass(frozen=True, slots=True)
class CaptureStream:
    """One source output as the sound server lists it."""

    source: int  # index of the source it records from
    corked: bool = False
    properties: Mapping[str, str] = field(default_factory=dict)

    @property
    def program(self) -> str:
        props = self.properties
        return (
            props.get("application.name")
            or props.get("application.process.binary")
            or props.get("media.name")
            or "a program"
        )


def recording_programs(
    streams: Iterable[CaptureStream], monitor_sources: Iterable[int], own_pid: int
) -> list[str]:
    """The programs recording from a microphone now, in the server's order, each once."""
    monitors = set(monitor_sources)
    found: list[str] = []
    for stream in streams:
        props = stream.properties
        if stream.corked or stream.source in monitors:
            continue
        if props.get("stream.capture.sink") == "true":  # PipeWire: recording an output
            continue
        if props.get("application.process.id") == str(own_pid):
            continue
        if props.get("application.id") in LEVEL_METERS or props.get("media.name") == (
            PEAK_DETECT_NAME
        ):
            continue
        if stream.program not in found:
            found.append(stream.program)
    return found

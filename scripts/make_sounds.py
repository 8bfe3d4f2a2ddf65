"""Generate the pacing sounds into desk_mobility/assets/sounds/ (deterministic, stdlib only).

tick.wav   a soft wooden tick for each counted rep
turn.wav   a rising two-note tone for a side change and the end of a set
chime.wav  a gentle bell for a break that is due

The WAVs are committed; rerun this after changing a sound's recipe.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
ASSETS = Path(__file__).resolve().parent.parent / "desk_mobility" / "assets" / "sounds"


def render(seconds: float, voice: Callable[[float], float], peak: float) -> list[float]:
    """Sample ``voice`` over ``seconds`` and normalise to ``peak`` (0..1)."""
    samples = [voice(i / RATE) for i in range(int(seconds * RATE))]
    top = max(abs(s) for s in samples) or 1.0
    fade = int(0.004 * RATE)  # no click at either end
    out = [s / top * peak for s in samples]
    for i in range(min(fade, len(out))):
        out[i] *= i / fade
        out[-1 - i] *= i / fade
    return out


def tick(t: float) -> float:
    body = math.sin(2 * math.pi * 1850 * t) * math.exp(-t * 90)
    knock = math.sin(2 * math.pi * 620 * t) * math.exp(-t * 60)
    return body + 0.6 * knock


def turn(t: float) -> float:
    def note(freq: float, start: float) -> float:
        if t < start:
            return 0.0
        u = t - start
        attack = min(u / 0.01, 1.0)
        return (
            attack
            * math.exp(-u * 7)
            * (math.sin(2 * math.pi * freq * u) + 0.25 * math.sin(2 * math.pi * 2 * freq * u))
        )

    return note(659.25, 0.0) + note(987.77, 0.14)  # E5 then B5


def chime(t: float) -> float:
    partials: Sequence[tuple[float, float, float]] = (
        (1046.5, 1.0, 2.2),  # C6
        (1318.5, 0.55, 2.8),  # E6
        (1568.0, 0.4, 3.4),  # G6
        (2093.0, 0.18, 5.0),  # C7 shimmer
    )
    attack = min(t / 0.006, 1.0)
    ring = sum(a * math.exp(-t * d) * math.sin(2 * math.pi * f * t) for f, a, d in partials)
    return attack * ring


def write(path: Path, samples: list[float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)


def main(folder: Path = ASSETS) -> int:
    write(folder / "tick.wav", render(0.07, tick, 0.35))
    write(folder / "turn.wav", render(0.55, turn, 0.55))
    write(folder / "chime.wav", render(1.6, chime, 0.5))
    for name in ("tick.wav", "turn.wav", "chime.wav"):
        print(f"{folder / name}: {(folder / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ASSETS))

"""What the figure shows: how far it is turned, and the steps a turn is drawn in.

Every layer of the drawing, the widget and the sprite caches agree on these
steps, so they live below all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Layer = Literal["all", "still", "moving", "body", "beam"]
"""What a painter draws: a widget caches the "still" layer and redraws the rest."""

MAX_DEGREES = 42.0
"""End range drawn for a full rotation: a believable thoracic turn."""

STEP_DEGREES = 0.5
"""The finest turn the figure shows: under half a pixel at the shoulders, so
the motion looks continuous, and few enough steps for the sprites to be cached."""


@dataclass(frozen=True, slots=True)
class FigurePose:
    """What to draw. ``rotation`` is +1 at full right, -1 at full left."""

    rotation: float = 0.0
    rounding: float = 1.0
    beam: bool = True
    inset: bool = True
    side_view: bool = False


def turn_step(rotation: float, step_degrees: float = STEP_DEGREES) -> int:
    """The rotation as a whole number of steps (the cache key).

    The nearest step, except that only an exactly square pose is step 0: the
    figure looks square in the very frame the routine counts the rep, not
    a few frames before it.
    """
    steps = max(-1.0, min(1.0, rotation)) * MAX_DEGREES / step_degrees
    nearest = round(steps)
    if nearest == 0 and steps != 0.0:
        return 1 if steps > 0 else -1
    return nearest


def quantized(pose: FigurePose, step_degrees: float = STEP_DEGREES) -> FigurePose:
    """The pose turned to the nearest drawable step: 0, +1 and -1 stay exact."""
    rotation = turn_step(pose.rotation, step_degrees) * step_degrees / MAX_DEGREES
    return pose if rotation == pose.rotation else replace(pose, rotation=rotation)

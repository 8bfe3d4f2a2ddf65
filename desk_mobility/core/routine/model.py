"""The drill as data: what a routine file says, already checked.

A routine (TOML under ``desk_mobility/assets/routines/``) holds everything the guide shows:
setup steps, cues, dose and tempo, so a new routine is a new file, not new code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_mobility.core.events import Direction

DIRECTIONS: tuple[Direction, ...] = ("right", "left")


class RoutineError(ValueError):
    """A routine file that cannot be used; the message names the field."""

    def __init__(self, field_name: str, reason: str, source: str = "") -> None:
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


SETUP_PICTURES = ("rounded-back",)
"""Drawings a setup step may ask for: the side view of the slightly rounded back."""


@dataclass(frozen=True, slots=True)
class SetupStep:
    """One item of the setup checklist shown before the first rep.

    ``picture`` names a small drawing the guide shows beside the step (one of
    ``SETUP_PICTURES``), so a routine file can ask for it without code changes.
    """

    title: str
    detail: str
    picture: str = ""


@dataclass(frozen=True, slots=True)
class Compensation:
    """A way the body cheats the movement, and the cue that corrects it."""

    name: str
    cue: str


@dataclass(frozen=True, slots=True)
class Tempo:
    """Guided pacing of one rep (from the settings), plus the routine's pause to switch sides."""

    turn_seconds: float
    hold_seconds: float
    return_seconds: float
    switch_seconds: float = 3.0

    @property
    def rep_seconds(self) -> float:
        return self.turn_seconds + self.hold_seconds + self.return_seconds


@dataclass(frozen=True, slots=True)
class About:
    """The "why this helps" text: what the movement is and what it is for."""

    what: str = ""
    key_detail: str = ""
    causes: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    not_this: str = ""


@dataclass(frozen=True, slots=True)
class Routine:
    """A drill as loaded from its file; immutable and free of any UI."""

    id: str
    title: str
    tagline: str
    why: str
    disclaimer: str
    equipment: tuple[str, ...]
    setup: tuple[SetupStep, ...]
    early_cues: tuple[str, ...]
    late_cues: tuple[str, ...]
    compensations: tuple[Compensation, ...]
    # The drill's own shape. How much of it and how fast (sets, reps, rest,
    # turn, hold, return) are settings: the settings table holds their
    # defaults and bounds, so a routine file cannot quietly disagree.
    directions: tuple[Direction, ...]
    switch_seconds: float
    about: About = field(default_factory=About)

"""The player that counts the drill.

``RoutinePlayer`` is the counting machine behind the guide window. It owns no
timer: the window calls ``tick(now_monotonic)`` (60 times a second while it
draws, rarely while hidden) and reads back the pose phase, the count and the
cue. Because the figure's angle, the count and the pacing sounds all come from
the same tick, they cannot disagree: a rep is counted at the exact moment its
rotation returns to centre.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from desk_mobility.core.clock import Clock
from desk_mobility.core.events import (
    CheckIn,
    CheckInMoment,
    Direction,
    EventSink,
    RepCounted,
    RoutineEnded,
    RoutineMode,
    RoutineStarted,
)
from desk_mobility.core.routine.model import (
    Routine,
    Tempo,
)
from desk_mobility.core.settings import Settings
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text

# Clock readings are sums of float steps: a rep due at 3.5 s must count at 3.4999999.
_EPSILON = 1e-6


class Stage(Enum):
    """Where the player is in a session."""

    READY = "ready"
    MOVING = "moving"
    SWITCH = "switch"
    REST = "rest"
    DONE = "done"


Beat = Literal["rep", "switch", "set_end", "rest_end", "done"]
"""Moments the window marks with a sound: a rep, a side change, a set end..."""

RepPhase = Literal["still", "turn", "hold", "return"]
CueKind = Literal["flashlight", "compensation", "rounded", "switch", "rest"]


@dataclass(frozen=True, slots=True)
class Plan:
    """The dose and tempo in force: the routine's own, overridden by settings."""

    sets: int
    reps_per_direction: int
    directions: tuple[Direction, ...]
    rest_seconds: float
    tempo: Tempo
    mode: RoutineMode

    @classmethod
    def of(cls, routine: Routine, settings: Settings | None = None) -> Plan:
        """The routine's shape with the settings' dose and tempo (their defaults if None)."""
        settings = settings or Settings()
        mode: RoutineMode = "self-paced" if settings.mode == "self-paced" else "guided"
        return cls(
            sets=settings.sets,
            reps_per_direction=settings.reps_per_direction,
            directions=routine.directions,
            rest_seconds=float(settings.rest_seconds),
            tempo=Tempo(
                turn_seconds=settings.turn_seconds,
                hold_seconds=settings.hold_seconds,
                return_seconds=settings.return_seconds,
                switch_seconds=routine.switch_seconds,
            ),
            mode=mode,
        )

    @property
    def total_reps(self) -> int:
        return self.sets * self.reps_per_direction * len(self.directions)

    def estimated_seconds(self) -> float:
        """Roughly how long a guided session takes, for the setup screen."""
        return (
            self.total_reps * self.tempo.rep_seconds
            + self.sets * (len(self.directions) - 1) * self.tempo.switch_seconds
            + (self.sets - 1) * self.rest_seconds
        )


@dataclass(frozen=True, slots=True)
class Cue:
    """The one cue to show now. ``kind`` lets the window pick an icon."""

    kind: CueKind
    text: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Position:
    """Which set (0-based) and which direction (index into the plan) is current."""

    set_index: int
    direction_index: int


class RoutinePlayer:
    """Counts one session of a routine, driven by an injected clock.

    Guided mode: the tempo turns, holds and returns; a rep is counted the
    moment the return reaches centre. Self-paced mode: ``mark_rep`` counts,
    and the figure plays one brisk rotation to follow. Every count change
    goes to the sink as ``RepCounted`` carrying the new total, so an undo is
    recorded the same way. ``tick`` and ``mark_rep`` return the beats that
    happened (rep, switch, set_end, rest_end, done) for the pacing sounds.
    """

    FOLLOW_SECONDS = 0.9

    def __init__(
        self,
        routine: Routine,
        settings: Settings | None,
        clock: Clock,
        sink: EventSink,
        *,
        session_id: str | None = None,
        offer_id: str | None = None,
        id_factory: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.routine = routine
        self.plan = Plan.of(routine, settings)
        self._clock = clock
        self._sink = sink
        self.session_id = session_id or id_factory()
        self._offer_id = offer_id
        self._stage = Stage.READY
        self._pos = Position(0, 0)
        self._counts: dict[tuple[int, int], int] = {}
        self._stage_time = 0.0  # active seconds spent in the current stage
        self._last_now: float | None = None
        self._paused = False
        self._started_at: float | None = None
        self._ended_at: float | None = None
        self._completed = False
        self._follow_from: float | None = None  # self-paced echo animation start
        self._checkins: dict[CheckInMoment, int] = {}

    # ------------------------------------------------------------ queries

    @property
    def stage(self) -> Stage:
        return self._stage

    @property
    def mode(self) -> RoutineMode:
        return self.plan.mode

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def completed(self) -> bool:
        return self._completed

    @property
    def started(self) -> bool:
        return self._stage is not Stage.READY

    @property
    def has_session(self) -> bool:
        """Whether a session was opened (and so recorded), even if it has ended."""
        return self._started_at is not None

    @property
    def set_number(self) -> int:
        """1-based set currently shown (during rest: the set that comes next)."""
        return self._pos.set_index + 1

    @property
    def direction(self) -> Direction:
        return self.plan.directions[self._pos.direction_index]

    @property
    def reps_done(self) -> int:
        """Reps counted in the current set and direction."""
        return self._counts.get((self._pos.set_index, self._pos.direction_index), 0)

    @property
    def reps_target(self) -> int:
        return self.plan.reps_per_direction

    def reps(self, set_number: int, direction: Direction) -> int:
        """Reps counted for a 1-based set and a direction, for the summary."""
        if direction not in self.plan.directions:
            return 0
        return self._counts.get((set_number - 1, self.plan.directions.index(direction)), 0)

    @property
    def total_done(self) -> int:
        return sum(self._counts.values())

    def reps_per_direction_done(self) -> dict[Direction, int]:
        totals: dict[Direction, int] = {d: 0 for d in self.plan.directions}
        for (_, d_index), count in self._counts.items():
            totals[self.plan.directions[d_index]] += count
        return totals

    def progress(self) -> float:
        """0..1 over the whole routine, growing smoothly through each rep."""
        if self._completed:
            return 1.0
        partial = 0.0
        if self._stage is Stage.MOVING and self.mode == "guided":
            partial = min(self._stage_time / self.plan.tempo.rep_seconds, 1.0)
        return min((self.total_done + partial) / self.plan.total_reps, 1.0)

    def rest_remaining(self) -> float:
        if self._stage is not Stage.REST:
            return 0.0
        return max(self.plan.rest_seconds - self._stage_time, 0.0)

    def switch_remaining(self) -> float:
        if self._stage is not Stage.SWITCH:
            return 0.0
        return max(self.plan.tempo.switch_seconds - self._stage_time, 0.0)

    def elapsed(self) -> float:
        """Seconds from the start to the end (or to the last tick), pauses included."""
        if self._started_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else self._last_now
        return max((end or self._started_at) - self._started_at, 0.0)

    def next_set_direction(self) -> Direction:
        """The direction the next set opens with (shown on the rest screen)."""
        return self.plan.directions[0]

    def rep_phase(self, now: float | None = None) -> tuple[RepPhase, float]:
        """Where the figure is within a rep: the phase and a rotation of 0..1.

        0 is square to the front, 1 is end range in ``self.direction``.
        """
        tempo = self.plan.tempo
        if self._stage is not Stage.MOVING or (self._paused and self.mode == "self-paced"):
            return ("still", 0.0)
        if self.mode == "self-paced":
            if self._follow_from is None or now is None:
                return ("still", 0.0)
            t = (now - self._follow_from) / self.FOLLOW_SECONDS
            if t >= 1.0 or t < 0:
                return ("still", 0.0)
            t *= tempo.rep_seconds
        else:
            t = self._stage_time
        if t < tempo.turn_seconds:
            return ("turn", _ease(t / tempo.turn_seconds))
        t -= tempo.turn_seconds
        if t < tempo.hold_seconds:
            return ("hold", 1.0)
        t -= tempo.hold_seconds
        return ("return", 1.0 - _ease(min(t / tempo.return_seconds, 1.0)))

    def rotation(self, now: float | None = None) -> float:
        """Signed rotation for the figure: +1 full right, -1 full left."""
        _, amount = self.rep_phase(now)
        return amount if self.direction == "right" else -amount

    def cue(self) -> Cue:
        """The one cue for this moment of the set.

        Early in each side: the flashlight image. Late: stay slightly rounded,
        because the sternum lifts as fatigue sets in. In between: the three
        compensations in turn.
        """
        if self._stage is Stage.REST:
            return Cue(
                "rest",
                _cue(
                    QT_TRANSLATE_NOOP(
                        "Cues", "Breathe into your upper back. Let it widen as you inhale."
                    )
                ),
                _cue(QT_TRANSLATE_NOOP("Cues", "Rest")),
            )
        if self._stage is Stage.SWITCH:
            return Cue(
                "switch",
                _cue(
                    QT_TRANSLATE_NOOP("Cues", "Now to the right. Same squeeze, same rounding.")
                    if self.direction == "right"
                    else QT_TRANSLATE_NOOP("Cues", "Now to the left. Same squeeze, same rounding.")
                ),
                _cue(QT_TRANSLATE_NOOP("Cues", "Switch sides")),
            )
        n = self.plan.reps_per_direction
        done = self.reps_done
        early_end = max(1, round(n * 0.2))
        late_start = max(early_end, n - max(1, round(n * 0.3)))
        if done < early_end:
            text = self.routine.early_cues[done % len(self.routine.early_cues)]
            return Cue("flashlight", text, _cue(QT_TRANSLATE_NOOP("Cues", "The flashlight")))
        if done >= late_start:
            text = self.routine.late_cues[(done - late_start) % len(self.routine.late_cues)]
            return Cue("rounded", text, _cue(QT_TRANSLATE_NOOP("Cues", "Stay rounded")))
        comps = self.routine.compensations
        span = max(late_start - early_end, 1)
        index = min((done - early_end) * len(comps) // span, len(comps) - 1)
        comp = comps[index]
        return Cue("compensation", comp.cue, comp.name)

    def seconds_to_next_beat(self) -> float | None:
        """How long until something audible happens, for a sleeping window.

        ``None`` when nothing will happen by itself (paused, self-paced
        counting, finished).
        """
        if self._paused or self._stage in (Stage.READY, Stage.DONE):
            return None
        if self._stage is Stage.REST:
            return self.rest_remaining()
        if self._stage is Stage.SWITCH:
            return self.switch_remaining()
        if self.mode == "self-paced":
            return None
        return max(self.plan.tempo.rep_seconds - self._stage_time, 0.0)

    # ------------------------------------------------------------ commands

    def start(self, now: float, *, tightness_before: int | None = None) -> None:
        """Open the session: records RoutineStarted and the optional check-in."""
        if self._stage is not Stage.READY:
            return
        self._started_at = now
        self._last_now = now
        self._sink.record(
            RoutineStarted(
                at=self._clock.now(),
                session_id=self.session_id,
                routine_id=self.routine.id,
                mode=self.mode,
                sets=self.plan.sets,
                reps_per_direction=self.plan.reps_per_direction,
                offer_id=self._offer_id,
            )
        )
        if tightness_before is not None:
            self.check_in("before", tightness_before)
        self._goto(Stage.MOVING)

    def tick(self, now: float) -> tuple[Beat, ...]:
        """Let time pass up to ``now``; returns the beats that happened."""
        if self._last_now is None or self._stage in (Stage.READY, Stage.DONE):
            self._last_now = now if self._stage is not Stage.DONE else self._last_now
            return ()
        delta = max(now - self._last_now, 0.0)
        self._last_now = now
        if self._paused:
            return ()
        beats: list[Beat] = []
        self._stage_time += delta
        # A long gap (a frozen UI) may cover several reps: count each one.
        while True:
            if self._stage is Stage.MOVING and self.mode == "guided":
                rep = self.plan.tempo.rep_seconds
                if self._stage_time + _EPSILON < rep:
                    break
                leftover = max(self._stage_time - rep, 0.0)
                beats.extend(self._count_rep())
                self._stage_time += leftover
            elif self._stage is Stage.SWITCH:
                if self._stage_time + _EPSILON < self.plan.tempo.switch_seconds:
                    break
                leftover = max(self._stage_time - self.plan.tempo.switch_seconds, 0.0)
                self._goto(Stage.MOVING)
                self._stage_time = leftover
            elif self._stage is Stage.REST:
                if self._stage_time + _EPSILON < self.plan.rest_seconds:
                    break
                leftover = max(self._stage_time - self.plan.rest_seconds, 0.0)
                beats.append("rest_end")
                self._goto(Stage.MOVING)
                self._stage_time = leftover
            else:
                break
        return tuple(beats)

    def mark_rep(self, now: float) -> tuple[Beat, ...]:
        """Self-paced: the user finished one rotation."""
        if self.mode != "self-paced" or self._paused:
            return ()
        self.tick(now)
        if self._stage is Stage.SWITCH:
            self._goto(Stage.MOVING)  # the user is ready for the other side
        if self._stage is not Stage.MOVING:
            return ()
        self._follow_from = now
        return tuple(self._count_rep())

    def pause(self, now: float) -> None:
        if self._stage in (Stage.READY, Stage.DONE) or self._paused:
            return
        self.tick(now)
        self._paused = True

    def resume(self, now: float) -> None:
        if not self._paused:
            return
        self._last_now = now
        self._paused = False

    def toggle_pause(self, now: float) -> bool:
        """Pause or resume; returns whether the player is now paused."""
        if self._paused:
            self.resume(now)
        else:
            self.pause(now)
        return self._paused

    def undo(self, now: float) -> bool:
        """Take back the last counted rep and go back to redo it.

        Works from rest or a side switch too: the player returns to the block
        the rep came from. Returns False when nothing was counted yet.
        """
        if self._stage in (Stage.READY, Stage.DONE):
            return False
        self.tick(now)
        key = self._last_counted_block()
        if key is None:
            return False
        self._counts[key] -= 1
        self._pos = Position(*key)
        self._record_count(key)
        self._follow_from = None
        self._goto(Stage.MOVING)
        return True

    def skip_rest(self, now: float) -> tuple[Beat, ...]:
        if self._stage is not Stage.REST:
            return ()
        self.tick(now)
        if self._stage is not Stage.REST:
            return ()
        self._goto(Stage.MOVING)
        return ("rest_end",)

    def end(self, now: float) -> None:
        """End early (or on close): what was counted stays recorded."""
        if self._stage is Stage.DONE:
            return
        if self._stage is Stage.READY:
            self._stage = Stage.DONE
            return
        if not self._paused:
            self.tick(now)
        if self._completed:  # the tick just counted the last rep
            return
        self._finish(now, completed=False)

    def check_in(self, moment: CheckInMoment, tightness: int) -> None:
        """Record how tight the upper back feels, 0..10, once per moment."""
        if not 0 <= tightness <= 10:
            raise ValueError(f"tightness: {tightness} is outside 0-10")
        self._checkins[moment] = tightness
        self._sink.record(
            CheckIn(
                at=self._clock.now(),
                moment=moment,
                tightness=tightness,
                session_id=self.session_id,
            )
        )

    def tightness(self, moment: CheckInMoment) -> int | None:
        return self._checkins.get(moment)

    # ------------------------------------------------------------ internals

    def _goto(self, stage: Stage) -> None:
        self._stage = stage
        self._stage_time = 0.0

    def _last_counted_block(self) -> tuple[int, int] | None:
        ordered = sorted(self._counts, reverse=True)
        for key in ordered:
            if key <= (self._pos.set_index, self._pos.direction_index) and self._counts[key] > 0:
                return key
        return None

    def _record_count(self, key: tuple[int, int]) -> None:
        self._sink.record(
            RepCounted(
                at=self._clock.now(),
                session_id=self.session_id,
                set_number=key[0] + 1,
                direction=self.plan.directions[key[1]],
                reps=self._counts[key],
            )
        )

    def _count_rep(self) -> list[Beat]:
        key = (self._pos.set_index, self._pos.direction_index)
        self._counts[key] = self._counts.get(key, 0) + 1
        self._record_count(key)
        self._stage_time = 0.0
        if self._counts[key] < self.plan.reps_per_direction:
            return ["rep"]
        if self._pos.direction_index + 1 < len(self.plan.directions):
            self._pos = Position(self._pos.set_index, self._pos.direction_index + 1)
            self._goto(Stage.SWITCH)
            return ["rep", "switch"]
        if self._pos.set_index + 1 < self.plan.sets:
            self._pos = Position(self._pos.set_index + 1, 0)
            self._goto(Stage.REST if self.plan.rest_seconds > 0 else Stage.MOVING)
            return ["rep", "set_end"]
        self._finish(self._last_now or 0.0, completed=True)
        return ["rep", "done"]

    def _finish(self, now: float, *, completed: bool) -> None:
        self._completed = completed
        self._ended_at = now
        self._paused = False
        self._stage = Stage.DONE
        self._sink.record(
            RoutineEnded(at=self._clock.now(), session_id=self.session_id, completed=completed)
        )


def _ease(t: float) -> float:
    """Smooth start and stop, so the turn reads as controlled, not mechanical."""
    t = min(max(t, 0.0), 1.0)
    return t * t * (3.0 - 2.0 * t)


def _cue(source: str) -> Text:
    """A cue the player words itself (the routine file's own cues come translated)."""
    return Text("Cues", source)

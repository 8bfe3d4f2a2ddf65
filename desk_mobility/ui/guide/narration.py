"""What the guide says to a screen reader as the drill runs, and how often.

The guide's screen changes up to 60 times a second; a screen reader can
speak a few words a second at best. ``Narrator`` watches snapshots of the
session and decides what is worth saying: every rep at a normal tempo (a
burst of quick reps is coalesced into the latest count), each new set,
direction and cue, the rest countdown every ten seconds and at five, pause
and resume. What comes due at the same moment is said as one sentence, so
the reader's queue never floods. It is plain Python driven by the caller's
clock, so the pacing is tested without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_mobility.i18n.phrases import Phrases
from desk_mobility.i18n.phrases import translate as _translate

COUNT_GAP_SECONDS = 1.5
"""Reps closer than this are coalesced: the reader says the newest count once the gap passes."""
CUE_GAP_SECONDS = 8.0
"""A new form cue waits this long after the last one, so the count is not drowned out."""
REST_STEP_SECONDS = 10
REST_FINAL_SECONDS = 5


def translate(context: str, text: str) -> str:
    """What is said, in the user's language (lupdate reads these calls)."""
    return _translate(context, text)


class NarrationCounts(Phrases):
    """What is said with a number, in each language's plural forms."""

    def rest_for(self, n: int) -> str:
        return self.tr("Rest for %n seconds.", "", n)

    def rotations(self, n: int) -> str:
        return self.tr("%n rotations.", "", n)

    def rest_left(self, n: int) -> str:
        return self.tr("%n seconds of rest left.", "", n)


_COUNTS = NarrationCounts()


@dataclass(frozen=True, slots=True)
class Moment:
    """What the guide shows at one instant, in the words a reader needs."""

    page: str
    set_number: int
    sets: int
    direction: str
    reps_done: int
    reps_target: int
    paused: bool = False
    switching: bool = False
    confirming_end: bool = False
    rest_seconds_left: int | None = None
    cue_title: str = ""
    cue_text: str = ""
    total_done: int = 0
    completed: bool = False


@dataclass(frozen=True, slots=True)
class Announcement:
    text: str
    assertive: bool = False


class Narrator:
    """Turns successive ``Moment``s into a few announcements, paced for a listener."""

    def __init__(
        self, count_gap: float = COUNT_GAP_SECONDS, cue_gap: float = CUE_GAP_SECONDS
    ) -> None:
        self._count_gap = count_gap
        self._cue_gap = cue_gap
        self._last: Moment | None = None
        self._count_said_at = float("-inf")
        self._said_count: tuple[int, int, str] | None = None
        self._cue_said_at = float("-inf")
        self._said_cue = ""
        self._rest_said: int | None = None

    def observe(self, moment: Moment, now: float) -> Announcement | None:
        """What to say now that the screen shows ``moment`` (None: nothing new)."""
        last, self._last = self._last, moment
        parts: list[str] = []
        assertive = False
        if last is None or moment.page != last.page:
            parts.extend(self._page_opened(moment))
            if moment.page == "drill":
                self._mark_count(moment, now)
                self._mark_cue(moment, now)
            self._rest_said = moment.rest_seconds_left
        elif moment.page in ("drill", "rest"):
            if moment.confirming_end != last.confirming_end:
                assertive = moment.confirming_end
                parts.append(
                    translate(
                        "GuideNarration",
                        "End the session now? Escape ends it and saves, any other key keeps going.",
                    )
                    if moment.confirming_end
                    else translate("GuideNarration", "Keep going.")
                )
            elif moment.paused != last.paused:
                assertive = True
                parts.append(
                    translate("GuideNarration", "Paused. Press P to resume.")
                    if moment.paused
                    else translate("GuideNarration", "Resumed.")
                )
            if moment.page == "drill":
                parts.extend(self._drill_changes(moment, last, now))
            else:
                parts.extend(self._rest_changes(moment))
        if not parts:
            return None
        return Announcement(" ".join(parts), assertive)

    def pending(self, now: float) -> float | None:
        """Seconds until a coalesced count or cue is due to be said, if one waits."""
        moment = self._last
        if moment is None or moment.page != "drill" or moment.paused:
            return None
        waits = []
        if self._count_of(moment) != self._said_count:
            waits.append(max(0.0, self._count_said_at + self._count_gap - now))
        if moment.cue_text and moment.cue_text != self._said_cue:
            waits.append(max(0.0, self._cue_said_at + self._cue_gap - now))
        return min(waits) if waits else None

    def flush(self, now: float) -> Announcement | None:
        """Say what ``pending`` said was waiting, once its time has come."""
        moment = self._last
        if moment is None or moment.page != "drill":
            return None
        parts = self._drill_changes(moment, moment, now)
        return Announcement(" ".join(parts)) if parts else None

    # -- wording

    def _page_opened(self, m: Moment) -> list[str]:
        if m.page == "drill":
            return [
                (
                    translate("GuideNarration", "Set %1 of %2, to the right.")
                    if m.direction == "right"
                    else translate("GuideNarration", "Set %1 of %2, to the left.")
                )
                .replace("%1", str(m.set_number))
                .replace("%2", str(m.sets)),
                self._count_words(m),
                self._cue_words(m),
            ]
        if m.page == "rest":
            seconds = m.rest_seconds_left or 0
            return [
                translate("GuideNarration", "Set %1 of %2 done.")
                .replace("%1", str(m.set_number - 1))
                .replace("%2", str(m.sets)),
                _COUNTS.rest_for(seconds),
            ]
        if m.page == "summary":
            done = (
                translate("GuideNarration", "Session complete.")
                if m.completed
                else translate("GuideNarration", "Session ended. What you did is saved.")
            )
            return [done, _COUNTS.rotations(m.total_done)]
        return []

    @staticmethod
    def _count_words(m: Moment) -> str:
        return (
            translate("GuideNarration", "%1 of %2.")
            .replace("%1", str(m.reps_done))
            .replace("%2", str(m.reps_target))
        )

    @staticmethod
    def _cue_words(m: Moment) -> str:
        if not m.cue_text:
            return ""
        return f"{m.cue_title}: {m.cue_text}" if m.cue_title else m.cue_text

    @staticmethod
    def _count_of(m: Moment) -> tuple[int, int, str]:
        return (m.set_number, m.reps_done, m.direction)

    def _mark_count(self, m: Moment, now: float) -> None:
        self._said_count, self._count_said_at = self._count_of(m), now

    def _mark_cue(self, m: Moment, now: float) -> None:
        self._said_cue, self._cue_said_at = m.cue_text, now

    def _drill_changes(self, m: Moment, last: Moment, now: float) -> list[str]:
        parts: list[str] = []
        if m.switching and not last.switching:
            parts.append(
                translate("GuideNarration", "Switch sides: now to the right.")
                if m.direction == "right"
                else translate("GuideNarration", "Switch sides: now to the left.")
            )
            self._mark_count(m, now)
        elif (
            self._count_of(m) != self._said_count
            and not m.paused
            and now - self._count_said_at >= self._count_gap
        ):
            parts.append(self._count_words(m))
            self._mark_count(m, now)
        if m.cue_text and m.cue_text != self._said_cue and now - self._cue_said_at >= self._cue_gap:
            parts.append(self._cue_words(m))
            self._mark_cue(m, now)
        return parts

    def _rest_changes(self, m: Moment) -> list[str]:
        left = m.rest_seconds_left
        if left is None or m.paused or left == self._rest_said:
            return []
        self._rest_said = left
        if left > 0 and (left % REST_STEP_SECONDS == 0 or left == REST_FINAL_SECONDS):
            return [_COUNTS.rest_left(left)]
        return []

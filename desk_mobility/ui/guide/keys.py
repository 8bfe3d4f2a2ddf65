"""The guide's keys: one table says which keys do what, where, and what the key bar shows.

Each ``KeyBinding`` names its keys, the words the key bar shows beside them,
the pages and the moment it applies, and the window command it runs. The
window looks keys up here and draws its key bar from here, so a key cannot
work without being shown, or be shown doing something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desk_mobility.core.text import QT_TRANSLATE_NOOP
from desk_mobility.i18n.phrases import translate

K = Qt.Key
DIGITS = tuple(Qt.Key(K.Key_0.value + n) for n in range(10))

# How a key cap names each key; keys with the same name share one cap.
KEY_NAMES: dict[Qt.Key, str] = {
    K.Key_Return: QT_TRANSLATE_NOOP("Keys", "Enter"),
    K.Key_Enter: QT_TRANSLATE_NOOP("Keys", "Enter"),
    K.Key_Space: QT_TRANSLATE_NOOP("Keys", "Space"),
    K.Key_Escape: QT_TRANSLATE_NOOP("Keys", "Esc"),
    K.Key_Backspace: QT_TRANSLATE_NOOP("Keys", "Backspace"),
    K.Key_Delete: QT_TRANSLATE_NOOP("Keys", "Delete"),
    K.Key_Left: "←",
    K.Key_Right: "→",
    K.Key_Question: "?",
    K.Key_F1: "F1",
}


@dataclass(frozen=True, slots=True)
class KeyContext:
    """What decides which keys work right now."""

    page: str
    confirming_end: bool = False
    counting_by_hand: bool = False  # self-paced, on the drill page: Space counts a rep
    paused: bool = False
    muted: bool = False


def _always(_context: KeyContext) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class KeyBinding:
    """Keys, the words shown for them, where they apply, and the command they run.

    ``command`` names a method of the guide window, called with the key.
    ``any_key`` catches every key the bindings before it did not take.
    """

    keys: tuple[Qt.Key, ...]
    does: str | Callable[[KeyContext], str]
    command: str
    pages: frozenset[str]
    when: Callable[[KeyContext], bool] = _always
    cap: str = ""  # the key cap's text when the key names do not say it
    any_key: bool = False

    def applies(self, context: KeyContext) -> bool:
        return context.page in self.pages and self.when(context)

    def matches(self, key: Qt.Key) -> bool:
        return self.any_key or key in self.keys

    def cap_text(self) -> str:
        """The key cap in the user's language ("Eingabe", "Leertaste")."""
        if self.cap:
            return translate("Keys", self.cap)
        names: list[str] = []
        for key in self.keys:
            name = translate("Keys", KEY_NAMES[key]) if key in KEY_NAMES else chr(key.value)
            if name not in names:
                names.append(name)
        return " / ".join(names)

    def words(self, context: KeyContext) -> str:
        """What the key does, in the user's language (the table holds the English)."""
        said = self.does(context) if callable(self.does) else self.does
        return translate("Guide", said)


def _pages(*names: str) -> frozenset[str]:
    return frozenset(names)


RATING_PAGES = _pages("setup", "summary")
MOVING_PAGES = _pages("drill", "rest")


def _confirming(c: KeyContext) -> bool:
    return c.confirming_end


def _moving(c: KeyContext) -> bool:
    return not c.confirming_end


def _space_pauses(c: KeyContext) -> bool:
    return not c.confirming_end and not c.counting_by_hand


def _space_counts(c: KeyContext) -> bool:
    return not c.confirming_end and c.counting_by_hand


def _pause_words(c: KeyContext) -> str:
    return QT_TRANSLATE_NOOP("Guide", "Resume") if c.paused else QT_TRANSLATE_NOOP("Guide", "Pause")


def _mute_words(c: KeyContext) -> str:
    return QT_TRANSLATE_NOOP("Guide", "Unmute") if c.muted else QT_TRANSLATE_NOOP("Guide", "Mute")


# In order: the first binding that applies and matches a key takes it.
GUIDE_KEYS: tuple[KeyBinding, ...] = (
    # setup: the checklist and the check-in before
    KeyBinding(
        (K.Key_Return, K.Key_Enter, K.Key_Space),
        QT_TRANSLATE_NOOP("Guide", "Start"),
        "start",
        _pages("setup"),
    ),
    KeyBinding(
        (*DIGITS, K.Key_Left, K.Key_Right),
        QT_TRANSLATE_NOOP("Guide", "Rate tightness"),
        "rate",
        RATING_PAGES,
        cap="0–10 / ← →",
    ),
    KeyBinding(
        (K.Key_Backspace, K.Key_Delete),
        QT_TRANSLATE_NOOP("Guide", "Clear rating"),
        "clear_rating",
        RATING_PAGES,
    ),
    KeyBinding(
        (K.Key_W, K.Key_Question, K.Key_F1),
        QT_TRANSLATE_NOOP("Guide", "Why this helps"),
        "why",
        _pages("setup"),
    ),
    KeyBinding(
        (K.Key_Escape,), QT_TRANSLATE_NOOP("Guide", "Close"), "close_guide", _pages("setup")
    ),
    # why this helps
    KeyBinding(
        (K.Key_Escape, K.Key_W, K.Key_Backspace),
        QT_TRANSLATE_NOOP("Guide", "Back"),
        "back",
        _pages("about"),
    ),
    KeyBinding(
        (K.Key_Return, K.Key_Enter),
        QT_TRANSLATE_NOOP("Guide", "Start"),
        "start_from_about",
        _pages("about"),
    ),
    # summary: the check-in after
    KeyBinding(
        (K.Key_Return, K.Key_Enter, K.Key_Escape),
        QT_TRANSLATE_NOOP("Guide", "Done"),
        "dismiss",
        _pages("summary"),
    ),
    # drill and rest, while asking whether to end early
    KeyBinding(
        (K.Key_Escape,),
        QT_TRANSLATE_NOOP("Guide", "End and save"),
        "ask_end",
        MOVING_PAGES,
        _confirming,
    ),
    KeyBinding(
        (),
        QT_TRANSLATE_NOOP("Guide", "Keep going"),
        "cancel_end",
        MOVING_PAGES,
        _confirming,
        cap=QT_TRANSLATE_NOOP("Keys", "any key"),
        any_key=True,
    ),
    # drill and rest
    KeyBinding(
        (K.Key_Space,),
        QT_TRANSLATE_NOOP("Guide", "Count a rep"),
        "rep",
        MOVING_PAGES,
        _space_counts,
    ),
    KeyBinding((K.Key_Space, K.Key_P), _pause_words, "toggle_pause", MOVING_PAGES, _space_pauses),
    KeyBinding((K.Key_P,), _pause_words, "toggle_pause", MOVING_PAGES, _space_counts),
    KeyBinding(
        (K.Key_U, K.Key_Backspace),
        QT_TRANSLATE_NOOP("Guide", "Undo rep"),
        "undo",
        MOVING_PAGES,
        _moving,
    ),
    KeyBinding(
        (K.Key_S,), QT_TRANSLATE_NOOP("Guide", "Skip rest"), "skip_rest", _pages("rest"), _moving
    ),
    KeyBinding((K.Key_M,), _mute_words, "toggle_mute", MOVING_PAGES, _moving),
    KeyBinding(
        (K.Key_Escape,), QT_TRANSLATE_NOOP("Guide", "End early"), "ask_end", MOVING_PAGES, _moving
    ),
)


def active(context: KeyContext, table: tuple[KeyBinding, ...] = GUIDE_KEYS) -> list[KeyBinding]:
    return [binding for binding in table if binding.applies(context)]


def binding_for(
    key: Qt.Key, context: KeyContext, table: tuple[KeyBinding, ...] = GUIDE_KEYS
) -> KeyBinding | None:
    """The binding that takes ``key`` now, if any."""
    return next((b for b in active(context, table) if b.matches(key)), None)


def key_bar(
    context: KeyContext, table: tuple[KeyBinding, ...] = GUIDE_KEYS
) -> list[tuple[str, str]]:
    """What the key bar shows now: (key cap, words), one per binding that applies."""
    return [(b.cap_text(), b.words(context)) for b in active(context, table)]

"""Words made in core: English as a str, rendered again in another language on demand."""

from __future__ import annotations

import re

from desk_mobility.core.settings import SettingsError, interpret
from desk_mobility.core.text import QT_TRANSLATE_NOOP, Text, render


def shouting(context: str, source: str) -> str:
    """A stand-in translation: every message in capitals, its {fields} kept."""
    return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group(0).upper(), source)


def test_a_text_is_its_english_and_remembers_its_source() -> None:
    text = Text("Ctx", QT_TRANSLATE_NOOP("Ctx", "expected a number, got {value}"), value="'x'")
    assert text == "expected a number, got 'x'"
    assert isinstance(text, str) and text.startswith("expected")
    assert (text.context, text.source, text.args) == (
        "Ctx",
        "expected a number, got {value}",
        {"value": "'x'"},
    )


def test_render_translates_nested_texts_and_formats_numbers_locally() -> None:
    inner = Text("Ctx", "the disk is full")
    outer = Text("Ctx", "cannot save because {reason}, {value} left", reason=inner, value=1.5)
    said = outer.render(shouting, number=lambda v: f"{v:.1f}".replace(".", ","))
    assert said == "CANNOT SAVE BECAUSE THE DISK IS FULL, 1,5 LEFT"
    assert render("plain words", shouting) == "plain words"  # not a Text: shown as it is


def test_a_translation_that_names_an_unknown_field_still_shows() -> None:
    text = Text("Ctx", "{value} min", value=5)
    assert text.render(lambda _c, _s: "{minutes} Min.") == "{minutes} Min."


def test_settings_messages_are_texts_the_dialog_can_translate() -> None:
    _, problems = interpret({"breaks": {"sit_minutes": "x", "nonsense": 1}})
    assert problems and all(isinstance(p, Text) for p in problems)
    assert any(p.startswith("sit_minutes: expected a number") for p in problems)
    said = problems[0].render(shouting)
    # The key and the values stay as they are; the words around them are translated.
    assert said == "sit_minutes: EXPECTED A NUMBER, GOT 'x'; USING THE DEFAULT 50"
    error = SettingsError("sit_minutes", Text("Settings", "{value} is too long", value=9))
    assert str(error) == "sit_minutes: 9 is too long"

"""The translations are complete, current, built, and use the glossary's words.

Each ``.ts`` file must translate every message with the plural forms its
language has, keep every ``{field}``, hold no unfinished or obsolete entry,
and list exactly the messages the code has today (lupdate run again into a
temporary file); each shipped ``.qm`` must be what lrelease builds from its
``.ts``; each routine translation must cover every text of the routine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from desk_mobility.core.routine.translation import text_ids
from desk_mobility.files.routine_file import default_routine_path, load_routine
from tests.translations import BIN, I18N, LANGUAGES, REPO, ROUTINES, read_ts

FIELDS = re.compile(r"\{[a-z_]+\}")
# How many plural forms Qt's rules give each language.
PLURAL_FORMS = {"ja": 1, "zh_CN": 1, "pl": 3, "ar": 6}


def ts_path(language: str) -> Path:
    return I18N / f"desk_mobility_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_fields_and_plural_forms(language: str) -> None:
    messages = read_ts(ts_path(language))
    assert len(messages) > 250
    problems = []
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.unfinished or m.obsolete:
            problems.append(f"{where} is {'unfinished' if m.unfinished else 'obsolete'}")
            continue
        if m.plural and len(m.translations) != PLURAL_FORMS.get(language, 2):
            problems.append(f"{where} has {len(m.translations)} plural forms")
        for text in m.translations:
            if not text.strip() and m.source.strip():
                problems.append(f"{where} is empty")
            if sorted(set(FIELDS.findall(text))) != sorted(set(FIELDS.findall(m.source))):
                problems.append(f"{where} -> {text!r} changes the fields")
        if m.plural and not any("%n" in t or "%Ln" in t for t in m.translations):
            problems.append(f"{where} never shows the number")
    assert not problems, "\n".join(problems)


def test_english_catalogue_holds_the_plural_forms() -> None:
    messages = read_ts(ts_path("en"))
    assert messages and all(m.plural and not m.unfinished for m in messages)
    assert all(len(m.translations) == 2 for m in messages)


def test_the_ts_files_list_exactly_the_messages_in_the_code(tmp_path: Path) -> None:
    """lupdate over today's code finds the same messages the .ts files hold."""
    sources = sorted(str(p) for p in (REPO / "desk_mobility").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        timeout=120,
    )
    in_code = {(m.context, m.source) for m in read_ts(fresh)}
    for language in LANGUAGES:
        in_ts = {(m.context, m.source) for m in read_ts(ts_path(language))}
        assert in_ts == in_code, (
            f"{language}: run ./scripts/update_translations.sh; "
            f"missing {sorted(in_code - in_ts)[:5]}, stale {sorted(in_ts - in_code)[:5]}"
        )


def test_the_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for language in (*LANGUAGES, "en"):
        built = tmp_path / f"{language}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(built)],
            check=True,
            timeout=60,
        )
        shipped = I18N / f"desk_mobility_{language}.qm"
        assert shipped.read_bytes() == built.read_bytes(), (
            f"{shipped.name} is out of date: run ./scripts/update_translations.sh --build"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_routine_is_translated_text_by_text(language: str) -> None:
    routine = load_routine(default_routine_path())
    path = ROUTINES / "translations" / f"{language}.toml"
    table = tomllib.loads(path.read_text("utf-8"))[routine.id]
    assert set(table) == set(text_ids(routine))
    english = text_ids(routine)
    assert all(table[key].strip() and table[key] != english[key] for key in table)
    translated = load_routine(default_routine_path(), language)
    assert translated.title == table["title"]
    assert translated.directions == routine.directions
    assert translated.switch_seconds == routine.switch_seconds


def glossary() -> list[tuple[str, dict[str, list[str]]]]:
    text = (REPO / "docs" / "glossary.md").read_text("utf-8")
    table = text.split("| English (pattern) |", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    header = ["pattern", *LANGUAGES]
    parsed = []
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == len(header), row
        pattern = cells[0].strip("`")
        parsed.append(
            (
                pattern,
                {
                    lang: [w.strip() for w in cell.split(" / ")]
                    for lang, cell in zip(LANGUAGES, cells[1:], strict=True)
                },
            )
        )
    return parsed


def pairs(language: str) -> list[tuple[str, str]]:
    """(English, translation) for every message and every routine text."""
    found = []
    for m in read_ts(ts_path(language)):
        found.extend((m.source, t) for t in m.translations)
    routine = load_routine(default_routine_path())
    table = tomllib.loads((ROUTINES / "translations" / f"{language}.toml").read_text("utf-8"))
    for key, english in text_ids(routine).items():
        found.append((english, table[routine.id][key]))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_drill_term_has_one_word(language: str) -> None:
    rows = glossary()
    assert len(rows) >= 15
    problems = []
    for english, translation in pairs(language):
        plain = FIELDS.sub(" ", english)
        for pattern, words in rows:
            if re.search(pattern, plain, re.IGNORECASE) and not any(
                w.lower() in translation.lower() for w in words[language]
            ):
                problems.append(f"{pattern!r}: {english!r} -> {translation!r}")
    assert not problems, "glossary word missing:\n" + "\n".join(problems)


def test_the_update_script_is_there_and_uses_the_tools() -> None:
    script = (REPO / "scripts" / "update_translations.sh").read_text("utf-8")
    assert "pyside6-lupdate" in script and "pyside6-lrelease" in script
    assert shutil.which(str(BIN / "pyside6-lupdate"))

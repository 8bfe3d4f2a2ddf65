"""The routine in another language: translated by id, English where a text is missing."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from desk_mobility.core.routine.translation import text_ids, translated, unknown_ids
from desk_mobility.files.routine_file import default_routine_path, load_routine


@pytest.fixture
def routine_copy(tmp_path: Path) -> Path:
    target = tmp_path / "routine.toml"
    shutil.copy(default_routine_path(), target)
    (tmp_path / "translations").mkdir()
    return target


def test_ids_name_every_text_in_the_files_order() -> None:
    ids = text_ids(load_routine(default_routine_path()))
    assert list(ids)[:4] == ["title", "tagline", "why", "disclaimer"]
    assert ids["setup.2.title"] == "Squeeze a block between your thighs"
    assert ids["cues.early.1"].startswith("Your sternum is a flashlight")


def test_a_partial_translation_keeps_the_english_it_lacks(routine_copy: Path) -> None:
    (routine_copy.parent / "translations" / "xx.toml").write_text(
        '["seated-thoracic-rotation"]\n"title" = "Titel"\n"setup.1.detail" = "Detail"\n',
        encoding="utf-8",
    )
    english = load_routine(routine_copy)
    other = load_routine(routine_copy, "xx")
    assert other.title == "Titel" and other.setup[0].detail == "Detail"
    assert other.setup[0].title == english.setup[0].title
    assert other.setup[2].picture == english.setup[2].picture == "rounded-back"
    assert other.directions == english.directions


def test_a_broken_or_missing_translation_means_english(
    routine_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    english = load_routine(routine_copy)
    assert load_routine(routine_copy, "yy") == english  # no file: English
    (routine_copy.parent / "translations" / "zz.toml").write_text("not [toml", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_routine(routine_copy, "zz") == english
    assert "not used" in caplog.text


def test_a_text_id_the_routine_lacks_is_reported(
    routine_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    routine = load_routine(routine_copy)
    texts = {"title": "T", "setup.9.title": "gone"}
    assert unknown_ids(routine, texts) == ["setup.9.title"]
    assert translated(routine, texts).title == "T"
    (routine_copy.parent / "translations" / "xx.toml").write_text(
        '["seated-thoracic-rotation"]\n"setup.9.title" = "gone"\n', encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        load_routine(routine_copy, "xx")
    assert "setup.9.title" in caplog.text

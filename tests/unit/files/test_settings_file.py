"""Settings: nonsense is refused with a message naming the field, and nothing is lost."""

from __future__ import annotations

import math
from datetime import time
from pathlib import Path

import pytest

from desk_mobility.core.settings import Settings, SettingsError, validated
from desk_mobility.files.settings_file import load, save

CURRENT = Settings(sit_minutes=45)


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"sit_minutes": -5}, "sit_minutes", "below the minimum"),
        ({"sit_minutes": 0}, "sit_minutes", "below the minimum"),
        ({"sit_minutes": 1000}, "sit_minutes", "above the maximum"),
        ({"sit_minutes": 12.5}, "sit_minutes", "whole number"),
        ({"sit_minutes": "fifty"}, "sit_minutes", "expected a number"),
        ({"sit_minutes": True}, "sit_minutes", "expected a number"),
        ({"snooze_minutes": -1}, "snooze_minutes", "below the minimum"),
        ({"reoffer_minutes": 2}, "reoffer_minutes", "below the minimum"),
        ({"natural_break_minutes": 25, "sit_minutes": 20}, "natural_break_minutes", "shorter"),
        ({"natural_break_minutes": 30, "sit_minutes": 30}, "natural_break_minutes", "shorter"),
        ({"short_idle_seconds": 300, "natural_break_minutes": 5}, "short_idle_seconds", "shorter"),
        ({"work_start": "18:00", "work_end": "09:00"}, "work_end", "before they start"),
        ({"work_start": "09:00", "work_end": "09:00"}, "work_end", "before they start"),
        ({"work_start": "25:00"}, "work_start", "expected a time"),
        ({"work_end": "7pm"}, "work_end", "expected a time"),
        ({"working_days": ["mon", "funday"]}, "working_days", "unknown day"),
        ({"working_days": "mon"}, "working_days", "list of days"),
        ({"quiet_when_fullscreen": "yes"}, "quiet_when_fullscreen", "true or false"),
        ({"no_such_thing": 1}, "no_such_thing", "unknown setting"),
    ],
)
def test_nonsense_is_refused_naming_the_field_and_the_old_values_stay(
    changes: dict[str, object], key: str, words: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        validated(CURRENT, changes)
    assert caught.value.key == key
    assert words in caught.value.reason
    assert str(caught.value).startswith(f"{key}: ")
    assert CURRENT.sit_minutes == 45  # frozen: nothing was half-applied


def test_sensible_changes_are_typed_and_applied() -> None:
    new = validated(
        CURRENT,
        {"sit_minutes": 60.0, "work_start": "07:30", "working_days": ["Sat", "mon"]},
    )
    assert new.sit_minutes == 60 and isinstance(new.sit_minutes, int)
    assert new.work_start == time(7, 30)
    assert new.working_days == ("mon", "sat")


def test_a_hand_edited_file_keeps_the_good_values_and_names_the_bad(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "[breaks]\nsit_minutes = -10\nsnooze_minutes = 5\n"
        'work_start = "07:00"\nwork_end = "06:00"\n'
    )
    result = load(path)
    assert result.settings.sit_minutes == 50
    assert result.settings.snooze_minutes == 5
    assert result.settings.work_start == time(7, 0)
    assert result.settings.work_end == time(19, 0)
    assert any(p.startswith("sit_minutes:") for p in result.problems)
    assert any(p.startswith("work_end:") for p in result.problems)


def test_an_evening_start_with_a_morning_end_loses_only_the_hours(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[breaks]\nsnooze_minutes = 5\nwork_start = "20:00"\nwork_end = "08:00"\n')
    result = load(path)
    assert result.settings.snooze_minutes == 5


def test_a_file_that_does_not_parse_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("sit_minutes = = 3")
    result = load(path)
    assert result.settings == Settings()
    assert result.moved_aside is not None and result.moved_aside.read_text() == "sit_minutes = = 3"
    assert load(path).problems == ()


def test_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    wanted = validated(
        Settings(), {"sit_minutes": 40, "working_days": ["tue"], "mode": "self-paced"}
    )
    save(path, wanted)
    assert load(path).settings == wanted


def test_not_a_number_is_refused() -> None:
    with pytest.raises(SettingsError):
        validated(Settings(), {"turn_seconds": math.nan})

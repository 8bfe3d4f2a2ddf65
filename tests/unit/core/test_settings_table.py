"""The settings table is the one source of every setting's default and bounds."""

from __future__ import annotations

from dataclasses import fields

import pytest

from desk_mobility.core.settings import SETTINGS, Settings, SettingSpec, coerce, cross_check


def test_the_settings_fields_are_the_rows_of_the_table_in_order() -> None:
    assert [f.name for f in fields(Settings)] == [spec.key for spec in SETTINGS]


@pytest.mark.parametrize("spec", SETTINGS, ids=lambda spec: spec.key)
def test_each_default_comes_from_its_row_and_is_within_its_own_bounds(spec: SettingSpec) -> None:
    assert getattr(Settings(), spec.key) == spec.default
    assert coerce(spec, spec.default) == spec.default


def test_the_defaults_agree_with_each_other() -> None:
    assert cross_check(Settings()) == []

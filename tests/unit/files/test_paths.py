from __future__ import annotations

from pathlib import Path

import pytest

from desk_mobility.files.paths import AppPaths, asset_path
from desk_mobility.shell.instance import server_address


def test_xdg_variables_isolate_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "d"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "s"))
    paths = AppPaths.for_user()
    assert paths.settings_file == tmp_path / "c/desk-mobility/settings.toml"
    assert paths.history_db == tmp_path / "d/desk-mobility/history.db"
    assert paths.state_file.is_relative_to(tmp_path / "s")
    assert paths.log_file.is_relative_to(tmp_path / "s")


def test_instance_name_differs_per_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "one"))
    first = AppPaths.for_user().instance_name
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "two"))
    second = AppPaths.for_user().instance_name
    assert first != second
    assert first.startswith("desk-mobility-")


def test_socket_lives_in_the_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert server_address("desk-mobility-x") == str(tmp_path / "desk-mobility-x.sock")


def test_assets_are_found_as_files() -> None:
    assert asset_path("icons", "desk-mobility.svg").is_file()
    assert asset_path("icons", "tray-dark.svg").is_file()


def test_socket_path_too_long_for_sun_path_falls_back_to_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    address = server_address("desk-mobility-x")
    assert len(address) < 100
    assert address.endswith("desk-mobility-x.sock")

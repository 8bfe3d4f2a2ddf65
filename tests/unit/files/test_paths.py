from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desk_mobility.files.paths import AppPaths, asset_path, sha256_hex
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


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="platformdirs answers there")
@pytest.mark.parametrize(
    "xdg",
    [
        {},
        {"XDG_CONFIG_HOME": "/x/conf", "XDG_DATA_HOME": "/x/data", "XDG_STATE_HOME": "/x/state"},
        {"XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "relative/data", "XDG_STATE_HOME": "/x/state"},
    ],
)
def test_the_folders_are_platformdirs_own_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: dict[str, str]
) -> None:
    """The XDG rules are written out in files/paths.py; they must give platformdirs' answer."""
    import platformdirs

    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in xdg.items():
        monkeypatch.setenv(variable, value)
    dirs = platformdirs.PlatformDirs("desk-mobility", appauthor=False)
    paths = AppPaths.for_user()
    assert paths.config_dir == Path(dirs.user_config_dir)
    assert paths.data_dir == Path(dirs.user_data_dir)
    assert paths.state_dir == Path(dirs.user_state_dir)
    assert paths.log_dir == Path(dirs.user_log_dir)


def test_the_user_name_is_getpass_own() -> None:
    import getpass

    from desk_mobility.files.paths import _user_name

    assert _user_name() == getpass.getuser()


def test_the_socket_name_digest_is_hashlibs_sha256() -> None:
    """Same digest as before it was taken without hashlib: an upgrade still finds the old app."""
    import hashlib

    for data in (b"", b"/home/someone/.local/share/desk-mobility", "/home/zoë/データ".encode()):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()

"""The command line as a user meets it: real processes, isolated folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_mobility import __version__
from desk_mobility.cli import build_parser


@pytest.fixture
def isolated_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    return env


def launch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_mobility", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_version(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Desk Mobility {__version__}"


def test_help_lists_every_command(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--help")
    assert result.returncode == 0
    for flag in (
        "--break-now",
        "--history",
        "--settings",
        "--quit",
        "--status",
        "--loaded-modules",
        "--verbose",
    ):
        assert flag in result.stdout


def test_unknown_flag_is_refused_with_exit_2(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


def test_status_without_a_running_instance_exits_1(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--status")
    assert result.returncode == 1
    assert "not running" in result.stderr
    assert result.stdout == ""


def test_loaded_modules_without_a_running_instance_exits_1(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--loaded-modules")
    assert result.returncode == 1
    assert "not running" in result.stderr
    assert result.stdout == ""


def test_quit_without_a_running_instance_is_harmless(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--quit")
    assert result.returncode == 0
    assert "not running" in result.stderr


def test_commands_are_mutually_exclusive() -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--quit", "--history"])
    assert exit_info.value.code == 2


def test_format_needs_status(isolated_env: dict[str, str]) -> None:
    result = launch(isolated_env, "--format", "waybar")
    assert result.returncode == 2
    assert "--format only applies to --status" in result.stderr


def test_asking_for_the_status_of_no_app_makes_no_files(
    isolated_env: dict[str, str], tmp_path: Path
) -> None:
    result = launch(isolated_env, "--status")
    assert result.returncode == 1
    assert "is not running" in result.stderr
    assert not (tmp_path / "data").exists()


def test_the_call_watcher_option_is_hidden_and_touches_none_of_the_users_files(
    isolated_env: dict[str, str], tmp_path: Path
) -> None:
    """The app's own helper: no lock, no folders, no Qt; here with no sound server to find."""
    from desk_mobility.platform.calls.pulse_watcher import EXIT_NO_SERVER

    assert "watch-calls" not in launch(isolated_env, "--help").stdout
    before = sorted(p.name for p in tmp_path.iterdir())
    nowhere = {**isolated_env, "PULSE_SERVER": f"unix:{tmp_path}/no-such-socket"}
    result = launch(nowhere, "--watch-calls", str(os.getpid()))
    assert result.returncode == EXIT_NO_SERVER, result.stderr
    assert "no sound server to watch" in result.stderr and result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no lock, no folders

"""The wheel installed with pipx, as a Python user installs an app, starts and docks.

pipx gets a folder of its own (PIPX_HOME, PIPX_BIN_DIR), so the user's pipx
apps are never touched, and the app runs from an empty folder without the
checkout on PYTHONPATH: every module, icon, sound and translation it uses must
come from the install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop_session import REPO, missing_programs
from tests.wheel_build import build_wheel, project_version, shipped_files

# What the installed app can see of its own package, by relative path.
LIST_PACKAGE = """
import json
from importlib import resources
root = resources.files("desk_mobility")
found = []
def walk(node, prefix):
    for child in node.iterdir():
        if child.is_dir():
            walk(child, prefix + child.name + "/")
        elif not child.name.endswith(".pyc"):
            found.append(prefix + child.name)
walk(root, "desk_mobility/")
print(json.dumps({"file": str(root), "files": found}))
"""


class PipxInstall:
    def __init__(self, root: Path) -> None:
        self.home = root / "pipx-home"
        self.bin = root / "pipx-bin"
        self.env = {
            **os.environ,
            "PIPX_HOME": str(self.home),
            "PIPX_BIN_DIR": str(self.bin),
            "PIPX_MAN_DIR": str(root / "pipx-man"),
        }
        self.env.pop("PYTHONPATH", None)

    def pipx(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pipx", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.home.parent,
        )

    @property
    def command(self) -> Path:
        return self.bin / "desk-mobility"

    @property
    def python(self) -> Path:
        return self.home / "venvs" / "desk-mobility" / "bin" / "python"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PipxInstall]:
    root = tmp_path_factory.mktemp("pipx")
    wheel = build_wheel(root / "build")
    install = PipxInstall(root)
    done = install.pipx("install", "--python", sys.executable, str(wheel))
    assert done.returncode == 0, done.stdout + done.stderr
    yield install
    done = install.pipx("uninstall", "desk-mobility", timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not install.command.exists()


def test_the_pipx_command_reports_the_projects_version(installed: PipxInstall) -> None:
    assert installed.command.is_file()
    done = subprocess.run(
        [str(installed.command), "--version"],
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=installed.home,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Desk Mobility {project_version()}"


def test_the_install_carries_its_icons_routine_sounds_and_translations(
    installed: PipxInstall,
) -> None:
    done = subprocess.run(
        [str(installed.python), "-c", LIST_PACKAGE],
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=installed.home,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["file"].startswith(str(installed.home)), "the checkout was imported"
    files = set(report["files"])
    assert "desk_mobility/assets/sounds/tick.wav" in files
    assert shipped_files() <= files, sorted(shipped_files() - files)


def test_the_pipx_install_docks_and_opens_its_windows(installed: PipxInstall) -> None:
    missing = missing_programs("Xvfb", "dbus-daemon", "trayer", "xdotool", "xprop")
    if missing:
        pytest.fail(f"the smoke test needs {', '.join(missing)}: run scripts/test.sh")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "smoke_test.py"), str(installed.command)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "docked, opened the guide, history and settings, and quit cleanly" in done.stdout

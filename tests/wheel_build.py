"""Build the project's wheel the way a user's ``pip`` or ``pipx`` would, from a clean copy.

The copy keeps the checkout free of ``build/`` and ``*.egg-info`` litter and
proves the wheel needs nothing but the files git tracks.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def project_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def build_wheel(workdir: Path) -> Path:
    source = workdir / "src"
    source.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "desk_mobility", source / "desk_mobility", ignore=ignore)
    out = workdir / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("desk_mobility-*.whl")
    return wheel


def shipped_files() -> set[str]:
    """What a wheel must carry, as paths inside it: every module and data file."""
    package = REPO / "desk_mobility"
    expected = {
        path.relative_to(REPO).as_posix()
        for path in (package / "assets").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    for pattern in ("*.py", "*.qm"):
        expected |= {
            path.relative_to(REPO).as_posix()
            for path in package.rglob(pattern)
            if "__pycache__" not in path.parts
        }
    return expected

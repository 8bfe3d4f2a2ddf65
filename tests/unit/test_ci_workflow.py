"""The GitHub Actions workflow: valid for actionlint, and it covers the three platforms."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "ci.yml"


def actionlint() -> str:
    """The actionlint of the test extras: beside this Python, else on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / "actionlint", scripts / "actionlint.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("actionlint")
    if found is None:
        if sys.platform.startswith("linux"):
            pytest.fail("actionlint is missing: pip install -e '.[test]' installs it")
        pytest.skip("the test extras bring actionlint on Linux x86-64 only")
    return found


def test_actionlint_finds_nothing_wrong_in_the_workflows() -> None:
    workflows = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
    assert WORKFLOW in workflows
    done = subprocess.run(
        [actionlint(), "-color=false", *map(str, workflows)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    """A check that cannot fail checks nothing: a typo in an expression must be reported."""
    broken = tmp_path / ".github" / "workflows" / "ci.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(
        WORKFLOW.read_text().replace("${{ matrix.os }}", "${{ matrix.oss }}", 1),
        encoding="utf-8",
    )
    done = subprocess.run(
        [actionlint(), "-color=false", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert "oss" in done.stdout


def test_every_platform_runs_the_tests_and_builds_the_bundle() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-24.04", "windows-2022", "macos-14"):
        assert runner in text, runner
    assert "./scripts/test.sh" in text  # Linux: the README's whole suite
    assert "python -m pytest tests/unit tests/ui" in text  # Windows and macOS
    assert "QT_QPA_PLATFORM: offscreen" in text
    assert "packaging/build_linux.sh" in text
    assert "packaging/desk-mobility.spec" in text
    assert "container: debian:bookworm" in text
    assert "tests/integration/test_debian_package.py" in text

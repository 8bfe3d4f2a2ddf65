"""Run a script in a fresh interpreter and read the JSON it prints last.

Some checks need a process of their own: PySide6 builds its ``Qt`` namespace
once per process, a test process has long done so, and memory counts mean
nothing in a process that has run hundreds of tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def run_script(
    script: str,
    *args: str,
    env: Mapping[str, str] | None = None,
    platform: str = "offscreen",
    timeout: float = 60,
) -> Any:
    """The last line ``script`` prints, read as JSON; its errors in the failure message."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env={
            **(os.environ if env is None else env),
            "QT_QPA_PLATFORM": platform,
            "PYTHONPATH": str(REPO),
        },
        cwd=REPO,  # `python -c` looks in its working folder first
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])

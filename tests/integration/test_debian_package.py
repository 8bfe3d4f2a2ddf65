"""The Debian package: built offline from the bundle, clean for lintian, installed
with apt-get, used, and purged without a trace (packaging/build_deb.sh, test_deb.sh).

Installing a package changes the machine, so this runs only as root (CI and
the test machines are root) and refuses to touch a desk-mobility package that
was installed before it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.desktop_session import REPO

pytestmark = [
    pytest.mark.timeout(900),
    pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian-like system"),
    pytest.mark.skipif(
        hasattr(os, "geteuid") and os.geteuid() != 0, reason="installing a .deb needs root"
    ),
]


def run(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(REPO / "packaging" / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_package_builds_installs_runs_and_purges(tmp_path: Path) -> None:
    for tool in ("dpkg-shlibdeps", "lintian", "desktop-file-validate", "appstreamcli"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run scripts/test.sh (dpkg-dev, lintian, ...)")
    built = run("build_deb.sh", env={**os.environ, "OUT": str(tmp_path)})
    (deb,) = tmp_path.glob("desk-mobility_*.deb")
    assert "Depends: " in built and "libpython3" in built and "libxss1" in built
    assert "lintian" in built  # ran, and --fail-on error passed

    tested = run("test_deb.sh", str(deb))
    assert "/usr/bin/desk-mobility --version: Desk Mobility" in tested
    assert "docked, opened the guide, history and settings, and quit cleanly" in tested
    assert "none left after purge" in tested
    assert not Path("/usr/lib/desk-mobility").exists()

"""The app's process leaves OpenSSL out, and what it uses of hashlib and asyncio still works.

Each check runs in a fresh interpreter: the test process itself keeps its
OpenSSL.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def run_fresh(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_hashes_give_the_same_digests_without_openssl() -> None:
    """The instance name is a SHA-256 of the data folder: it must not change."""
    expected = __import__("hashlib").sha256(b"/home/someone/.local/share").hexdigest()
    out = run_fresh(
        """
        from desk_mobility.platform.no_openssl import leave_out_openssl
        assert leave_out_openssl()
        import hashlib
        print(hashlib.sha256(b"/home/someone/.local/share").hexdigest())
        """
    )
    assert out == expected


def test_the_scheduler_imports_and_tls_is_refused() -> None:
    out = run_fresh(
        """
        from desk_mobility.platform.no_openssl import leave_out_openssl
        leave_out_openssl()
        from apscheduler.schedulers.base import BaseScheduler
        import asyncio
        try:
            import ssl
        except ModuleNotFoundError:
            print("no ssl")
        """
    )
    assert out == "no ssl"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_libcrypto_is_not_mapped() -> None:
    out = run_fresh(
        """
        from desk_mobility.platform.no_openssl import leave_out_openssl
        leave_out_openssl()
        import hashlib, asyncio, apscheduler.schedulers.base
        maps = open("/proc/self/maps").read()
        print("libcrypto" in maps, "libssl" in maps)
        """
    )
    assert out == "False False"


def test_a_module_already_loaded_is_left_alone() -> None:
    out = run_fresh(
        """
        import ssl
        from desk_mobility.platform.no_openssl import leave_out_openssl
        print(leave_out_openssl())
        import sys
        print(sys.modules["ssl"] is ssl)
        """
    )
    assert out.split() == ["False", "True"]

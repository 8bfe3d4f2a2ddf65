"""The app's process runs without OpenSSL: it never talks to the network.

Two standard-library modules load OpenSSL's libcrypto (3.4 MB of it stays
mapped for the app's life) without the app ever needing it:

- ``ssl``, which ``asyncio`` imports at module level. The app does not use
  asyncio; APScheduler imports it (before Python 3.14) for one function,
  ``iscoroutinefunction``. asyncio is written for a Python built without
  OpenSSL and only refuses TLS connections then, which the app never makes.
- ``_hashlib``, OpenSSL's hashes behind ``hashlib``. Without it ``hashlib``
  uses the implementations built into CPython itself, which give the same
  digests: the instance name made from the data folder's SHA-256 does not
  change.

Marking a module as absent in ``sys.modules`` is how Python itself says "this
build has no such module" (an import of it raises ``ModuleNotFoundError``);
nothing in the standard library or any package is changed. Measured with
bench/footprint.py: about 4.5 MB less for the idle app.

It must run before anything imports ``hashlib`` or ``asyncio``; the command
line does it first thing. Tests never call it in their own process.
"""

from __future__ import annotations

import sys

# What loads libcrypto: TLS, and OpenSSL's hash functions.
OPENSSL_MODULES = ("ssl", "_ssl", "_hashlib")


def leave_out_openssl() -> bool:
    """Mark the OpenSSL modules as absent in this process; False if one is already loaded.

    A module already imported is left as it is (marking it absent now would
    only break whoever holds it), and nothing is gained then.
    """
    loaded = [name for name in OPENSSL_MODULES if sys.modules.get(name) is not None]
    if loaded:
        return False
    for name in OPENSSL_MODULES:
        sys.modules[name] = None  # type: ignore[assignment]
    return True

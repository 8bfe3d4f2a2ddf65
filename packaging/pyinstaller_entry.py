"""Entry point of the frozen app: the same as ``python -m desk_mobility``."""

from __future__ import annotations

import sys

from desk_mobility.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m desk_mobility`` and the ``desk-mobility`` command."""

from __future__ import annotations

import sys

from desk_mobility.cli import main

if __name__ == "__main__":
    sys.exit(main())

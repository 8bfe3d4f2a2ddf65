"""The one error reading the history raises, in words for the user.

Its own module, so the storage layer can raise it without loading the weekly
summaries (core/week.py), which only the history window and a due break read.
"""

from __future__ import annotations


class StoreError(RuntimeError):
    """History could not be read; the message is meant for the user."""

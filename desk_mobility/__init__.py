"""Desk Mobility: sitting-time tracking and a guided thoracic rotation drill."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Desk Mobility"
APP_ID = "desk-mobility"

"""Shared test set-up: widgets render offscreen unless a test brings its own display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's offscreen platform warns about missing fonts directories and
# unsupported window opacity; neither says anything about our code.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

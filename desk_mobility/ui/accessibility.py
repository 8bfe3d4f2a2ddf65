"""Naming widgets for screen readers and speaking changes to them.

A screen reader learns what a control is from its accessible name and
description, and learns that something changed on screen from an
announcement. Every window names its controls through ``name`` once it is
built, and says what changed through ``announce``, so the wording stays
translatable and no event is sent when nothing changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def tr(context: str, text: str, n: int = -1) -> str:
    """``QCoreApplication.translate``; ``n`` picks a plural form for ``%n``."""
    return QCoreApplication.translate(context, text, None, n)


def name(widget: QWidget, accessible_name: str, description: str | None = None) -> None:
    """Give ``widget`` a name (and a description), sending change events only on change."""
    if widget.accessibleName() != accessible_name:
        widget.setAccessibleName(accessible_name)
    if description is not None and widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> bool:
    """Ask the screen reader to speak ``text`` now; False when none is listening.

    Polite announcements wait for the reader to finish what it is saying;
    assertive ones interrupt it, for what must be heard at once.
    """
    if not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    return True

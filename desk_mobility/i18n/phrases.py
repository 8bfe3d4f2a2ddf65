"""Translated phrases with plural forms, in a shape Qt's lupdate can read.

lupdate marks a message as plural (``%n``) only when it is written as
``self.tr(source, disambiguation, n)``, and it takes the context from the
class that holds the call. PySide's own ``QObject.tr`` would look the
message up under the name of the object's class instead, which breaks for a
subclass; ``Phrases.tr`` uses the class name too, but each context is a class
of its own that nothing subclasses, so the context lupdate wrote is the one
looked up. Sentences without a number use ``QCoreApplication.translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


class Phrases:
    """Base of a group of plural phrases; the subclass's name is their context."""

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(type(self).__name__, source, disambiguation, n)


def number(value: float, decimals: int = -1) -> str:
    """A number in the user's locale: ``1,5`` in German, ``١٫٥`` in Arabic."""
    locale = QLocale()
    if isinstance(value, int) and decimals < 0:
        return locale.toString(value)
    if decimals < 0:
        text = locale.toString(float(value), "g", 6)
        return text
    return locale.toString(float(value), "f", decimals)


def translate(context: str, source: str) -> str:
    """``core.text``'s ``Translate``: the current translation of one source."""
    return QCoreApplication.translate(context, source)

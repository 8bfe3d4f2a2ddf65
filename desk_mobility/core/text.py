"""Words that core makes, translated where they are shown.

Core is plain Python and cannot call Qt's translator, yet some of its words
reach the user: the settings table's labels and descriptions, the reason a
value is refused, the names of the weekly figures. So core never translates;
it only marks. ``QT_TRANSLATE_NOOP(context, source)`` returns the English
source unchanged at run time, and Qt's ``lupdate`` finds it in the source code
and puts it in the ``.ts`` files like any ``translate()`` call. A message with
values is a ``Text``: the English sentence (it *is* a ``str``, so logs, tests
and the settings file's comments read it as before) that also remembers its
context, its source and its values, so the shell can render it again in the
user's language at the moment it is shown (``Text.render(translate)``), even
after the language changed. Values that are themselves ``Text`` are rendered
in the same language, and numbers go through the shell's number format so a
German user reads ``1,5``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: ``translate(context, source)``: QCoreApplication.translate in the shell, identity here.
Translate = Callable[[str, str], str]
#: How the shell writes a number in the user's locale.
NumberFormat = Callable[[float], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged (lupdate knows it)."""
    del context
    return source


def english(context: str, source: str) -> str:
    """The identity translation: the source text itself."""
    del context
    return source


def plain_number(value: float) -> str:
    """A number as Python writes it, without a trailing ``.0``."""
    return f"{value:g}" if isinstance(value, float) else str(value)


class Text(str):
    """An English message (the string itself) that can be rendered in another language.

    ``source`` uses ``str.format`` fields (``{value}``), so translators keep
    the field names and may move them.
    """

    context: str
    source: str
    args: dict[str, Any]

    def __new__(cls, context: str, source: str, **args: Any) -> Text:
        made = super().__new__(cls, _fill(source, args, english, plain_number))
        made.context = context
        made.source = source
        made.args = args
        return made

    def render(self, translate: Translate = english, number: NumberFormat = plain_number) -> str:
        """The message in the language ``translate`` speaks."""
        return _fill(translate(self.context, self.source), self.args, translate, number)


def render(message: str, translate: Translate, number: NumberFormat = plain_number) -> str:
    """A ``Text`` rendered through ``translate``; any other string as it is."""
    if isinstance(message, Text):
        return message.render(translate, number)
    return message


def _fill(pattern: str, args: dict[str, Any], translate: Translate, number: NumberFormat) -> str:
    values: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, Text):
            values[key] = value.render(translate, number)
        elif isinstance(value, bool) or not isinstance(value, int | float):
            values[key] = value
        else:
            values[key] = number(value)
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the source lacks must not hide the message.
        return pattern

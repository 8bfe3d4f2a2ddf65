"""Reading the .ts sources, and a generated pseudo-locale for checking every screen.

The pseudo-locale turns each English source into an accented text 40 % longer,
bracketed as ``⟦…⟧``: a screen that still shows an English word outside the
brackets has a string that never went through the translator, and a label
too small for the longer text shows clipping that a real, longer language
(German, Polish) would hit.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "desk_mobility" / "i18n"
ROUTINES = REPO / "desk_mobility" / "assets" / "routines"
BIN = Path(sys.executable).parent
LANGUAGES = ("de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja", "zh_CN", "ar")

_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnsz",
    "àéîõüÿÅÉÎÕÜŸçñšž",
)
# What a translator must keep as it is: {fields}, %n, and line breaks.
_KEEP = re.compile(r"(\{[a-z_]+\}|%L?n|\n)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    translations: tuple[str, ...]
    unfinished: bool
    obsolete: bool


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    found: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            plural = message.get("numerus") == "yes"
            if plural:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    plural,
                    forms,
                    kind == "unfinished",
                    kind in ("obsolete", "vanished"),
                )
            )
    return found


def pseudo(text: str) -> str:
    """'Start break now' -> '⟦Štàrt ßréàk ñõw·····⟧': accented, 40 % longer, bracketed."""
    parts = _KEEP.split(text)
    out = [p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts]
    visible = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    return "⟦" + "".join(out) + "·" * math.ceil(visible * 0.4) + "⟧"


def english_words() -> set[str]:
    """Every word of three letters or more in the English sources and the routine file."""
    texts = [m.source for m in read_ts(I18N / "desk_mobility_de.ts")]
    routine = tomllib.loads((ROUTINES / "seated-thoracic-rotation.toml").read_text("utf-8"))
    texts.extend(_strings(routine))
    words: set[str] = set()
    for text in texts:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", _KEEP.sub(" ", text)))
    # The brand stays as it is in every language; key names are printed on keyboards.
    return words - {"desk", "mobility", "csv", "alt", "ctrl", "home", "esc"}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def untranslated(text: str, vocabulary: set[str]) -> list[str]:
    """English words of ``text`` outside the pseudo brackets."""
    outside = text
    while True:
        stripped = re.sub(r"⟦[^⟦⟧]*⟧", " ", outside)
        if stripped == outside:
            break
        outside = stripped
    return [w for w in re.findall(r"[A-Za-z]{3,}", outside) if w.lower() in vocabulary]


def build_pseudo_catalog(folder: Path) -> Path:
    """A .qm whose every message is the pseudo text of its source (dates keep their pattern)."""
    # English plural rules: the pseudo text has the same two forms.
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append('<TS version="2.1" language="en">')
    by_context: dict[str, list[Message]] = {}
    for message in read_ts(I18N / "desk_mobility_de.ts"):
        by_context.setdefault(message.context, []).append(message)
    # Qt's own words (the dialog's standard buttons) come from its qtbase catalogue,
    # which ships for every language the app has; the pseudo-locale stands in for it.
    by_context["QPlatformTheme"] = [
        Message("QPlatformTheme", text, False, (), False, False)
        for text in ("OK", "Apply", "Cancel", "Restore Defaults", "Close", "Save")
    ]
    for context, messages in by_context.items():
        lines.append(f"<context><name>{escape(context)}</name>")
        for m in messages:
            text = m.source if context == "DateFormat" else pseudo(m.source)
            numerus = ' numerus="yes"' if m.plural else ""
            body = f"<numerusform>{escape(text)}</numerusform>" * 2 if m.plural else escape(text)
            lines.append(
                f"<message{numerus}><source>{escape(m.source)}</source>"
                f"<translation>{body}</translation></message>"
            )
        lines.append("</context>")
    lines.append("</TS>")
    ts = folder / "desk_mobility_pseudo.ts"
    ts.write_text("\n".join(lines), encoding="utf-8")
    qm = folder / "desk_mobility_pseudo.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )
    return qm


def pseudo_routine(folder: Path) -> Path:
    """A copy of the routine with a pseudo translation beside it; returns the routine path."""
    from desk_mobility.core.routine.translation import text_ids
    from desk_mobility.files.routine_file import load_routine

    source = ROUTINES / "seated-thoracic-rotation.toml"
    routine = load_routine(source)
    target = folder / source.name
    target.write_text(source.read_text("utf-8"), encoding="utf-8")
    (folder / "translations").mkdir(exist_ok=True)
    lines = [f'["{routine.id}"]']
    for key, text in text_ids(routine).items():
        escaped = pseudo(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        lines.append(f'"{key}" = "{escaped}"')
    (folder / "translations" / "pseudo.toml").write_text("\n".join(lines), encoding="utf-8")
    return target

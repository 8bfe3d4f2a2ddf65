"""A routine's words in another language, keyed by where they stand in the file.

Each text a routine file holds has an id made of its place: ``title``,
``setup.2.detail``, ``cues.early.1``, ``about.benefits.3`` (numbers count from
1). A translation is a table of those ids (``translations/<language>.toml``
beside the routine, one table per routine id), so translators see the English
and its id together, and the drill's numbers, tempo and pictures stay in the
one routine file. A missing id keeps the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from desk_mobility.core.routine.model import About, Compensation, Routine, SetupStep


def _numbered(prefix: str, texts: tuple[str, ...]) -> dict[str, str]:
    return {f"{prefix}.{i}": text for i, text in enumerate(texts, start=1)}


def text_ids(routine: Routine) -> dict[str, str]:
    """Every translatable text of ``routine`` by id, in the file's order."""
    ids: dict[str, str] = {
        "title": routine.title,
        "tagline": routine.tagline,
        "why": routine.why,
        "disclaimer": routine.disclaimer,
    }
    ids.update(_numbered("equipment", routine.equipment))
    for i, step in enumerate(routine.setup, start=1):
        ids[f"setup.{i}.title"] = step.title
        ids[f"setup.{i}.detail"] = step.detail
    ids.update(_numbered("cues.early", routine.early_cues))
    ids.update(_numbered("cues.late", routine.late_cues))
    for i, comp in enumerate(routine.compensations, start=1):
        ids[f"compensations.{i}.name"] = comp.name
        ids[f"compensations.{i}.cue"] = comp.cue
    about = routine.about
    ids["about.what"] = about.what
    ids["about.key_detail"] = about.key_detail
    ids.update(_numbered("about.causes", about.causes))
    ids.update(_numbered("about.benefits", about.benefits))
    ids.update(_numbered("about.signs", about.signs))
    ids["about.not_this"] = about.not_this
    return {key: text for key, text in ids.items() if text}


def unknown_ids(routine: Routine, texts: Mapping[str, str]) -> list[str]:
    """Ids in a translation that the routine does not have (a renamed or removed text)."""
    known = text_ids(routine)
    return [key for key in texts if key not in known]


def translated(routine: Routine, texts: Mapping[str, str]) -> Routine:
    """``routine`` with each text that ``texts`` translates replaced; the rest stays."""

    def pick(key: str, english: str) -> str:
        value = texts.get(key)
        return value if isinstance(value, str) and value.strip() else english

    def many(prefix: str, items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(pick(f"{prefix}.{i}", text) for i, text in enumerate(items, start=1))

    about = routine.about
    return replace(
        routine,
        title=pick("title", routine.title),
        tagline=pick("tagline", routine.tagline),
        why=pick("why", routine.why),
        disclaimer=pick("disclaimer", routine.disclaimer),
        equipment=many("equipment", routine.equipment),
        setup=tuple(
            SetupStep(
                pick(f"setup.{i}.title", step.title),
                pick(f"setup.{i}.detail", step.detail),
                step.picture,
            )
            for i, step in enumerate(routine.setup, start=1)
        ),
        early_cues=many("cues.early", routine.early_cues),
        late_cues=many("cues.late", routine.late_cues),
        compensations=tuple(
            Compensation(
                pick(f"compensations.{i}.name", c.name), pick(f"compensations.{i}.cue", c.cue)
            )
            for i, c in enumerate(routine.compensations, start=1)
        ),
        about=About(
            what=pick("about.what", about.what),
            key_detail=pick("about.key_detail", about.key_detail),
            causes=many("about.causes", about.causes),
            benefits=many("about.benefits", about.benefits),
            signs=many("about.signs", about.signs),
            not_this=pick("about.not_this", about.not_this),
        ),
    )

"""Which language the app speaks, and switching to it.

The choice follows the desktop the way gettext programs do: ``LANGUAGE``
(a colon-separated list of preferences) first, then ``LC_ALL``,
``LC_MESSAGES`` and ``LANG``, then Qt's own view of the system
(``QLocale.system().uiLanguages()``, which is how Windows and macOS say it).
The first language the app ships wins; otherwise it speaks English, the
language of its sources. The ``language`` setting overrides all of that.

Installing a language loads two translators, the app's own
(``desk_mobility_<code>.qm`` beside this module) and Qt's (``qtbase_<code>.qm``,
for the standard buttons and dialogs), sets the default ``QLocale`` so dates,
times and numbers follow, and mirrors the layouts for a right-to-left
language. Qt then sends every widget a ``LanguageChange`` event.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desk_mobility.core.settings import LANGUAGES

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
#: The languages with a translation, as the settings name them.
SHIPPED = tuple(code for code in LANGUAGES if code not in ("system", SOURCE_LANGUAGE))
#: The shipped languages written right to left: the whole layout mirrors for them.
RIGHT_TO_LEFT = frozenset({"ar"})
#: ``Qt.LayoutDirection``'s values, for the application's ``layoutDirection``
#: property. Naming the enum would make PySide6 build its whole ``Qt``
#: namespace, 1.4 MB the idle app otherwise never needs (see ui/icons.py).
LAYOUT_LEFT_TO_RIGHT, LAYOUT_RIGHT_TO_LEFT = 0, 1
_ALIASES = {"pt": "pt_BR", "zh": "zh_CN", "zh_SG": "zh_CN", "zh_Hans": "zh_CN"}


def catalog_dir() -> Path:
    """Where the ``.qm`` files are: beside this module, in a checkout, a wheel or a bundle."""
    return Path(__file__).resolve().parent


def shipped_code(tag: str) -> str | None:
    """The shipped language for a locale name like ``de_AT.UTF-8``, ``pt-BR`` or ``ja``."""
    name = tag.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].replace("-", "_")
    if not name or name in ("C", "POSIX"):
        return None
    if name == SOURCE_LANGUAGE or name.startswith(SOURCE_LANGUAGE + "_"):
        return SOURCE_LANGUAGE
    if name in SHIPPED:
        return name
    if name in _ALIASES:
        return _ALIASES[name]
    language, _, region = name.partition("_")
    if language == "zh":
        # Simplified Chinese is what ships; Taiwan and Hong Kong write Traditional.
        return None if region in ("TW", "HK", "MO", "Hant") else "zh_CN"
    if language == "pt":
        return "pt_BR"
    return language if language in SHIPPED else None


def system_language(
    environ: Mapping[str, str] | None = None, ui_languages: list[str] | None = None
) -> str:
    """The language the desktop asks for, among those shipped; English when none fits."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    locale_var = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    # gettext ignores LANGUAGE when the locale is "C": so does this.
    if env.get("LANGUAGE") and locale_var.split(".")[0] not in ("C", "POSIX"):
        wanted.extend(part for part in env["LANGUAGE"].split(":") if part)
    if locale_var:
        wanted.append(locale_var)
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    wanted.extend(ui_languages)
    for tag in wanted:
        code = shipped_code(tag)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def resolve(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak for the ``language`` setting ("system" or a code)."""
    if setting != "system" and (setting == SOURCE_LANGUAGE or setting in SHIPPED):
        return setting
    return system_language(environ)


#: Each language in its own words, as a language menu shows it (Qt's own names vary with
#: the region, e.g. "español de España").
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ar": "العربية",
}


def display_name(code: str) -> str:
    """A language in its own words ("Deutsch", "日本語"); "system" in the current language."""
    if code == "system":
        return QCoreApplication.translate("Settings", "As on this computer")
    return NATIVE_NAMES.get(code, code)


@dataclass
class Installed:
    """The language in force and the translators that carry it."""

    code: str
    translators: list[QTranslator]


#: The one language in force (a list, so installing again replaces it without a global).
_installed: list[Installed] = []


def install(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """Speak the language the setting asks for, from now on; returns its code.

    Replaces the translators of an earlier call, so it also switches language
    while the app runs.
    """
    app = QCoreApplication.instance()
    code = resolve(setting, environ)
    if _installed:
        if _installed[0].code == code:
            return code
        for translator in _installed.pop().translators:
            QCoreApplication.removeTranslator(translator)
    translators: list[QTranslator] = []
    # English has a catalogue too: it holds the plural forms ("1 minute", "2 minutes").
    own = QTranslator(app)
    if own.load(f"desk_mobility_{code}", str(catalog_dir())):
        translators.append(own)
    else:
        log.warning("no translation for %s in %s: speaking English", code, catalog_dir())
    if code != SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo  # Qt's own words: English needs none

        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            translators.append(qt)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _installed.append(Installed(code, translators))
    follows_system = setting == "system" or resolve("system", environ) == code
    locale = QLocale.system() if follows_system else QLocale(code)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        rtl = code in RIGHT_TO_LEFT
        app.setProperty("layoutDirection", LAYOUT_RIGHT_TO_LEFT if rtl else LAYOUT_LEFT_TO_RIGHT)
    log.info("language: %s (setting %s, locale %s)", code, setting, locale.name())
    return code


def current() -> str:
    """The language installed last, or English before any."""
    return _installed[0].code if _installed else SOURCE_LANGUAGE

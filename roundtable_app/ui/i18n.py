"""The app's languages: ``tr()``, the translators, the chosen language and its locale.

Every user-visible string goes through :func:`tr` with an explicit context, so plurals work
(``self.tr`` on a Python subclass loses them) and ``pyside6-lupdate`` finds each string. The
chosen language is remembered as a BCP 47 tag (``en``, ``sr-Latn``, ``sr-Cyrl``), never as
``QLocale.name()``, which says ``sr_RS`` for both Serbian scripts.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QTime,
    QTranslator,
    Signal,
    SignalInstance,
)

from roundtable_app.paths import resources_dir

# The tags, in the order the picker shows them, each named in its own language and script.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "sr-Latn": "Srpski (latinica)",
    "sr-Cyrl": "Српски (ћирилица)",
}
DEFAULT_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"
# The .qm files: the app's own strings, and Roundtable's translation of the Qt strings it shows
# (Qt ships no qtbase_sr).
APP_CATALOGUE = "roundtable"
QT_CATALOGUE = "roundtable_qt"
TRANSLATIONS_ENV = "ROUNDTABLE_TRANSLATIONS_DIR"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """``text`` in the chosen language, looked up under ``context``.

    The arguments are positional because ``pyside6-lupdate`` reads only positional calls;
    for a plural write ``tr("Ctx", "%n remarks", None, count)``, and ``%n`` becomes the number
    in the translation's plural form (Serbian has three).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for extraction under ``context`` without translating it yet (module-level
    tables); translate it with ``tr(context, text)`` where it is shown."""
    del context
    return text


# The remark kinds as the UI shows them (roundtable_app.vault.types.KIND_LABELS), listed here so
# that lupdate extracts them; the summary's own kind headings are the export's wording.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("Kinds", "Observation"),
    QT_TRANSLATE_NOOP("Kinds", "Challenge"),
    QT_TRANSLATE_NOOP("Kinds", "Good practice"),
    QT_TRANSLATE_NOOP("Kinds", "Lesson"),
    QT_TRANSLATE_NOOP("Kinds", "Recommendation"),
    QT_TRANSLATE_NOOP("Kinds", "Question"),
)


def file_suffix(tag: str) -> str:
    """The suffix of a tag's .qm/.ts files: ``sr-Latn`` -> ``sr_Latn``."""
    return tag.replace("-", "_")


def translations_dir() -> Path:
    """Where the compiled .qm files are (``$ROUNDTABLE_TRANSLATIONS_DIR`` in tests)."""
    override = os.environ.get(TRANSLATIONS_ENV)
    return Path(override) if override else resources_dir() / "translations"


def normalise_tag(raw: object) -> str | None:
    """A known tag from a stored value, or None (an unknown or damaged setting)."""
    text = str(raw or "").strip()
    for tag in LANGUAGES:
        if text.lower() == tag.lower():
            return tag
    return None


def locale_for(tag: str) -> QLocale:
    """The QLocale of a tag: its dates, weekdays and numbers."""
    if tag == "sr-Latn":
        return QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia)
    if tag == "sr-Cyrl":
        return QLocale(
            QLocale.Language.Serbian, QLocale.Script.CyrillicScript, QLocale.Country.Serbia
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _explicit_script(names: list[str]) -> str | None:
    for name in names:
        lowered = name.replace("_", "-").lower()
        if "latn" in lowered or "@latin" in lowered:
            return "sr-Latn"
        if "cyrl" in lowered or "@cyrillic" in lowered:
            return "sr-Cyrl"
    return None


def system_language(locale: QLocale | None = None, env: dict[str, str] | None = None) -> str | None:
    """The tag the system asks for, or None when it is Serbian without a script we can tell.

    ``QLocale`` fills in Cyrillic for a bare ``sr_RS`` (its likely script, also in
    ``uiLanguages()``), so the script only counts when the system spelled it out:
    ``sr_RS@latin`` in ``$LANG``, or a locale whose BCP 47 name keeps ``Latn`` (which Qt drops
    when it is the likely script). Any other language gets English, the only other one we have.
    """
    locale = locale if locale is not None else QLocale.system()
    if locale.language() != QLocale.Language.Serbian:
        return "en"
    environ = os.environ if env is None else env
    names = [environ.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    found = _explicit_script([n for n in names if n.lower().startswith("sr")])
    if found:
        return found
    return _explicit_script([locale.bcp47Name()])


class _LanguageState(QObject):
    """The installed translators and the chosen tag, one per application."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.tag = DEFAULT_LANGUAGE
        self.translators: list[QTranslator] = []


_STATE: _LanguageState | None = None


def _state() -> _LanguageState:
    global _STATE
    if _STATE is None:
        _STATE = _LanguageState()
    return _STATE


def current_language() -> str:
    """The tag whose translators are installed now."""
    return _state().tag


def language_changed() -> SignalInstance:
    """Emitted with the new tag after :func:`install_language` switched languages."""
    return _state().changed  # type: ignore[return-value]


def install_language(tag: str, folder: Path | None = None) -> list[str]:
    """Install the translators of ``tag`` (removing the previous ones) and its locale.

    Returns the catalogues that could not be loaded (empty when all were found); a missing
    catalogue leaves those strings in English rather than stopping the app.
    """
    app = QCoreApplication.instance()
    state = _state()
    for old in state.translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    state.translators = []
    missing: list[str] = []
    where = folder if folder is not None else translations_dir()
    for catalogue in (APP_CATALOGUE, QT_CATALOGUE):
        if tag == "en" and catalogue == QT_CATALOGUE:
            continue  # Qt's own strings are English already
        translator = QTranslator()
        name = f"{catalogue}_{file_suffix(tag)}"
        if translator.load(name, str(where)):
            QCoreApplication.installTranslator(translator)
            state.translators.append(translator)
        else:
            missing.append(name)
    QLocale.setDefault(locale_for(tag))
    previous, state.tag = state.tag, tag
    if previous != tag:
        state.changed.emit(tag)
    return missing


def weekday_time(moment: _dt.datetime, tag: str | None = None) -> str:
    """A short weekday and time in the chosen language: ``Tue 14:05``, ``uto 14:05``."""
    locale = locale_for(tag or current_language())
    day = QDate(moment.year, moment.month, moment.day)
    clock = QTime(moment.hour, moment.minute, moment.second)
    return locale.toString(QDateTime(day, clock), "ddd HH:mm")


def long_date(day: _dt.date, tag: str | None = None) -> str:
    """A date written out in the chosen language: ``14 June 2016``, ``14. jun 2016.``."""
    locale = locale_for(tag or current_language())
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

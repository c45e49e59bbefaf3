"""The one door for the desktop app's language: which language, and Qt's translators for it.

The language follows the system unless the user picks one in Edit → Preferences… (kept in
QSettings). At start :func:`install_translation` loads our catalogue
(``resources/translations/skill_ladder_<lang>.qm``) and Qt's own ``qtbase_<lang>.qm`` for standard
buttons and dialogs, sets the default QLocale (dates and numbers) and tells :mod:`core.i18n`, so
reports and core messages speak the same language. A new choice applies at the next start.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.i18n import CATALOGUE_PREFIX, CHINESE, ENGLISH, normalise_language, set_language
from resources import resource_path

LANGUAGE_KEY = "ui/language"
"""QSettings key of the chosen language; missing or empty: follow the system."""

_installed: list[QTranslator] = []


def chosen_language() -> str | None:
    """The language picked in Preferences, or None to follow the system."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return normalise_language(str(value)) if value else None


def set_chosen_language(language: str | None) -> None:
    """Remember the language for the next start (None: follow the system)."""
    QSettings().setValue(LANGUAGE_KEY, language or "")


def system_language() -> str:
    """The system's language when the app speaks it, English otherwise."""
    for name in QLocale.system().uiLanguages():
        language = normalise_language(name)
        if language is not None:
            return language
    return normalise_language(QLocale.system().name()) or ENGLISH


def effective_language() -> str:
    """The language the interface uses: the chosen one, else the system's."""
    return chosen_language() or system_language()


def install_translation(language: str | None = None) -> str:
    """Install the translators of ``language`` (default: :func:`effective_language`) in the
    running QCoreApplication, set the default locale and the headless language; returns it."""
    language = language or effective_language()
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"{CATALOGUE_PREFIX}_{language}.qm"))):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if language != ENGLISH:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"{qt_dir}/qtbase_{language}.qm"):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(_locale_for(language))
    set_language(language)
    return language


def _locale_for(language: str) -> QLocale:
    system = QLocale.system()
    if normalise_language(system.name()) == language:
        return system  # the system's own conventions (e.g. en_GB dates) when it speaks it
    if language == CHINESE:
        return QLocale("zh_CN")
    return QLocale(QLocale.Language.English, system.territory())


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started."""
    # orig_argv keeps "-m cli.main" or the script path; a frozen build's executable is the app.
    return sys.executable, list(sys.orig_argv[1:])

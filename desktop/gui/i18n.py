"""Interface language: Indonesian is the source text; English comes from a compiled Qt translation (.qm)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop import resources

LANGUAGES = ("id", "en")
SOURCE_LANGUAGE = "id"
SETTINGS_KEY = "ui/language"


def ts_file(lang: str) -> Path:
    return resources.path("i18n", f"asesmen_{lang}.ts")


def qm_file(lang: str) -> Path:
    return resources.path("i18n", f"asesmen_{lang}.qm")


def locale_for(lang: str) -> QLocale:
    """Dates and numbers follow the interface language (Indonesian: 23 November 2026, 96,30)."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return value if value in LANGUAGES else None


def save_language(settings: QSettings, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang}")
    settings.setValue(SETTINGS_KEY, lang)
    settings.sync()


def install_translator(lang: str, qm: Path | None = None) -> QTranslator | None:
    """Install the translator for `lang` on the running application.

    Returns None for Indonesian (nothing to translate). Raises FileNotFoundError when the .qm is missing
    or unreadable, so the caller decides whether to fall back to Indonesian.
    """
    if lang == SOURCE_LANGUAGE:
        return None
    qm = qm or qm_file(lang)
    translator = QTranslator(QCoreApplication.instance())
    if not qm.is_file() or not translator.load(str(qm)):
        raise FileNotFoundError(f"terjemahan tidak ditemukan: {qm} (jalankan: make translations)")
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def compile_translation(ts: Path, qm: Path) -> Path:
    """Developer helper (tests, screenshots): `pyside6-lrelease ts -qm qm` from this interpreter's venv."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm.parent.mkdir(parents=True, exist_ok=True)
    import subprocess  # only tests and screenshots compile translations at run time

    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm

"""The interface's language: Qt translators for our strings and Qt's own dialogs."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.i18n import use_language

INTERFACE_LANGUAGES = ("auto", "fr", "en")
SOURCE_LANGUAGE = "en"  # the strings in the code are English: no translator needed
TRANSLATIONS_FOLDER = Path(__file__).resolve().parent / "translations"
CATALOGUE = "claim_reader"


def interface_language(chosen: str = "auto") -> str:
    """The language the interface speaks: the one chosen, else the system's if we have it."""
    if chosen in INTERFACE_LANGUAGES and chosen != "auto":
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if (TRANSLATIONS_FOLDER / f"{CATALOGUE}_{system}.ts").is_file() else SOURCE_LANGUAGE


def compiled_catalogue(language: str) -> Path | None:
    """The .qm of a language: shipped beside its .ts if current, else compiled once into the cache."""
    source = TRANSLATIONS_FOLDER / f"{CATALOGUE}_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped  # the packaged app ships only the .qm
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = _cache_folder() / f"{CATALOGUE}_{language}_{digest}.qm"
    if cached.is_file() or compile_catalogue(source, cached):
        return cached
    return None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile a .ts into a .qm with PySide6's lrelease (temp file, then rename); whether it worked."""
    lrelease = lrelease_program()
    if lrelease is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        done = subprocess.run([lrelease, "-silent", str(source), "-qm", str(partial)],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def lrelease_program() -> str | None:
    """PySide6's lrelease, which comes with the PySide6-Essentials wheel."""
    import PySide6

    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _cache_folder() -> Path:
    """Where compiled catalogues go when the installed package's folder has none: beside the analyses."""
    from reader.cache import cache_dir

    return cache_dir().parent / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's base one for a language; the translators installed."""
    installed = []
    for translator in (_qt_base_translator(language), _our_translator(language)):
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    app._translators = installed  # Qt does not own them: keep them alive with the app
    use_language(language)  # the messages of the Qt-free parts too
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the interface chosen
    return installed


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English)."""
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    app._translators = []
    use_language(SOURCE_LANGUAGE)


def _our_translator(language: str) -> QTranslator | None:
    """Our strings in a language, if we have them."""
    catalogue = compiled_catalogue(language) if language != SOURCE_LANGUAGE else None
    translator = QTranslator()
    return translator if catalogue and translator.load(str(catalogue)) else None


def _qt_base_translator(language: str) -> QTranslator | None:
    """Qt's own strings (file dialogs, message box buttons) in a language."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = translator.load(f"qtbase_{language}", folder)
    if not loaded and getattr(sys, "frozen", False):  # the packaged app keeps them beside PySide6
        loaded = translator.load(f"qtbase_{language}", str(Path(sys._MEIPASS) / "PySide6" / "Qt" / "translations"))
    return translator if loaded else None

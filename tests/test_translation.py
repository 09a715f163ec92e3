"""The interface in French: every string translated, Qt's own strings too, the choice remembered."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reader import settings as settings_store
from reader.ui.help_text import help_html
from reader.ui.main_window import MainWindow
from reader.ui.translation import (TRANSLATIONS_FOLDER, compiled_catalogue, install_translators,
                                   interface_language, lrelease_program, remove_translators)

ROOT = Path(__file__).resolve().parents[1]
FRENCH_TS = TRANSLATIONS_FOLDER / "claim_reader_fr.ts"


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """Each (context, source text) of a .ts file with its translation element."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


@pytest.fixture
def french(qapp):
    """The application speaking French for one test, English again after it."""
    install_translators(qapp, "fr")
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def test_every_string_of_the_source_has_a_french_translation(tmp_path):
    lupdate = Path(lrelease_program()).with_name(Path(lrelease_program()).name.replace("lrelease", "lupdate"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(FRENCH_TS, fresh)
    sources = sorted(str(path) for path in (ROOT / "reader").rglob("*.py"))
    subprocess.run([str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_source = messages(fresh)
    untranslated = [source for source, translation in in_source.items()
                    if translation.get("type") == "unfinished" or not (translation.text or "").strip()]
    assert untranslated == []
    assert set(in_source) == set(messages(FRENCH_TS))  # nothing stale kept in the repository's file


def test_the_catalogue_compiles_and_is_cached_by_content(tmp_path, monkeypatch):
    monkeypatch.setattr("reader.ui.translation._cache_folder", lambda: tmp_path)
    catalogue = compiled_catalogue("fr")
    assert catalogue is not None and catalogue.stat().st_size > 0
    assert compiled_catalogue("fr") == catalogue
    assert compiled_catalogue("de") is None  # a language we do not have


def test_french_menus_name_the_interface_and_the_article_languages_apart(french, qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "É&dition", "Affic&hage", "&Langue de l'article", "&Aide"]
    view = window.menuBar().actions()[2].menu()
    assert "&Langue de l'interface" in [action.text() for action in view.actions()]
    assert [a.text() for a in window.menus.interface_actions.values()] == [
        "&Automatique (celle du système)", "&Français", "&English"]


def test_qt_own_dialog_buttons_speak_french(french):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"


def test_english_when_no_translator(qapp, qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"


def test_the_interface_language_chosen_is_remembered_for_the_next_start(qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.menus.interface_actions["fr"].trigger()
    assert settings_store.load(config_dir).interface_language == "fr"
    assert "next start" in window.statusBar().currentMessage()
    assert interface_language("fr") == "fr" and interface_language("en") == "en"


def test_a_bad_interface_language_in_the_settings_falls_back_to_automatic():
    assert settings_store.from_dict({"interface_language": "klingon"}).interface_language == "auto"


def test_french_legend_panel_and_find_bar(french, qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    legend = [label.text() for label in window.legend.findChildren(QLabel)]
    assert {"Citation directe", "Discours rapporté", "Affirmation non attribuée"} <= set(legend)
    assert "<i>italique</i> : conditionnel · <b>gras</b> : source et verbe introducteur" in legend
    assert [box.text() for box in window.panel.kind_boxes.values()] == [
        "Directes", "Rapportées", "Non attribuées"]
    assert window.panel.summary.text() == "Aucun article ouvert."
    assert window.find_bar.field.placeholderText() == "Chercher dans l'article"
    assert window.welcome.open_button.text() == "Ouvrir un article…"


def test_a_french_message_box_and_its_buttons(french, qtbot, config_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.claim_menu.marks.failed.emit("Marques désactivées : impossible d'utiliser x.")
    box = window.claim_menu.warning
    assert box.windowTitle() == "Marques désactivées"
    assert box.text() == "Marques désactivées : impossible d'utiliser x."
    assert [button.text() for button in box.buttons()] == ["OK"]
    question = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                           | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    assert sorted(button.text() for button in question.buttons()) == ["&Non", "&Oui", "Annuler"]


def test_the_help_page_is_entirely_french(french):
    page = QTextDocument()
    page.setHtml(help_html(dark=False))
    text = page.toPlainText()
    assert text.startswith("Comment lire les couleurs\n")
    assert "Citation directe" in text and "soulignement en tirets" in text
    assert "Des mots entre guillemets, attribués à la personne" in text
    # English words that would betray a sentence left untranslated (the “may” of an example aside).
    english = {"the", "and", "of", "is", "are", "claim", "claims", "underline", "click", "its"}
    words = {word.strip(".,;:()«»“”").lower() for word in text.split()}
    assert words & english == set()


def test_help_page_in_english_without_translator(qapp):
    assert "Every sentence the article states" in help_html(dark=False)

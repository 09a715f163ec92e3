"""The Qt-free messages (command line, loaders, summaries) in French: every one translated."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from reader import i18n
from reader.i18n import read_po

ROOT = Path(__file__).resolve().parents[1]
FRENCH_PO = ROOT / "reader" / "locale" / "fr" / "LC_MESSAGES" / "claim_reader.po"
MARKERS = {"_": 1, "N_": 1, "ngettext": 2}  # the functions that take messages, and how many


def messages_in_source() -> set:
    """Every literal message given to _(), N_() or ngettext() under reader/."""
    found = set()
    for path in (ROOT / "reader").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in MARKERS:
                texts = [arg.value for arg in node.args[:MARKERS[node.func.id]]
                         if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
                if len(texts) < MARKERS[node.func.id]:  # _(NAMES[key]): marked with N_() where defined
                    assert node.func.id == "_", f"{path}: {ast.unparse(node)} is not literal"
                    continue
                found.add(texts[0] if len(texts) == 1 else tuple(texts))
    return found


def test_every_message_of_the_source_has_a_french_translation():
    translated = read_po(FRENCH_PO.read_text(encoding="utf-8"))
    assert sorted(map(str, messages_in_source() - set(translated))) == []
    assert sorted(map(str, set(translated) - messages_in_source())) == []  # nothing stale


def test_a_po_file_is_read_with_its_escapes_plurals_and_fuzzy_entries_left_out():
    text = ('msgid ""\nmsgstr "Language: fr\\n"\n\n'
            'msgid "Say \\"hi\\"\\n"\nmsgstr ""\n"Dites "\n"\\"bonjour\\"\\n"\n\n'
            '#, fuzzy\nmsgid "Guess"\nmsgstr "Devine"\n\n'
            'msgid "{n} file"\nmsgid_plural "{n} files"\nmsgstr[0] "{n} fichier"\nmsgstr[1] "{n} fichiers"\n')
    assert read_po(text) == {'Say "hi"\n': 'Dites "bonjour"\n',
                             ("{n} file", "{n} files"): ("{n} fichier", "{n} fichiers")}


def test_french_follows_the_system_or_the_window_choice(monkeypatch):
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.current_language() == "fr"
    assert i18n._("{name} does not exist.").format(name="a.txt") == "a.txt n'existe pas."
    assert i18n.ngettext("{count} direct", "{count} direct", 1).format(count=1) == "1 directe"
    assert i18n.ngettext("{count} direct", "{count} direct", 2).format(count=2) == "2 directes"
    assert i18n.percent(0.42) == "42\u202f%" and i18n.number(12345) == "12\u202f345"
    assert i18n.long_date("2023-03-01") == "1er mars 2023" and i18n.long_date("2023-09") == "septembre 2023"
    assert i18n.long_date("2023") == "2023" and i18n.long_date("2023-13-01") == "2023-13-01"
    from reader.live.presentation import byline

    assert byline({"date": "2023-09", "author": "Marie Dupont"}) == "Publié en septembre 2023 · Marie Dupont"
    assert byline({"date": "2023-03-14"}) == "Publié le 14 mars 2023"
    i18n.use_language("en")
    assert i18n._("{name} does not exist.") == "{name} does not exist."
    assert i18n.long_date("2023-03-14") == "14 March 2023" and i18n.percent(0.42) == "42%"


def test_the_command_line_speaks_french_under_a_french_locale(tmp_path):
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment |= {"LANG": "fr_FR.UTF-8", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "reader", "analyze", "missing.txt"], cwd=tmp_path,
                          env=environment, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (2, "claim-reader : missing.txt n'existe pas.\n")
    environment["LANG"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-m", "reader", "analyze", "missing.txt"], cwd=tmp_path,
                          env=environment, capture_output=True, text=True, timeout=60)
    assert done.stderr == "claim-reader: missing.txt does not exist.\n"

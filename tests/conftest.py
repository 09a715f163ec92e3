"""Shared fixtures: the spaCy pipelines load once per test session."""

from __future__ import annotations

import pytest

from reader.document import document_from_text
from reader.pipelines import installed_pipeline, load_pipeline


def _pipeline(language: str):
    """The installed pipeline for a language, or skip the test that needs it."""
    info = installed_pipeline(language)
    if info is None:
        pytest.skip(f"no spaCy pipeline installed for {language}")
    return load_pipeline(info.name), info.label


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory, monkeypatch):
    """A cache folder of each test's own; the reader's real cache is never touched."""
    folder = tmp_path_factory.mktemp("cache") / "analyses"
    monkeypatch.setenv("CLAIM_READER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """Messages in English whatever the machine's language; a test wanting French asks for it."""
    from reader import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.use_language(None)
    yield
    i18n.use_language(None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """A data folder of each test's own: the reader's real marks are never touched."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CLAIM_READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def log_dir(tmp_path_factory, monkeypatch):
    """A log folder of each test's own: the reader's real error log is never written."""
    folder = tmp_path_factory.mktemp("log")
    monkeypatch.setenv("CLAIM_READER_LOG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def analysis_process_ended():
    """The window's analysis process ends with the session, as the app ends it when it quits.

    Left to the interpreter's exit, the process pool waits for its process before our own exit
    hook could stop it.
    """
    yield
    from reader.live.analysis_process import shutdown_analysis_process

    shutdown_analysis_process()


@pytest.fixture(scope="session")
def french():
    """Analyse French text with the installed French pipeline."""
    from reader.analysis import analyze

    nlp, label = _pipeline("fr")
    return lambda text: analyze(document_from_text(text), "fr", nlp, label)


@pytest.fixture(scope="session")
def english():
    """Analyse English text with the installed English pipeline."""
    from reader.analysis import analyze

    nlp, label = _pipeline("en")
    return lambda text: analyze(document_from_text(text), "en", nlp, label)


@pytest.fixture(scope="session")
def english_model():
    """The English pipeline and its label, once for the session."""
    return _pipeline("en")


@pytest.fixture(scope="session")
def french_model():
    """The French pipeline as the window's analysis process loads it, once for the session."""
    from reader.ui.workers import pipeline_for

    nlp, label = pipeline_for("fr")
    return nlp, label


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    """A settings folder of the test's own; the reader's real settings are never touched."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIM_READER_CONFIG_DIR", str(folder))
    return folder

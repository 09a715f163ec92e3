"""Unexpected errors: the traceback in the log file, one line for the reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from reader import errors
from reader.ui.error_report import error_reporter
from reader.ui.main_window import MainWindow
from reader.ui.workers import AnalysisTask, TaskSignals


def crash() -> None:
    """A bug: a division by zero."""
    return 1 / 0


def test_the_log_holds_the_traceback_and_the_line_names_the_log(log_dir):
    try:
        crash()
    except ZeroDivisionError:
        line = errors.log_unexpected("Export failed")
    log = (log_dir / "claim-reader.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in crash" in log
    assert "ZeroDivisionError: division by zero" in log
    assert line == f"Export failed: division by zero (details in {log_dir / 'claim-reader.log'})."


def test_the_line_is_in_the_readers_language(log_dir):
    from reader import i18n

    i18n.use_language("fr")
    try:
        crash()
    except ZeroDivisionError:
        line = errors.log_unexpected("L'export a échoué")
    assert line == f"L'export a échoué : division by zero (détails dans {log_dir / 'claim-reader.log'})."


def test_the_log_stays_small(log_dir):
    for _ in range(4 * errors.LOG_BYTES // 1_000):
        try:
            raise RuntimeError("x" * 800)
        except RuntimeError:
            errors.log_unexpected("Again")
    logs = sorted(log_dir.iterdir())
    assert [p.name for p in logs] == ["claim-reader.log", "claim-reader.log.1", "claim-reader.log.2"]
    assert all(p.stat().st_size <= errors.LOG_BYTES for p in logs)


def test_an_unwritable_log_still_gives_the_line(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(errors.LOG_DIR_VARIABLE, str(blocker / "log"))  # under a file: no folder
    try:
        crash()
    except ZeroDivisionError:
        assert errors.log_unexpected("Export failed") == "Export failed: division by zero."


def test_an_error_in_the_window_is_one_line_in_it_and_a_traceback_in_the_log(qtbot, config_dir,
                                                                             log_dir):
    window = MainWindow(settings_dir=config_dir, warm_up=False)
    qtbot.addWidget(window)
    window.show()
    reporter = error_reporter()  # the application's, which the window listens to
    reporter.install()
    try:
        QTimer.singleShot(0, crash)  # a slot that raises, as a bug in a menu action would
        qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5_000)
    finally:
        reporter.uninstall()
    shown = window.message_bar.text
    assert "\n" not in shown
    assert shown == ("Something went wrong: division by zero "
                     f"(details in {log_dir / 'claim-reader.log'}).")
    log = (log_dir / "claim-reader.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "in crash" in log and "ZeroDivisionError" in log


def test_a_worker_error_is_one_line_and_logged(qapp, monkeypatch, log_dir):
    def broken(path):
        raise RuntimeError("the reader\nbroke")

    monkeypatch.setattr("reader.ui.workers.load_document", broken)
    signals = TaskSignals()
    failed = []
    signals.failed.connect(lambda serial, message: failed.append(message))
    AnalysisTask(1, signals, "a.txt").run()
    assert failed == [f"The analysis failed: the reader broke (details in {log_dir / 'claim-reader.log'})."]
    log = (log_dir / "claim-reader.log").read_text(encoding="utf-8")
    assert "in broken" in log and "RuntimeError: the reader" in log


@pytest.mark.parametrize("error", [ValueError(""), KeyError("k")])
def test_an_error_without_words_is_named_by_its_type(error):
    assert errors.describe(error) == ("ValueError" if isinstance(error, ValueError) else "'k'")


def test_an_article_of_a_batch_that_breaks_the_engine_is_one_line_and_logged(monkeypatch, log_dir,
                                                                              tmp_path):
    from reader import batch

    def broken(document, language, use_cache):
        raise IndexError("list index out of range")

    monkeypatch.setattr(batch, "analyse_document", broken)
    article = tmp_path / "a.txt"
    article.write_text("Il pleut.", encoding="utf-8")
    line, error = batch.analyse_file(article, "fr", False)
    assert line is None
    assert error == f"a.txt: the analysis failed: list index out of range (details in {log_dir / 'claim-reader.log'})."
    assert "in broken" in (log_dir / "claim-reader.log").read_text(encoding="utf-8")

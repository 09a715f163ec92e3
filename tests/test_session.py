"""The analysis session: its states, and only the current task's reports reach the window."""

from __future__ import annotations

import pytest

from reader.document import document_from_text
from reader.model import Analysis, Claim
from reader.ui.session import AnalysisSession, SessionState
from reader.ui.workers import AnalysisTask

TEXT = "« Nous partirons », a dit la ministre. Il pleut."
DOCUMENT = document_from_text(TEXT, "a.txt")


def analysis(pipeline: str) -> Analysis:
    """An analysis of TEXT by a pipeline, with one direct quote."""
    return Analysis("a.txt", "fr", pipeline, {}, TEXT,
                    [Claim("direct", 0, 16, TEXT[:16], None, None, False, 1)])


@pytest.fixture
def session(qapp):
    """A session waiting for a task that the test reports for, as the task's thread would."""
    session = AnalysisSession()
    session.task = AnalysisTask(session.next_serial(), session.signals, "a.txt", document=DOCUMENT)
    return session


def record(session: AnalysisSession) -> list[tuple]:
    """Every signal the session sends, by name, with its arguments."""
    sent = []
    for name in ("loaded", "mismatch", "top", "partial", "stage", "progress", "finished", "failed",
                 "state_changed"):
        getattr(session, name).connect(lambda *args, n=name: sent.append((n, *args)))
    return sent


REPORTS = [("loaded", DOCUMENT), ("mismatch", "en"), ("top", analysis("rules")),
           ("partial", analysis("rules")), ("stage", "Analysing…"), ("progress", 40),
           ("finished", analysis("fr_core_news_md")), ("cached", analysis("fr_core_news_md")),
           ("failed", "The file is damaged.")]


@pytest.mark.parametrize(("report", "argument"), REPORTS, ids=[r[0] for r in REPORTS])
def test_a_replaced_task_reports_nothing_to_the_window(session, report, argument):
    sent = record(session)
    stale = session.task.serial
    session.task = AnalysisTask(session.next_serial(), session.signals, "b.txt")  # a new article
    getattr(session.signals, report).emit(stale, argument)
    assert sent == []
    assert session.state is SessionState.IDLE and session.analysis is None


@pytest.mark.parametrize(("report", "argument"), REPORTS, ids=[r[0] for r in REPORTS])
def test_the_current_task_reports_reach_the_window(session, report, argument):
    sent = record(session)
    getattr(session.signals, report).emit(session.task.serial, argument)
    assert [s[0] for s in sent if s[0] != "state_changed"] == \
        [{"cached": "finished"}.get(report, report)]


def test_the_states_follow_the_analysis_from_the_rules_to_the_whole(session):
    states = []
    session.state_changed.connect(states.append)
    serial = session.task.serial
    session.signals.loaded.emit(serial, DOCUMENT)
    session.signals.top.emit(serial, analysis("rules"))
    session.signals.partial.emit(serial, analysis("rules"))
    session.signals.partial.emit(serial, analysis("fr_core_news_md"))
    whole = analysis("fr_core_news_md")
    session.signals.finished.emit(serial, whole)
    assert states == [SessionState.RULES, SessionState.RULES, SessionState.PARTIAL,
                      SessionState.WHOLE]
    assert session.analysis is whole and session.document is DOCUMENT and not session.busy
    session.signals.finished.emit(serial, analysis("late"))  # the task is done: nothing more
    assert session.analysis is whole


def test_a_cached_analysis_is_said_to_be_cached(session):
    session.signals.loaded.emit(session.task.serial, DOCUMENT)
    session.signals.cached.emit(session.task.serial, analysis("fr_core_news_md"))
    assert session.state is SessionState.CACHED


def test_failing_cancelling_and_closing(session):
    session.signals.failed.emit(session.task.serial, "The file is damaged.")
    assert session.state is SessionState.FAILED and not session.busy
    session.task = AnalysisTask(session.next_serial(), session.signals, "a.txt", document=DOCUMENT)
    assert session.cancel() and session.state is SessionState.CANCELLED
    assert not session.cancel(), "nothing left to cancel"
    session.close()
    assert session.state is SessionState.IDLE and session.document is None


def test_the_rules_never_replace_a_whole_analysis_of_the_same_text(session):
    serial = session.task.serial
    session.signals.loaded.emit(serial, DOCUMENT)
    session.signals.finished.emit(serial, analysis("fr_core_news_md"))
    sent = record(session)
    session.task = AnalysisTask(session.next_serial(), session.signals, "a.txt", "en", DOCUMENT)
    serial = session.task.serial  # the same article, analysed again in another language
    session.signals.loaded.emit(serial, DOCUMENT)
    session.signals.partial.emit(serial, analysis("rules"))
    assert [s[:3] for s in sent if s[0] != "state_changed"] == [("loaded", DOCUMENT, False)]
    assert session.analysis is not None, "the whole analysis stays until the new one"

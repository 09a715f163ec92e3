"""Analyses cross from the analysis process to the window whole; warming up spares the collector;
the process is started once."""

from test_article_view import PORT, QUOTE, SHIPS, analysis

from reader.live.analysis_process import pack, unpack


def test_an_analysis_comes_back_as_it_left():
    from dataclasses import replace

    sent = analysis(replace(QUOTE, rule="incise"), PORT, SHIPS)
    sent.metadata["title"] = "Le port"
    assert unpack(pack(sent)) == sent


def test_warming_up_sets_the_engine_aside_from_the_garbage_collector():
    import gc

    from reader.ui.workers import prepare_rule_pass

    prepare_rule_pass()
    assert gc.isenabled(), "collection resumes after the engine is loaded"
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


def test_two_first_articles_at_once_share_one_analysis_process(monkeypatch):
    import threading
    import time

    from reader.live import analysis_process as module

    started = []

    class SlowToStart:
        """Stands for the process, whose start takes long enough for a second caller to come."""

        def __init__(self):
            time.sleep(0.2)
            started.append(self)

    monkeypatch.setattr(module, "AnalysisProcess", SlowToStart)
    monkeypatch.setattr(module, "_process", None)
    given = []
    callers = [threading.Thread(target=lambda: given.append(module.analysis_process()))
               for _ in range(2)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert len(started) == 1
    assert given == [started[0], started[0]]

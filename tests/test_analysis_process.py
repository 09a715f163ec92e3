"""Analyses cross from the analysis process to the window whole; warming up spares the collector."""

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

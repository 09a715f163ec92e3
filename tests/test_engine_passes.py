"""The engine as named passes: stopping after one, and the rule each claim carries."""

import json

import pytest

from reader.analysis.article import prepare
from reader.analysis.engine import PASS_NAMES, run_passes
from reader.analysis.lexicon import lexicon_for
from reader.document import document_from_text
from reader.export import render

STORY = ("« Nous ne céderons rien », a déclaré la ministre. Selon le syndicat, la grève durera. "
         "Le pont a été fermé mardi soir.")


def test_the_passes_run_in_their_order():
    assert PASS_NAMES == ("cues", "learned cues", "antecedents", "hedges", "transcripts", "interviews",
                          "quote links", "woven quotes", "claims", "unattributed", "numbering", "entities")


def test_until_stops_after_the_pass_named():
    findings = run_passes(prepare(STORY), lexicon_for("fr"), until="cues")
    assert [(cue.rule, STORY[cue.cue.start:cue.cue.end]) for cue in findings.cues] == [
        ("source phrase", "Selon")]
    assert findings.discourse is None and findings.claims == []


def test_until_claims_leaves_the_unattributed_out(french):
    from reader.analysis import analyze
    from reader.pipelines import installed_pipeline, load_pipeline

    analysis = french(STORY)
    info = installed_pipeline("fr")
    partial = analyze(document_from_text(STORY), "fr", load_pipeline(info.name), info.label,
                      until="claims")
    assert [c.kind for c in analysis.claims] == ["direct", "reported", "unattributed"]
    assert [(c.kind, c.text, c.id) for c in partial.claims] == [
        ("direct", "Nous ne céderons rien", 0), ("reported", "la grève durera", 0)]


def test_an_unknown_pass_is_named_in_the_error():
    with pytest.raises(ValueError, match="no pass named 'quotes'; the passes are cues, learned cues, antecedents"):
        run_passes(prepare(STORY), lexicon_for("fr"), until="quotes")


def test_each_claim_names_its_rule_in_the_json(french):
    claims = json.loads(render(french(STORY), "json"))["claims"]
    assert [(c["text"], c["rule"]) for c in claims] == [
        ("Nous ne céderons rien", "quotation with incise"),
        ("la grève durera", "source phrase"),
        ("Le pont a été fermé mardi soir.", "unattributed sentence")]


def test_transcript_turns_carry_their_rule():
    text = "WALLACE: Do you accept the result of the vote?\n\nTRUMP: I will look at it at the time."
    claims = run_passes(prepare(text), lexicon_for("en")).claims
    assert [(c.source.text, c.rule) for c in claims] == [("WALLACE", "transcript turn"),
                                                       ("TRUMP", "transcript turn")]

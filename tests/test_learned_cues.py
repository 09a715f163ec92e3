"""The learned cues: a model's cue where the rules find none, in English only."""

import math

import pytest

from reader.analysis.article import prepare
from reader.analysis.engine import PASS_NAMES, parse_article, run_passes
from reader.analysis.learned_cues import MODEL_FILE, CueModel, find_learned_cues, model_for, model_from_json
from reader.analysis.lexicon import PACK_FOLDERS, lexicon_for


def test_the_english_pack_holds_a_model_that_loads_once():
    model = model_for("en")
    assert (PACK_FOLDERS[0] / "en" / MODEL_FILE).is_file()
    assert model is model_for("en")
    assert 0 < model.threshold < 1 and len(model.weights) > 1000


def test_the_pass_runs_right_after_the_rules_cues():
    assert PASS_NAMES[PASS_NAMES.index("cues") + 1] == "learned cues"


def test_a_model_reads_back_what_it_wrote():
    model = CueModel({"l=hope": 2.5, "p=VERB": -0.25}, -3.0, 0.6)
    again = model_from_json(model.to_json())
    assert again == model
    # -3.0 + 2.5 - 0.25 = -0.75, an unknown feature counting for nothing
    assert again.score(["l=hope", "p=VERB", "l=unknown"]) == pytest.approx(1 / (1 + math.exp(0.75)))


def test_an_intention_the_rules_miss_is_learned(english):
    text = "The council hopes to finish the new library by the end of the year."
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text, claim.rule) == (
        "reported", "to finish the new library by the end of the year", "The council", "hopes", "learned cue")


def test_a_stance_names_who_holds_it(english):
    [claim] = english("Many voters see the mayor as the stronger candidate.").claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text, claim.rule) == (
        "reported", "the mayor as the stronger candidate", "Many voters", "see", "learned cue")


def test_a_plain_event_stays_unattributed(english):
    text = "The river rose by two metres overnight and flooded the lower town."
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == ("unattributed", text)


def test_a_hedge_stays_the_writer_s_hedged_claim(english):
    text = "The storm is expected to reach the coast on Friday."
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.hedged) == ("unattributed", text, True)


def test_a_refusal_reports_nothing(english):
    text = "The union declined to comment on the strike."
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == ("unattributed", text)


def test_french_has_no_model_and_the_pass_adds_no_cue(french_model):
    nlp, _ = french_model
    article = parse_article(prepare("Les agriculteurs espèrent finir la récolte avant la pluie. "
                                    "La commune a voté le budget mardi."), nlp)
    lexicon = lexicon_for("fr")
    assert model_for("fr") is None
    assert run_passes(article, lexicon, until="learned cues").cues == run_passes(article, lexicon,
                                                                                   until="cues").cues


@pytest.mark.parametrize("text, content, source, cue", [
    ("The club hopes for a quick return to the first division.",
     "a quick return to the first division", "The club", "hopes"),
    ("The residents agreed on building a new bridge over the river.",
     "building a new bridge over the river", "The residents", "agreed"),
    ("The ministers disagreed over the timing of the new tax on sugar.",
     "the timing of the new tax on sugar", "The ministers", "disagreed"),
])
def test_a_preposition_s_long_object_or_clause_is_what_a_learned_cue_reports(english, text, content, source,
                                                                                   cue):
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text, claim.rule) == (
        "reported", content, source, cue, "learned cue")


@pytest.mark.parametrize("text", [
    "The club hopes for a draw.",  # fewer than four words, and no clause
    "The opposition leader thought about her childhood in the mining village.",  # a thought, not a report
])
def test_a_short_object_or_a_thought_about_something_stays_unattributed(english, text):
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == ("unattributed", text)


def test_an_infinitive_hung_on_a_learned_noun_cue_is_its_content(english_model):
    nlp, _ = english_model
    article = parse_article(prepare("Her plan to lower rents in the old town won the election."), nlp)
    findings = run_passes(article, lexicon_for("en"), until="cues")
    find_learned_cues(article, findings, CueModel({"l=plan": 6.0}, -3.0, 0.5))
    [cue] = findings.cues
    text = article.text
    assert (text[cue.cue.start:cue.cue.end], text[cue.content.start:cue.content.end], cue.rule) == (
        "plan", "to lower rents in the old town", "learned cue")

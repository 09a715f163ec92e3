"""The learned cues: a model's cue where the rules find none, in English only."""

from reader.analysis.engine import PASS_NAMES
from reader.analysis.learned_cues import MODEL_FILE, CueModel, model_for, model_from_json
from reader.analysis.lexicon import PACK_FOLDERS


def test_the_english_pack_holds_a_model_that_loads_once():
    model = model_for("en")
    assert (PACK_FOLDERS[0] / "en" / MODEL_FILE).is_file()
    assert model is model_for("en")
    assert 0 < model.threshold < 1 and len(model.weights) > 1000


def test_french_has_no_model():
    assert model_for("fr") is None


def test_the_pass_runs_right_after_the_rules_cues():
    assert PASS_NAMES[PASS_NAMES.index("cues") + 1] == "learned cues"


def test_a_model_reads_back_what_it_wrote():
    model = CueModel({"l=hope": 2.5, "p=VERB": -0.25}, -3.0, 0.6)
    again = model_from_json(model.to_json())
    assert again == model
    assert again.score(["l=hope", "p=VERB"]) == model.score(["l=hope", "p=VERB"]) > 0.4

"""The pipeline as the engine loads it: names sought only where they can be, no tensors kept."""

from __future__ import annotations

import pytest

from reader.analysis.components import ALL_ENTITIES, may_name
from reader.pipelines import installed_pipeline, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    """The French pipeline as the engine loads it."""
    info = installed_pipeline("fr")
    if info is None:
        pytest.skip("no French pipeline installed")
    return load_pipeline(info.name)


def test_the_recogniser_keeps_its_name_and_place_at_the_end(nlp):
    assert nlp.pipe_names[-2:] == ["ner", "claim_reader_no_tensor"]
    assert ALL_ENTITIES in nlp.disabled


def test_loading_again_does_not_wrap_twice(nlp):
    from reader.analysis.components import fit_for_engine

    assert fit_for_engine(nlp).pipe_names.count("ner") == 1


@pytest.mark.parametrize("text, expected", [
    ("Les soldats ont quitté la caserne hier soir.", False),
    ("Il pleut. Elle est partie. Dans la rue, les enfants jouent.", False),
    ("Les soldats ont rejoint Emmanuel Macron hier.", True),
    ("Les représentants de la CGT sont venus.", True),
    ("Macron est arrivé.", True),  # a name at the start, tagged as an adverb
])
def test_a_paragraph_may_name_someone_when_it_has_a_proper_noun_or_a_capital_inside(nlp, text, expected):
    assert may_name(nlp(text)) is expected


def test_entities_are_found_in_paragraphs_with_names_and_tensors_are_dropped(nlp):
    named, plain = nlp.pipe(["Hier, Élisabeth Borne a parlé à Paris.",
                             "Les soldats ont quitté la caserne hier soir."])
    assert [(e.text, e.label_) for e in named.ents] == [("Élisabeth Borne", "PER"), ("Paris", "LOC")]
    assert list(plain.ents) == []
    assert named.tensor.size == plain.tensor.size == 0


def test_one_doc_gets_the_same_entities_as_a_batch(nlp):
    doc = nlp("Selon Jean Dupont, la mairie de Lyon a tort.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jean Dupont", "PER"), ("Lyon", "LOC")]

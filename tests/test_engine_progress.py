"""The engine's entry points for the window: the rule pass, progress, and partial analyses."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.analysis import Cancelled, analyze, analyze_progressively, rule_pass
from reader.document import load_document
from reader.pipelines import installed_pipeline, load_pipeline

SEED = Path(__file__).parent.parent / "seeds" / "000_7920a463ad4fbc9f.txt"


@pytest.fixture(scope="module")
def french_pipeline(french):  # the french fixture skips the module when no pipeline is installed
    info = installed_pipeline("fr")
    return load_pipeline(info.name), info.label


@pytest.fixture(scope="module")
def long_document(tmp_path_factory):
    """The seed's body eight times over: 81 paragraphs, long enough for partial analyses."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text("\n".join(lines[:2] + lines[2:] * 8), encoding="utf-8")
    return load_document(path)


def test_the_rule_pass_needs_no_model():
    analysis = rule_pass(load_document(SEED))
    assert (analysis.language, analysis.pipeline) == ("fr", "rules")
    assert [c.kind for c in analysis.claims].count("direct") == 4
    assert any(c.cue and c.cue.text == "selon" for c in analysis.claims)


def test_partial_analyses_cover_the_parsed_top_then_the_whole(long_document, french_pipeline):
    nlp, label = french_pipeline
    paragraphs = long_document.paragraphs
    assert len(paragraphs) == 81
    steps = list(analyze_progressively(long_document, "fr", nlp, label))
    assert [end for _, end in steps] == [paragraphs[7].end, paragraphs[31].end,
                                         len(long_document.text)], \
        "after 8 paragraphs, 32, then the whole (128 would be past the end)"
    top, parsed_end = steps[0]
    assert top.text == long_document.text
    assert top.claims and max(c.end for c in top.claims) <= parsed_end
    whole = analyze(long_document, "fr", nlp, label)
    assert [c.to_dict() for c in steps[-1][0].claims] == [c.to_dict() for c in whole.claims]
    direct = [c.to_dict() for c in whole.claims if c.end <= parsed_end and c.kind == "direct"]
    assert [c.to_dict() for c in top.claims if c.kind == "direct"] == direct


def test_a_short_article_comes_whole_without_partial_analyses(french_pipeline):
    nlp, label = french_pipeline
    seed = load_document(SEED)
    assert len(seed.paragraphs) > 8
    assert [end for _, end in analyze_progressively(seed, "fr", nlp, label)] == [len(seed.text)]


def test_partial_analyses_stop_growing_on_a_book(monkeypatch):
    import reader.analysis.engine as engine
    from reader.document import document_from_text

    class OneDocPerParagraph:
        """Stands in for spaCy: the rules need no parse, and no model loads in this test."""

        meta = {"name": "stand-in"}

        def pipe(self, texts, batch_size):
            return (SimpleNamespace() for _ in texts)

    monkeypatch.setattr(engine, "find_claims", lambda article, lexicon, language, until=None: [])
    book = document_from_text("\n".join(f"Paragraphe {n} du livre." for n in range(3000)))
    ends = [end for _, end in analyze_progressively(book, "fr", OneDocPerParagraph(), "stand-in")]
    paragraphs = book.paragraphs
    assert ends == [paragraphs[n - 1].end for n in (8, 32, 128, 512)] + [len(book.text)]


def test_progress_counts_paragraphs_and_can_stop_the_parse(long_document, french_pipeline):
    nlp, label = french_pipeline
    calls = []
    analyze(long_document, "fr", nlp, label, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(done, 81) for done in range(1, 82)]

    def stop_at_five(done, total):
        if done == 5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        analyze(long_document, "fr", nlp, label, progress=stop_at_five)

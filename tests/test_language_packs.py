"""Language packs: every language has every list, and a new language is a folder of files."""

from pathlib import Path

import pytest

from reader.analysis import lexicon as packs
from reader.analysis.lexicon import LISTS, TRAITS, UnknownLanguage, languages, lexicon_for
from reader.document import document_from_text

TEST_PACKS = Path(__file__).parent / "language_pack"


def test_french_and_english_have_packs():
    assert languages() == ["en", "fr"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_language_has_every_list(language):
    folder = packs.PACK_FOLDERS[0] / language
    assert sorted(p.stem for p in folder.glob("*.txt")) == sorted(LISTS)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_language_claims_only_known_traits(language):
    assert lexicon_for(language).traits <= set(TRAITS)


@pytest.mark.parametrize("language, other, name, own_words", [
    ("fr", "en", "negations", {"pas", "jamais"}),
    ("en", "fr", "negations", {"not", "never"}),
    ("fr", "en", "complementizers", {"que", "qu'"}),
    ("en", "fr", "complementizers", {"that"}),
    ("fr", "en", "time_words", {"mardi", "hier"}),
    ("en", "fr", "time_words", {"tuesday", "yesterday"}),
])
def test_each_list_holds_its_own_language(language, other, name, own_words):
    assert own_words <= getattr(lexicon_for(language), name)
    assert not own_words & getattr(lexicon_for(other), name)


def test_a_language_without_a_pack_is_named_in_the_error():
    with pytest.raises(UnknownLanguage, match="no language pack for 'de'"):
        lexicon_for("de")


@pytest.fixture
def made_up_language(monkeypatch):
    """The test pack "xx" added beside the package's own, every cache of lists cleared around it."""
    caches = (packs.lexicon_for, packs.words_of_every_language, packs.hedge_pattern,
              packs.source_phrase_pattern)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(packs, "PACK_FOLDERS", packs.PACK_FOLDERS + [TEST_PACKS])
    yield
    for cache in caches:
        cache.cache_clear()


def test_the_test_pack_has_every_list(made_up_language):
    assert sorted(p.stem for p in (TEST_PACKS / "xx").glob("*.txt")) == sorted(LISTS)
    assert languages() == ["en", "fr", "xx"]


def test_a_new_language_is_its_files_only(made_up_language):
    from reader.analysis import analyze

    text = ("“Wo bara tuun nekke dala,” hu blorken.\n\n"
            "Sagu Doktor Lemmi, dala tuun nekke bara wo.\n\n"
            "Mebbe dala tuun nekke fon bara.\n\n"
            "Nekke bara tuun dala wo fon lemmi.")
    analysis = analyze(document_from_text(text), "xx")  # no pipeline for xx: the rules alone
    assert analysis.pipeline == "rules"
    assert [(c.kind, c.text, c.rule, c.hedged) for c in analysis.claims] == [
        ("direct", "Wo bara tuun nekke dala", "quotation", False),
        ("reported", "dala tuun nekke bara wo", "source phrase", False),
        ("unattributed", "Mebbe dala tuun nekke fon bara.", "unattributed sentence", True),
        ("unattributed", "Nekke bara tuun dala wo fon lemmi.", "unattributed sentence", False)]
    assert analysis.claims[1].source.text == "Doktor Lemmi"


def test_a_new_language_runs_every_pass_on_a_parse(made_up_language):
    """spaCy's multi-language tokenizer tags nothing: every rule that reads the parse asks the
    pack, and none raises."""
    import spacy

    from reader.analysis import analyze

    text = "Doktor Lemmi blorken ka dala tuun nekke bara.\n\nHu nix blorken ka wo fon bara."
    analysis = analyze(document_from_text(text), "xx", spacy.blank("xx"), "blank xx")
    assert [(c.kind, c.rule) for c in analysis.claims] == [("unattributed", "unattributed sentence")] * 2

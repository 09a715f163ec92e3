"""A claim as a citation: its words, source, cue and article, in the article's language."""

from __future__ import annotations

from reader.citation import citation
from reader.model import Claim, Cue, Source

ARTICLE = {"title": "Trottinettes interdites", "outlet": "Le Quotidien", "date": "2024-05-06"}


def test_a_french_direct_quote_is_cited_in_guillemets_with_its_source_cue_and_article():
    claim = Claim("direct", 10, 45, "« Nous avons écouté les habitants »",
                  source=Source("l’adjoint aux transports", 60, 84), cue=Cue("a déclaré", 48, 57))
    assert citation(claim, ARTICLE, "fr") == (
        "« Nous avons écouté les habitants » — l’adjoint aux transports (verbe\u00a0: « a déclaré »), "
        "dans « Trottinettes interdites », Le Quotidien, 2024-05-06.")


def test_an_english_claim_is_cited_in_curly_quotes_with_the_name_a_pronoun_stands_for():
    claim = Claim("reported", 0, 30, "the scooters would be banned",
                  source=Source("she", 0, 3, resolved="Mayor Ann Lee"), cue=Cue("said", 4, 8))
    metadata = {"title": "Scooters banned", "outlet": "The Courier", "author": "Jo Smith"}
    assert citation(claim, metadata, "en") == (
        "“the scooters would be banned” — she [Mayor Ann Lee] (cue: “said”), "
        "in “Scooters banned”, The Courier, Jo Smith.")


def test_an_unattributed_claim_says_it_has_no_source_and_an_untitled_article_ends_there():
    claim = Claim("unattributed", 0, 20, "  Le maire a menti.  ")
    assert citation(claim, {}, "fr") == "« Le maire a menti. » — sans source."
    assert citation(claim, {}, "en") == "“Le maire a menti.” — no source given."

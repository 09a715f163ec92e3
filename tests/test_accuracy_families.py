"""Families of constructions met on articles the rules were not written on, in both languages."""

from __future__ import annotations

from reader.analysis.article import prepare


def quoted(text: str) -> list[str]:
    """The words of each quotation found by its marks."""
    return [text[q.content.start:q.content.end] for q in prepare(text).quotes]


def claims_of(analysis) -> list[tuple]:
    """Each claim's kind, words and source text."""
    return [(c.kind, c.text, c.source.text if c.source else None) for c in analysis.claims]


# Quotation typography

def test_reversed_guillemets_open_with_the_closing_mark():
    text = ("Le plaignant s'est emporté\u00a0: »\u00a0Je veux mon argent, rien de plus.\u00a0«\u00a0"
            "Son avocat a ajouté\u00a0: »\u00a0Nous irons en appel s'il le faut.\u00a0«")
    assert quoted(text) == ["Je veux mon argent, rien de plus.", "Nous irons en appel s'il le faut."]


def test_usual_guillemets_are_not_read_reversed():
    text = "« Nous ne céderons pas », a-t-elle dit. Il a répondu « non » et « jamais » aussitôt."
    assert quoted(text) == ["Nous ne céderons pas", "non", "jamais"]


def test_a_reversed_quotation_is_its_speaker_s_direct_claim(french):
    analysis = french("Le commerçant s'est emporté devant le tribunal. »\u00a0Je ne veux que mon "
                      "argent, qu'il me rembourse et chacun ira son chemin\u00a0«\u00a0, a-t-il "
                      "lancé aux juges.")
    direct = [c for c in claims_of(analysis) if c[0] == "direct"]
    assert direct == [("direct", "Je ne veux que mon argent, qu'il me rembourse et chacun ira son "
                       "chemin", "il")]

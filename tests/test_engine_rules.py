"""The engine's rules, French and English side by side: one table of cases per rule.

Each case is a text and the claims expected of it, each claim as the fields it is checked on:
kind, text, source (its words as written), type (the source's), cue (its words), hedged.
"""

import pytest


def check(analyse, text: str, expected: list[dict]) -> None:
    """The claims of a text are the ones expected, field by field, each source where it is written."""
    analysis = analyse(text)
    found = [{"kind": c.kind, "text": c.text, "source": c.source.text if c.source else None,
              "type": c.source.type if c.source else None, "cue": c.cue.text if c.cue else None,
              "hedged": c.hedged} for c in analysis.claims]
    assert [{key: claim[key] for key in wanted} for claim, wanted in zip(found, expected)] == expected
    assert len(found) == len(expected)
    for claim in analysis.claims:
        if claim.source is not None and claim.source.start is not None:
            assert analysis.text[claim.source.start:claim.source.end] == claim.source.text


@pytest.mark.parametrize("language, text, expected", [
    ("french", "« Nous ne céderons pas. La grève continuera », a-t-elle affirmé lundi.",
     [{"kind": "direct", "text": "Nous ne céderons pas. La grève continuera", "source": "elle",
       "cue": "affirmé"}]),
    ("english", "“We will not back down from this fight,” the senator said on Tuesday.",
     [{"kind": "direct", "text": "We will not back down from this fight", "source": "the senator",
       "type": "person", "cue": "said"}]),
    ("english", "“The plan is a disaster for working families,” said Senator Warren.",
     [{"source": "Senator Warren", "cue": "said"}]),
])
def test_a_quotation_takes_the_speaker_of_its_incise(request, language, text, expected):
    check(request.getfixturevalue(language), text, expected)


@pytest.mark.parametrize("language, text, expected", [
    ("french", "Selon une source proche du dossier, l'accord sera signé demain.",
     [{"kind": "reported", "text": "l'accord sera signé demain", "cue": "Selon",
       "source": "une source proche du dossier", "type": "anonymous"}]),
    ("french", "Le chômage a baissé de deux points, d'après l'Insee.",
     [{"text": "Le chômage a baissé de deux points", "source": "l'Insee", "type": "organisation"}]),
    ("english", "According to officials, the bridge will reopen next month.",
     [{"kind": "reported", "text": "the bridge will reopen next month", "cue": "According to",
       "source": "officials", "type": "anonymous"}]),
])
def test_a_source_phrase_credits_its_clause(request, language, text, expected):
    check(request.getfixturevalue(language), text, expected)


@pytest.mark.parametrize("language, text, expected", [
    ("french", "Le maire n'a pas dit que la ville fermait les écoles.", [{"kind": "unattributed"}]),
    ("english", "The company refused to comment on the lawsuit.", [{"kind": "unattributed"}]),
])
def test_a_negated_or_refused_cue_reports_nothing(request, language, text, expected):
    check(request.getfixturevalue(language), text, expected)


@pytest.mark.parametrize("language, text, expected", [
    ("french", "Le gouvernement aurait décidé de reporter la réforme. Le parlement a voté la loi hier.",
     [{"kind": "unattributed", "hedged": True}, {"kind": "unattributed", "hedged": False}]),
    ("french", "Combattre avec un tel équipement équivaudrait à signer leur arrêt de mort.",
     [{"hedged": True}]),
    ("english", "The mayor did not say that the schools were closing. "
                "The company reportedly lost $2 billion last year. "
                "The storm damaged hundreds of homes in the region.",
     [{"kind": "unattributed"}, {"kind": "unattributed", "hedged": True},
      {"kind": "unattributed", "hedged": False}]),
])
def test_a_conditional_or_a_hedging_word_hedges_an_assertion(request, language, text, expected):
    check(request.getfixturevalue(language), text, expected)

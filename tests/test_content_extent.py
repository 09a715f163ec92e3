"""Where a reported content ends: the part of the sentence its cue governs, in both languages."""

from __future__ import annotations


def reported(analysis) -> list[tuple]:
    """Each reported claim's words, source text and cue."""
    text = analysis.text
    return [(c.text, c.source.text if c.source else None, text[c.cue.start:c.cue.end] if c.cue else None)
            for c in analysis.claims if c.kind == "reported"]


def claims_of(analysis) -> list[tuple]:
    """Each claim's kind, words and source text."""
    return [(c.kind, c.text, c.source.text if c.source else None) for c in analysis.claims]


# A cue in a subordinate clause says no more than that clause

def test_a_cue_in_a_leading_subordinate_clause_stops_at_the_main_clause(english):
    analysis = english("While the senator has said that unborn children have no rights, the governor "
                       "has vowed to repeal the amendment.")
    assert reported(analysis) == [("unborn children have no rights", "the senator", "said"),
                                  ("to repeal the amendment", "the governor", "vowed")]


def test_une_attribution_dans_une_concessive_s_arrete_a_la_principale(french):
    analysis = french("Bien que la ministre ait assuré que les écoles rouvriraient lundi, les parents "
                      "restent inquiets.")
    assert claims_of(analysis) == [("reported", "les écoles rouvriraient lundi", "la ministre"),
                                   ("unattributed", "les parents restent inquiets.", None)]


# Another speaker's clause after a conjunction is another claim

def test_a_second_speaker_after_and_starts_a_claim_of_their_own(english):
    analysis = english("The treasurer said that the fund is nearly empty, and Ms. Lopez said the "
                       "emergency measures were unsustainable.")
    assert reported(analysis) == [("the fund is nearly empty", "The treasurer", "said"),
                                  ("the emergency measures were unsustainable", "Ms. Lopez", "said")]
    # "and that …" goes on with the first speaker's words
    analysis = english("The minister said that the plan was ready and that she thinks it will pass.")
    assert reported(analysis) == [("the plan was ready and that she thinks it will pass",
                                   "The minister", "said")]


def test_un_second_locuteur_apres_et_a_sa_propre_declaration(french):
    analysis = french("La mairie a déclaré que les caisses étaient vides, et la préfète a estimé que "
                      "les mesures d'urgence ne suffiraient pas.")
    assert reported(analysis) == [("les caisses étaient vides", "La mairie", "déclaré"),
                                  ("les mesures d'urgence ne suffiraient pas", "la préfète", "estimé")]


# A closing source phrase names a source; it is not part of the words reported

def test_a_closing_according_to_is_left_out_of_the_content(english):
    analysis = english("The mayor said that the budget would be balanced next year, according to the "
                       "city's newspaper.")
    assert reported(analysis) == [
        ("The mayor said that the budget would be balanced next year", "the city's newspaper",
         "according to"),
        ("the budget would be balanced next year", "The mayor", "said")]


def test_un_selon_final_reste_hors_du_contenu(french):
    analysis = french("Le ministre a assuré que le budget serait voté en mai, selon le quotidien Le Soir.")
    assert reported(analysis) == [
        ("Le ministre a assuré que le budget serait voté en mai", "le quotidien Le Soir", "selon"),
        ("le budget serait voté en mai", "Le ministre", "assuré")]


# A contrast with no subject of its own goes on with the reported clause's subject

def test_but_and_a_verb_without_subject_go_on_with_the_reported_clause(english):
    analysis = english("The report says that the school is well run, but has too few teachers.")
    assert reported(analysis) == [("the school is well run, but has too few teachers", "The report",
                                   "says")]


def test_mais_et_un_verbe_sans_sujet_prolongent_le_propos(french):
    analysis = french("Le maire a dit que la salle était trop petite, mais pourrait être agrandie "
                      "l'an prochain.")
    assert reported(analysis) == [("la salle était trop petite, mais pourrait être agrandie l'an prochain",
                                   "Le maire", "dit")]


# Objects joined by a conjunction are one reported object

def test_a_second_object_after_and_stays_in_the_content(english):
    analysis = english("At the rally, the union leader emphasized fair pay for night shifts, and a need "
                       "to hire more nurses.")
    assert reported(analysis) == [("fair pay for night shifts, and a need to hire more nurses",
                                   "the union leader", "emphasized")]


def test_un_second_complement_apres_et_reste_dans_le_contenu(french):
    analysis = french("Le député a critiqué la hausse des loyers, et la lenteur des travaux. "
                      "Lors de sa visite, la ministre a salué le courage des pompiers, ainsi que "
                      "l'aide des bénévoles.")
    assert reported(analysis) == [
        ("la hausse des loyers, et la lenteur des travaux", "Le député", "critiqué"),
        ("le courage des pompiers, ainsi que l'aide des bénévoles", "la ministre", "salué")]


def test_but_that_opens_a_second_clause_of_what_is_said(english, french):
    analysis = english("The economist predicted that wages would fall, but that overtime pay would offset "
                       "the loss.")
    assert reported(analysis) == [("wages would fall, but that overtime pay would offset the loss",
                                   "The economist", "predicted")]
    analysis = french("L'économiste a prédit que les salaires baisseraient, mais que les primes "
                      "compenseraient la perte.")
    assert reported(analysis) == [("les salaires baisseraient, mais que les primes compenseraient la perte",
                                   "L'économiste", "prédit")]


# A noun phrase after a closing dash is the writer's remark on what was said

def test_a_remark_after_a_closing_dash_is_left_out(english, french):
    analysis = english("The senator said she was encouraged by the plan — a modest shift for a long-time "
                       "critic of the program.")
    assert reported(analysis) == [("she was encouraged by the plan", "The senator", "said")]
    analysis = french("Le ministre a annoncé que le budget de la culture augmenterait de 5 % — une hausse "
                      "inédite depuis dix ans.")
    assert reported(analysis) == [("le budget de la culture augmenterait de 5 %", "Le ministre", "annoncé")]


def test_a_cut_content_keeps_its_closing_quotation_mark(english):
    analysis = english("The treasurer said that the fund was “nearly empty” and Ms. Lopez said the "
                       "measures were unsustainable.")
    assert reported(analysis) == [("the fund was “nearly empty”", "The treasurer", "said"),
                                  ("the measures were unsustainable", "Ms. Lopez", "said")]


# A participle after a quotation's closing comma opens a statement of its own

def test_a_participle_after_a_quotation_s_comma_ends_the_content(english):
    analysis = english("The governor insisted that the reform had “saved the state budget,” claiming "
                       "that no other plan would have worked.")
    assert reported(analysis) == [("the reform had “saved the state budget", "The governor", "insisted"),
                                  ("no other plan would have worked", "The governor", "claiming")]

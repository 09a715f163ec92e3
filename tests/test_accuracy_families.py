"""Families of constructions met on articles the rules were not written on, in both languages."""

from __future__ import annotations

from reader.analysis.article import prepare


def quoted(text: str) -> list[str]:
    """The words of each quotation found by its marks."""
    return [text[q.content.start:q.content.end] for q in prepare(text).quotes]


def claims_of(analysis) -> list[tuple]:
    """Each claim's kind, words and source text."""
    return [(c.kind, c.text, c.source.text if c.source else None) for c in analysis.claims]


def hedges_of(analysis) -> list[tuple]:
    """Each claim's kind, words and whether it is hedged."""
    return [(c.kind, c.text, c.hedged) for c in analysis.claims]


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


def test_doubled_apostrophes_mark_a_quotation_shown_as_reported_speech(english):
    analysis = english("''The budget will pass before the winter recess,'' said Mr. Okafor, who chairs "
                       "the committee. ''Nobody wants another shutdown.'' The hall is 5'11'' high.")
    assert claims_of(analysis) == [
        ("reported", "The budget will pass before the winter recess", "Mr. Okafor"),
        ("reported", "Nobody wants another shutdown.", "Mr. Okafor"),
        ("unattributed", "The hall is 5'11'' high.", None)]


def test_straight_single_quotes_nest_inside_a_double_quoted_excerpt():
    text = ("The paper wrote: \" 'There is anger here, and it goes further than that,' the "
            "lawyer said. 'It's all he read.'\n\nIt's the students' choice, she said of the '90s.")
    assert quoted(text) == ["'There is anger here, and it goes further than that,' the lawyer said. "
                            "'It's all he read.'", "There is anger here, and it goes further than that",
                            "It's all he read."]


def test_backticks_open_a_quotation_that_doubled_apostrophes_close():
    assert quoted("He said ``we will not move an inch.'' Then he left the hall.") == [
        "we will not move an inch."]


def sentences_of(text: str) -> list[str]:
    """The words of each sentence of a text."""
    return [text[s.start:s.end] for s in prepare(text).all_sentences()]


def test_a_sentence_opening_with_a_quotation_is_cut_from_the_one_before():
    assert sentences_of("Le maire a conclu : « Le chantier reprendra lundi. » « … Et nous tiendrons "
                        "les délais », a-t-il ajouté. « [Les] riverains seront prévenus. » Il est parti.") == [
        "Le maire a conclu : « Le chantier reprendra lundi. »",
        "« … Et nous tiendrons les délais », a-t-il ajouté.",
        "« [Les] riverains seront prévenus. »", "Il est parti."]
    assert sentences_of("Il s'est emporté : » Je veux mon argent. « Son avocat a ajouté : » "
                        "Nous irons en appel. «") == [
        "Il s'est emporté : » Je veux mon argent. «", "Son avocat a ajouté : » Nous irons en appel. «"]
    assert sentences_of("« Nous partirons. Et vite », a-t-il dit. Puis il est parti.") == [
        "« Nous partirons. Et vite », a-t-il dit.", "Puis il est parti."]


def test_a_quotation_after_a_quoted_sentence_is_a_claim_of_its_own(french):
    analysis = french("Le maire Paul Girard a conclu : « Le chantier reprendra lundi. » "
                      "« Nous tiendrons les délais », a-t-il ajouté.")
    assert sources_of(analysis) == [("direct", "Le maire Paul Girard", None), ("direct", "il", "Paul Girard")]
    assert [c.text for c in analysis.claims] == ["Le chantier reprendra lundi.", "Nous tiendrons les délais"]


def test_a_work_s_title_after_its_name_is_not_what_was_said(french, english):
    analysis = french("La navigatrice a écrit dans son livre, « Le Large », que la course l'avait épuisée. "
                      "Le chanteur a parlé de son album « Nuits blanches ».")
    assert claims_of(analysis) == [
        ("reported", "la course l'avait épuisée", "La navigatrice"),
        ("unattributed", "Le chanteur a parlé de son album « Nuits blanches ».", None)]
    analysis = english("The climber said in her memoir, ''Thin Air'', that the summit nearly killed her. "
                       "The coach wrote in his book, “Full Time.”")
    assert claims_of(analysis) == [
        ("reported", "the summit nearly killed her", "The climber"),
        ("unattributed", "The coach wrote in his book, “Full Time.”", None)]


# Cues of two verbs: « faire savoir que », « faire valoir que »

def test_a_two_verb_cue_reports_the_clause_after_its_second_verb(french):
    analysis = french("Le maire a fait savoir qu'il ne se représenterait pas en mars. "
                      "La syndique a fait valoir que le chantier prendrait du retard.")
    assert claims_of(analysis) == [
        ("reported", "il ne se représenterait pas en mars", "Le maire"),
        ("reported", "le chantier prendrait du retard", "La syndique")]


# Speech words only in their speech sense

def test_a_naming_verb_reports_what_is_named_and_the_name_given(english):
    analysis = english("The council met on Monday.\n\nThe mayor called the new tax “arbitrary.” "
                       "The unions called him a coward who has betrayed the workers. "
                       "The mayor called a meeting for Tuesday.")
    assert claims_of(analysis)[1:] == [
        ("reported", "the new tax “arbitrary.”", "The mayor"),
        ("reported", "him a coward who has betrayed the workers", "The unions"),
        ("unattributed", "The mayor called a meeting for Tuesday.", None)]


def test_a_verb_of_firing_back_reports_a_clause_not_a_shot(english):
    analysis = english("The council met on Monday.\n\nThe mayor fired back that the audit was "
                       "rigged. “That is false,” the auditor shot back. The striker fired back a "
                       "shot at goal.")
    assert claims_of(analysis)[1:] == [
        ("reported", "the audit was rigged", "The mayor"),
        ("direct", "That is false", "the auditor"),
        ("unattributed", "The striker fired back a shot at goal.", None)]


def test_going_after_someone_is_an_attack_in_words_only_with_a_grievance(english):
    analysis = english("The council met on Monday.\n\nThe goalkeeper went after the winger. "
                       "The senator went after her rival over the housing plan. "
                       "The mayor has gone after the governor as a coward.")
    assert claims_of(analysis)[1:] == [
        ("unattributed", "The goalkeeper went after the winger.", None),
        ("reported", "her rival over the housing plan", "The senator"),
        ("reported", "the governor as a coward", "The mayor")]


def test_going_on_a_thing_is_no_report_and_going_on_to_say_is(english):
    analysis = english("The council met on Monday.\n\nThe opposition went on the offensive. "
                       "The mayor went on to say that the budget was balanced.")
    assert claims_of(analysis)[1:] == [
        ("unattributed", "The opposition went on the offensive.", None),
        ("reported", "the budget was balanced", "The mayor")]


def test_a_verb_of_going_on_before_an_infinitive_reports_nothing(english):
    analysis = english("The council met on Monday.\n\nRents continue to rise across the county. "
                       "“We will not give up,” the tenants' leader continued.")
    assert claims_of(analysis)[1:] == [
        ("unattributed", "Rents continue to rise across the county.", None),
        ("direct", "We will not give up", "the tenants' leader")]


def test_knowing_and_making_clear_report_their_clause(english):
    analysis = english("The council met on Monday.\n\nThe governor knew that the bridge was unsafe. "
                       "She knew the engineer well. The senator made it clear she would oppose the "
                       "bill. He made clear that the tax would stay.")
    assert claims_of(analysis)[1:] == [
        ("reported", "the bridge was unsafe", "The governor"),
        ("unattributed", "She knew the engineer well.", None),
        ("reported", "she would oppose the bill", "The senator"),
        ("reported", "the tax would stay", "He")]


def test_a_present_form_tagged_as_a_noun_is_an_incise_inside_the_quotation(french):
    analysis = french("Titre\n\n« En un mois, nous avons perdu dix mètres de plage, pointe Luc "
                      "Garnier, le maire du village. C'est inquiétant. »")
    direct = [c for c in analysis.claims if c.kind == "direct"]
    assert [(c.source.text, c.rule) for c in direct] == [("Luc Garnier", "quotation with incise in quotation")]


def test_a_linking_verb_describes_unless_its_adjective_opens_a_clause(english):
    analysis = english("The council met on Monday.\n\nReopening the pool this summer, the mayor "
                       "said, feels right for the town. The budget feels tight. The "
                       "treasurer felt confident that the loan would be repaid.")
    assert claims_of(analysis)[1:] == [
        ("reported", "Reopening the pool this summer", "the mayor"),
        ("reported", "feels right for the town", "the mayor"),
        ("unattributed", "The budget feels tight.", None),
        ("reported", "the loan would be repaid", "The treasurer")]


def test_a_cue_after_an_apposition_and_before_that_reports_the_clause_after_it(english):
    analysis = english("The council met on Monday.\n\nNora Ellis, a former mayor who led the "
                       "council for a decade, said that the merger was a mistake. Asked about the "
                       "vote, Ellis said that was the end of it.")
    assert claims_of(analysis)[1:] == [
        ("reported", "the merger was a mistake", "Nora Ellis"),
        ("reported", "that was the end of it", "Ellis")]


def test_a_cue_under_il_faut_is_the_writer_s_framing(french):
    analysis = french("Titre\n\nIl faut signaler que dans sa déposition, le témoin Paul Roche a "
                      "finalement retenu que l'accusé lui doit deux mille euros.")
    assert claims_of(analysis) == [
        ("reported", "l'accusé lui doit deux mille euros", "le témoin Paul Roche")]


# Pronouns resolved to the person they stand for

def test_a_title_before_a_speaker_is_not_given_to_the_one_spoken_to(english):
    analysis = english("Judge Helen Ashworth told Peter Langley that he had betrayed the town. "
                       "\"This was a scheme that ran for years,\" the judge said. She ordered him "
                       "to repay the money within six months.")
    assert [(c.kind, c.text, c.source and c.source.resolved) for c in analysis.claims] == [
        ("reported", "he had betrayed the town", None),
        ("direct", "This was a scheme that ran for years", "Helen Ashworth"),
        ("unattributed", "She ordered him to repay the money within six months.", None)]


def test_a_role_named_after_the_last_name_is_the_one_il_stands_for(french):
    analysis = french("Titre\n\nLa présidente du tribunal, Claire Vasseur, a été saisie.\n\n"
                      "« Une enquête sera ouverte », a annoncé la procureure, Odile Marchal. Lors de "
                      "l'audience, le juge l'a contredite. Il a dit qu'il démissionnerait.")
    reported = [c for c in analysis.claims if c.kind == "reported"]
    assert [(c.text, c.source.text, c.source.resolved) for c in reported] == [
        ("il démissionnerait", "Il", "le juge")]


def test_a_group_takes_the_number_its_verb_agrees_with(french):
    analysis = french("Titre\n\nUn groupe de pêcheurs ont publié une lettre dans laquelle ils "
                      "affirment que les quotas sont injustes.")
    reported = [c for c in analysis.claims if c.kind == "reported"]
    assert [(c.text, c.source.text, c.source.resolved) for c in reported] == [
        ("les quotas sont injustes", "ils", "Un groupe de pêcheurs")]


def test_the_description_with_both_title_words_is_the_one_meant(french):
    analysis = french("Titre\n\nLe ministre de la Santé Paul Kral a démissionné. Le Premier ministre "
                      "Jan Novak était furieux. « C'est une honte », a dit le Premier ministre.")
    direct = [c for c in analysis.claims if c.kind == "direct"]
    assert [(c.source.text, c.source.resolved) for c in direct] == [("le Premier ministre", "Jan Novak")]


def test_on_speaks_for_the_side_the_sentence_opens_with(french):
    analysis = french("Titre\n\nLe syndicat dénonce une manœuvre. Du côté de la direction, on "
                      "évoque un simple test technique. Chez Renault, on affirme que les ventes "
                      "progressent.")
    reported = [c for c in analysis.claims if c.kind == "reported"]
    assert [(c.text, c.source.text, c.source.resolved) for c in reported] == [
        ("un simple test technique", "on", "la direction"),
        ("les ventes progressent", "on", "Renault")]


def test_as_reported_by_credits_the_main_clause_to_the_agent(english, french):
    analysis = english("The council met on Monday.\n\nAs reported by the Harbor Gazette, the port "
                       "will close in May. Wages rose, as shown by the survey.")
    assert claims_of(analysis)[1:] == [
        ("reported", "the port will close in May", "the Harbor Gazette"),
        ("unattributed", "Wages rose, as shown by the survey.", None)]
    analysis = french("Titre\n\nComme rapporté par Le Courrier, le port fermera en mai.")
    assert claims_of(analysis) == [("reported", "le port fermera en mai", "Le Courrier")]



def test_a_courtesy_title_tells_the_gender_a_pronoun_asks_for(english):
    analysis = english("Humza Yousaf was accused of lying.\n\nScottish Conservative leader Douglas Ross "
                       "said the minister must set the record straight.\n\nLast week, Mr Yousaf told "
                       "MSPs the inquiry had only asked for the messages in September. He said the "
                       "inquiry had asked for the groups in June.")
    [he] = [c for c in analysis.claims if c.source and c.source.text == "He"]
    assert (he.text, he.source.resolved) == ("the inquiry had asked for the groups in June", "Mr Yousaf")


def test_more_first_names_tell_whom_he_stands_for(english):
    analysis = english("United won on Saturday, with substitute Leo Marsh scoring late.\n\nThomas Frank "
                       "felt his side deserved a point.\n\nMarsh described the winner as a dream. He said "
                       "he had practised that finish with his father.")
    [he] = [c for c in analysis.claims if c.source and c.source.text == "He"]
    assert he.source.resolved == "Marsh"


def test_they_stands_for_two_people_named_together(english):
    analysis = english("Prices fell in September.\n\nEarl Hypolite and Naomi Zitt-James say they are "
                       "looking to buy. With a baby and a dog, they feel it is time to make the leap.")
    [feel] = [c for c in analysis.claims if c.cue and c.cue.text == "feel"]
    assert (feel.text, feel.source.text, feel.source.resolved) == (
        "it is time to make the leap", "they", "Earl Hypolite and Naomi Zitt-James")

# A poll or a document opening the sentence: its finding is reported

def test_a_poll_opening_the_sentence_reports_the_clause_after_the_comma(english):
    analysis = english("The race tightened.\n\nIn the new Harbor Institute poll, 52 percent of "
                       "voters back the levy. In a statement, the port said that it would appeal. "
                       "In his first year, the mayor built three schools.")
    assert claims_of(analysis)[1:] == [
        ("reported", "52 percent of voters back the levy", "the new Harbor Institute poll"),
        ("reported", "it would appeal", "the port"),
        ("unattributed", "In his first year, the mayor built three schools.", None)]


def test_soutenir_with_an_object_is_support_and_the_poll_reports_it(french):
    analysis = french("Titre\n\nDans un sondage publié mardi, 45 % des électeurs soutiennent la "
                      "réforme. Le maire soutient que la route est sûre.")
    assert claims_of(analysis) == [
        ("reported", "45 % des électeurs soutiennent la réforme", "un sondage publié mardi"),
        ("reported", "la route est sûre", "Le maire")]


# « Pour X, … »: someone's view, reported without quotation marks, direct with them

def test_pour_and_a_role_or_a_name_reports_the_clause(french):
    analysis = french("Pour la ministre de la Santé, cette réforme est une erreur qui coûtera cher. "
                      "Pour Jeanne Martin, « le projet est mort-né depuis des années ».")
    assert claims_of(analysis) == [
        ("reported", "cette réforme est une erreur qui coûtera cher", "la ministre de la Santé"),
        ("direct", "le projet est mort-né depuis des années", "Jeanne Martin")]
    assert [c.cue.text for c in analysis.claims] == ["Pour", "Pour"]


def test_pour_and_people_named_by_their_trade_or_side_reports_the_clause(french, english):
    analysis = french("Pour les supporters marseillais, ce nul a un goût amer. Pour l'entraîneur, "
                      "l'équipe a manqué de rigueur en défense.")
    assert claims_of(analysis) == [
        ("reported", "ce nul a un goût amer", "les supporters marseillais"),
        ("reported", "l'équipe a manqué de rigueur en défense", "l'entraîneur")]
    analysis = english("The coach told reporters the team had lacked discipline.")
    assert [(c.source.text, c.source.type) for c in analysis.claims] == [("The coach", "person")]


def test_pour_and_a_time_an_aim_or_a_place_reports_nothing(french):
    for sentence in ("Pour la première fois, le club a gagné sur le terrain de son rival.",
                     "Pour cela, il faudra attendre la fin du mois de juin prochain.",
                     "Pour Noël, la ville installe des illuminations dans toutes les rues."):
        assert [c.kind for c in french(sentence).claims] == ["unattributed"]


# A source is a speaker: never a clitic, an adverbial or « c'est »

def test_the_speaker_after_a_circumstance_of_an_inverted_cue(french):
    analysis = french("« Nous irons jusqu'au bout », a affirmé dans un communiqué la fédération "
                      "des transports. « Rien ne nous arrêtera », a déclaré à cette occasion "
                      "le secrétaire général. « Merci à tous », a écrit sur son compte Instagram "
                      "la chanteuse.")
    assert [c.source.text for c in analysis.claims] == [
        "la fédération des transports", "le secrétaire général", "la chanteuse"]


def test_a_participle_after_an_inverted_pronoun_credits_the_pronoun(french):
    analysis = french("Le ministre des Finances a parlé jeudi. « Je n'ai commis aucune faute, » "
                      "a-t-il estimé, soulignant que la réunion était privée.")
    reported = [c for c in analysis.claims if c.kind == "reported"]
    assert [(c.text, c.source.text, c.source.resolved) for c in reported] == [
        ("la réunion était privée", "il", "ministre des Finances")]


# Cues the lexicon lacked: « asséner », « appeler (X) à »

def test_rarer_speech_verbs_are_cues(french):
    analysis = french("« Personne ne quittera le club cet été », assène l'entraîneur. "
                      "La présidente assène que le budget sera tenu.")
    assert [(c.kind, c.source.text, c.cue.text) for c in analysis.claims] == [
        ("direct", "l'entraîneur", "assène"), ("reported", "La présidente", "assène")]


def test_a_call_to_act_is_reported_and_a_phone_call_is_not(french):
    analysis = french("Le syndicat appelle les salariés à cesser le travail dès lundi. "
                      "Le maire a appelé à la grève générale. "
                      "Il a appelé son frère à huit heures pour lui souhaiter un bon anniversaire.")
    assert claims_of(analysis) == [
        ("reported", "les salariés à cesser le travail dès lundi", "Le syndicat"),
        ("reported", "à la grève générale", "Le maire"),
        ("unattributed", "Il a appelé son frère à huit heures pour lui souhaiter un bon "
                         "anniversaire.", None)]


# Speech words only in their speech sense

def test_a_verdict_is_no_report_and_a_finding_is(english):
    analysis = english("A jury in Denver found the landlord guilty on all four counts of fraud. "
                       "The inspectors found that the bridge was unsafe for heavy trucks.")
    assert claims_of(analysis) == [
        ("unattributed", "A jury in Denver found the landlord guilty on all four counts of fraud.",
         None),
        ("reported", "the bridge was unsafe for heavy trucks", "The inspectors")]



def test_being_convinced_reports_the_clause_in_french(french):
    analysis = french("La directrice est convaincue que l'école rouvrira en mai. "
                      "Le trésorier se dit persuadé que les comptes sont justes. "
                      "Le jury a été convaincu par la plaidoirie.")
    assert claims_of(analysis) == [
        ("reported", "l'école rouvrira en mai", "La directrice"),
        ("reported", "les comptes sont justes", "Le trésorier"),
        ("unattributed", "Le jury a été convaincu par la plaidoirie.", None)]


# Hedging

def test_seeming_and_perhaps_hedge_and_a_book_that_comes_out_does_not(french):
    analysis = french("Le ministre semble avoir renoncé à sa réforme des retraites. "
                      "La réforme sera peut-être votée en juin prochain. "
                      "Le livre paraît demain chez un grand éditeur parisien.")
    assert [(c.kind, c.hedged) for c in analysis.claims] == [
        ("unattributed", True), ("unattributed", True), ("unattributed", False)]


# Dialogue turns

def test_a_dialogue_turn_is_direct_speech_by_the_speaker_of_its_incise(french):
    text = ("Paul Durand entra dans la pièce sombre.\n\n— Nous partons demain matin, dit-il.\n\n"
            "– Je ne viendrai pas avec vous, répondit Marie Leroy.\n\nLa nuit tomba sur la ville.")
    analysis = french(text)
    assert claims_of(analysis) == [
        ("unattributed", "Paul Durand entra dans la pièce sombre.", None),
        ("direct", "Nous partons demain matin", "il"),
        ("direct", "Je ne viendrai pas avec vous", "Marie Leroy"),
        ("unattributed", "La nuit tomba sur la ville.", None)]
    turn = analysis.claims[1]
    assert (turn.start, turn.end, turn.cue.text, turn.source.resolved) == (
        text.index("Nous"), text.index(", dit"), "dit", "Paul Durand")


def test_dashed_answers_of_an_interview_are_the_interviewee_s(french, english):
    french_text = ("Entretien avec Marie Leroy, ministre de la Santé.\n\n"
                   "— Pourquoi fermer les hôpitaux de campagne ?\n\n"
                   "— Nous ne fermons aucun hôpital, nous regroupons les services d'urgence.\n\n"
                   "— Les médecins protestent pourtant depuis des mois ?\n\n"
                   "– Ils ont été consultés à chaque étape de la réforme.")
    assert claims_of(french(french_text))[-4:] == [
        ("unattributed", "Pourquoi fermer les hôpitaux de campagne ?", None),
        ("direct", "Nous ne fermons aucun hôpital, nous regroupons les services d'urgence.",
         "Marie Leroy"),
        ("unattributed", "Les médecins protestent pourtant depuis des mois ?", None),
        ("direct", "Ils ont été consultés à chaque étape de la réforme.", "Marie Leroy")]
    english_text = ("An interview with Maria Lopez, the health minister.\n\n"
                    "— Why close the rural hospitals?\n\n"
                    "— We are merging emergency services, not closing hospitals.\n\n"
                    "— Doctors have protested for months, haven't they?\n\n"
                    "— They were consulted at every step of the reform.")
    answers = [c for c in english(english_text).claims if c.rule == "interview answer"]
    assert [(c.text, c.source.text, english_text[c.start - 2:c.start]) for c in answers] == [
        ("We are merging emergency services, not closing hospitals.", "Maria Lopez", "— "),
        ("They were consulted at every step of the reform.", "Maria Lopez", "— ")]


# Quotation typography: marks of every kind, brackets inside and after a quotation

def test_reversed_german_and_single_guillemets_give_direct_quotes(french):
    text = ("Le ministre Paul Durand a parlé mardi. »Nous partons demain matin«, a-t-il dit.\n\n"
            "„Le pays attend des réponses“, a ajouté Paul Durand.\n\n"
            "‹ Nous reviendrons vite ›, a déclaré Marie Leroy.")
    assert [c for c in claims_of(french(text)) if c[0] == "direct"] == [
        ("direct", "Nous partons demain matin", "il"),
        ("direct", "Le pays attend des réponses", "Paul Durand"),
        ("direct", "Nous reviendrons vite", "Marie Leroy")]


def test_an_unmatched_straight_quote_ends_with_its_paragraph(english):
    text = ('"We are leaving tomorrow morning," Durand said. He added: "The country is waiting.\n\n'
            'The decision surprised observers.\n\n'
            '"We will not change course on taxes," said Maria Lopez.')
    assert claims_of(english(text)) == [
        ("direct", "We are leaving tomorrow morning", "Durand"),
        ("direct", "The country is waiting.", "He"),
        ("unattributed", "The decision surprised observers.", None),
        ("direct", "We will not change course on taxes", "Maria Lopez")]


def test_a_bracketed_insertion_stays_inside_the_quotation(french, english):
    assert claims_of(french("« Nous [les soldats] partirons demain vers le nord », a déclaré "
                            "le général Paul Durand.")) == [
        ("direct", "Nous [les soldats] partirons demain vers le nord", "le général Paul Durand")]
    assert claims_of(english('"We [the soldiers] will leave tomorrow for the north," said '
                             'General Paul Durand.')) == [
        ("direct", "We [the soldiers] will leave tomorrow for the north", "General Paul Durand")]


def test_a_bracketed_translation_after_a_quotation_is_part_of_its_claim(french, english):
    text = "« Wir schaffen das » [Nous y arriverons], a dit la chancelière Angela Weber."
    analysis = french(text)
    assert claims_of(analysis) == [
        ("direct", "Wir schaffen das", "la chancelière Angela Weber")]
    assert analysis.claims[0].cue.text == "dit"
    assert claims_of(english('"Wir schaffen das" [We can do it], said Angela Weber.')) == [
        ("direct", "Wir schaffen das", "Angela Weber")]
    assert claims_of(french("Paul Durand a parlé mardi.\n\n« “We will win” [« Nous gagnerons »] », "
                            "a-t-il déclaré."))[1:] == [
        ("direct", "“We will win” [« Nous gagnerons »]", "il")]


# A quotation over several paragraphs

def test_a_quotation_resumed_after_a_subhead_keeps_its_speaker_at_the_end(french):
    text = ("Le maire Jean Martin a pris la parole devant le conseil.\n\n"
            "« Nous avons fait tout ce que nous pouvions pour sauver l'usine.\n\n"
            "« Les ouvriers méritent mieux que cette fermeture brutale.\n\n"
            "Des promesses\n\n"
            "« Nous allons nous battre pour chaque emploi », a déclaré Jean Martin.")
    claims = [c for c in french(text).claims if c.kind == "direct"]
    first = text.index("Nous avons")
    assert [(c.start, c.end, c.source.text, c.cue.text if c.cue else None) for c in claims] == [
        (first, text.index("\n\nDes promesses"), "Jean Martin", None),
        (text.index("Nous allons"), text.index(" », a"), "Jean Martin", "déclaré")]


def test_a_quotation_resumed_after_a_subhead_keeps_its_speaker_at_the_start(english):
    text = ("The council met on Monday.\n\n"
            'Mayor John Martin said: "We did everything we could to save the factory.\n\n'
            '"The workers deserve better than this brutal closure.\n\n'
            "Promises\n\n"
            '"We will fight to the end for every single job in the valley."')
    claims = [c for c in english(text).claims if c.kind != "unattributed"]
    assert [(c.kind, c.start, c.end, c.source.text) for c in claims] == [
        ("direct", text.index("We did"), text.index("\n\nPromises"), "Mayor John Martin"),
        ("direct", text.index("We will"), len(text) - 1, "Mayor John Martin")]


# Subjects, orders and questions that report nobody

def test_a_subject_naming_no_one_reports_nobody(french, english):
    analysis = french("Aucun expert ne pense que la digue tiendra jusqu'à l'hiver. "
                      "Personne n'affirme que le chantier sera fini en mars. "
                      "La personne interrogée affirme que le chantier sera fini en mars.")
    assert claims_of(analysis) == [
        ("unattributed", "Aucun expert ne pense que la digue tiendra jusqu'à l'hiver.", None),
        ("unattributed", "Personne n'affirme que le chantier sera fini en mars.", None),
        ("reported", "le chantier sera fini en mars", "La personne")]
    analysis = english("Nobody claims that the dam will hold until winter. "
                       "No expert believes that the bridge is safe.")
    assert claims_of(analysis) == [
        ("unattributed", "Nobody claims that the dam will hold until winter.", None),
        ("unattributed", "No expert believes that the bridge is safe.", None)]


def test_an_order_to_the_reader_reports_nobody(english):
    analysis = english("Tell us why the council voted for this budget. "
                       "The mayor told us why the council voted for this budget.")
    assert claims_of(analysis) == [
        ("unattributed", "Tell us why the council voted for this budget.", None),
        ("reported", "why the council voted for this budget", "The mayor")]


def test_selon_vous_in_a_question_asks_and_reports_nobody(french):
    analysis = french("Le stade sera-t-il prêt à temps selon vous ? "
                      "Selon le maire, le stade sera prêt à temps.")
    assert claims_of(analysis) == [
        ("unattributed", "Le stade sera-t-il prêt à temps selon vous ?", None),
        ("reported", "le stade sera prêt à temps", "le maire")]


def test_selon_nos_informations_is_the_writer_s_own_hedged_claim(french, english):
    analysis = french("Selon nos informations, l'Élysée aurait déjà sondé plusieurs personnalités. "
                      "Selon nos sources, le ministre partira avant l'été.")
    assert hedges_of(analysis) == [
        ("unattributed", "Selon nos informations, l'Élysée aurait déjà sondé plusieurs personnalités.", True),
        ("reported", "le ministre partira avant l'été", False)]
    analysis = english("According to our reporting, the firm knew of the leak in May.")
    assert claims_of(analysis) == [
        ("unattributed", "According to our reporting, the firm knew of the leak in May.", None)]


def test_being_worried_or_adamant_reports_the_clause(english):
    analysis = english("The union is worried that the plant will close. "
                       "The mayor is adamant that the tax will not rise. "
                       "The mayor was sure of his numbers.")
    assert claims_of(analysis) == [
        ("reported", "the plant will close", "The union"),
        ("reported", "the tax will not rise", "The mayor"),
        ("unattributed", "The mayor was sure of his numbers.", None)]


# Hedging

def test_appears_to_hedges_and_a_duty_with_should_does_not(english):
    analysis = english("The minister appears to have dropped the reform. "
                       "The city should repair the bridge before winter. "
                       "The benefit appeared to be greatest for ground coffee. "
                       "About one in five adults are thought to have the disease.")
    assert hedges_of(analysis) == [
        ("unattributed", "The minister appears to have dropped the reform.", True),
        ("unattributed", "The city should repair the bridge before winter.", False),
        ("unattributed", "The benefit appeared to be greatest for ground coffee.", True),
        ("unattributed", "About one in five adults are thought to have the disease.", True)]


def test_could_telling_an_ability_does_not_hedge_and_a_possibility_does(english):
    analysis = english("The crew could finally see the harbour lights. The night watchman could not "
                       "sleep. The ferry could be cancelled tomorrow.")
    assert hedges_of(analysis) == [
        ("unattributed", "The crew could finally see the harbour lights.", False),
        ("unattributed", "The night watchman could not sleep.", False),
        ("unattributed", "The ferry could be cancelled tomorrow.", True)]


def test_likely_before_a_noun_names_a_kind_and_likely_to_hedges(english):
    analysis = english("Turnout among likely voters fell by ten points. "
                       "The storm is likely to reach the islands tonight.")
    assert hedges_of(analysis) == [
        ("unattributed", "Turnout among likely voters fell by ten points.", False),
        ("unattributed", "The storm is likely to reach the islands tonight.", True)]


def test_pouvait_telling_an_ability_does_not_hedge_and_pourrait_does(french):
    analysis = french("Les marins pouvaient enfin voir le port. Le scrutin pourrait être reporté.")
    assert hedges_of(analysis) == [
        ("unattributed", "Les marins pouvaient enfin voir le port.", False),
        ("unattributed", "Le scrutin pourrait être reporté.", True)]



def test_what_ought_to_be_done_or_did_not_happen_is_no_hedge(french):
    analysis = french("Le chômage a baissé.\n\nLe chômage devrait encore baisser en 2027. La ville devrait "
                      "publier les chiffres. Ils auraient pu interroger les associations ; ils ne l'ont pas fait.")
    assert hedges_of(analysis)[1:] == [
        ("unattributed", "Le chômage devrait encore baisser en 2027.", True),
        ("unattributed", "La ville devrait publier les chiffres.", False),
        ("unattributed", "Ils auraient pu interroger les associations ; ils ne l'ont pas fait.", False)]

# Cues it used to miss

def test_demanding_to_act_and_hammering_home_are_cues(french):
    analysis = french("La syndique exige de rencontrer le préfet avant lundi. "
                      "Le ministre martèle que la dette sera remboursée. "
                      "Le président glisse que la réunion a été reportée.")
    assert claims_of(analysis) == [
        ("reported", "de rencontrer le préfet avant lundi", "La syndique"),
        ("reported", "la dette sera remboursée", "Le ministre"),
        ("reported", "la réunion a été reportée", "Le président")]


def test_an_incise_verb_tagged_as_a_noun_after_a_quotation_names_its_speaker(french):
    analysis = french("« Ce budget est une farce », tacle la députée Anne Roux.")
    assert [(c.kind, c.text, c.source.text, c.cue.text) for c in analysis.claims] == [
        ("direct", "Ce budget est une farce", "la députée Anne Roux", "tacle")]


def test_tacler_with_a_plain_object_is_no_report_and_as_an_incise_is(french):
    analysis = french("Marine Dubois tacle le gouvernement. « Ce budget est une farce », tacle la sénatrice.")
    assert claims_of(analysis) == [
        ("unattributed", "Marine Dubois tacle le gouvernement.", None),
        ("direct", "Ce budget est une farce", "la sénatrice")]


def test_learnt_from_someone_credits_them_with_the_clause(french):
    analysis = french("Le club a recruté un nouvel entraîneur, a-t-on appris auprès de la direction.")
    assert claims_of(analysis) == [
        ("reported", "Le club a recruté un nouvel entraîneur", "la direction")]


def test_cues_joined_by_a_conjunction_make_one_claim_each(french, english):
    analysis = french("La maire a annoncé la fermeture du pont et promis que les travaux "
                      "dureraient un mois. Le maire a dit que la ville et les habitants ont "
                      "affirmé leur soutien.")
    assert claims_of(analysis) == [
        ("reported", "la fermeture du pont", "La maire"),
        ("reported", "les travaux dureraient un mois", "La maire"),
        ("reported", "la ville et les habitants ont affirmé leur soutien", "Le maire")]
    analysis = english("The coach criticized the referees, adding that the pitch was poor and "
                       "demanding a replay. He said that the mayor and aides claimed the budget "
                       "was balanced.")
    assert claims_of(analysis) == [
        ("reported", "the referees", "The coach"),
        ("reported", "the pitch was poor", "The coach"),
        ("reported", "a replay", "The coach"),
        ("reported", "the mayor and aides claimed the budget was balanced", "He")]


# A source is a speaker

def sources_of(analysis) -> list[tuple]:
    """Each claim's kind, source text and the name it resolves to."""
    return [(c.kind, c.source.text if c.source else None, c.source.resolved if c.source else None)
            for c in analysis.claims]


def test_an_inverted_clitic_is_il_resolved_to_the_man_named(french):
    analysis = french("Le maire Paul Girard a visité le chantier. « Nous reviendrons », a-t-il promis.")
    assert sources_of(analysis) == [("unattributed", None, None), ("direct", "il", "Paul Girard")]


def test_adverbials_and_c_est_are_never_the_source(french):
    analysis = french("C'est une décision absurde, estime le député. "
                      "À cette occasion, le maire a annoncé que la piscine rouvrirait. "
                      "Dans un communiqué, le club a indiqué que le joueur était blessé. "
                      "Sur son compte Instagram, la chanteuse a affirmé que la tournée était annulée.")
    assert claims_of(analysis) == [
        ("reported", "C'est une décision absurde", "le député"),
        ("reported", "la piscine rouvrirait", "le maire"),
        ("reported", "le joueur était blessé", "le club"),
        ("reported", "la tournée était annulée", "la chanteuse")]


def test_a_title_before_a_name_keeps_the_name(french, english):
    analysis = french("La porte-parole du gouvernement, Jeanne Martin, a déclaré que la loi serait "
                      "votée. Le ministre, qui était en visite à Lyon, a déclaré que la loi serait votée.")
    assert claims_of(analysis) == [("reported", "la loi serait votée", "Jeanne Martin"),
                                   ("reported", "la loi serait votée", "Le ministre")]
    analysis = english("The spokeswoman for the government, Jane Martin, said the law would pass.")
    assert claims_of(analysis) == [("reported", "the law would pass", "Jane Martin")]


def test_elle_enchaine_after_a_quote_is_that_quote_s_speaker(french):
    analysis = french("« Nous ne lâcherons rien », lance Marie Dupuis devant la ministre Claire Roux. "
                      "Elle enchaîne : « Le combat continue. »")
    assert [(c.kind, c.text, c.source.resolved or c.source.text) for c in analysis.claims] == [
        ("direct", "Nous ne lâcherons rien", "Marie Dupuis"),
        ("direct", "Le combat continue.", "Marie Dupuis")]


def test_a_known_first_name_s_gender_beats_the_parser_s(french):
    # the parser tags « Franco » as feminine: « Il » would go to the council, the last masculine
    analysis = french("Le Conseil fédéral a présenté son budget lundi. Franco Cavalli a déclaré que "
                      "le texte était injuste. Il a ajouté que son groupe voterait contre.")
    assert sources_of(analysis) == [("unattributed", None, None),
                                    ("reported", "Franco Cavalli", None),
                                    ("reported", "Il", "Franco Cavalli")]



def test_it_stands_for_the_organisation_or_document_that_spoke_last(english):
    analysis = english("Shops are closing.\n\nThe British Retail Consortium has warned that energy bills "
                       "are squeezing the sector. Last month, it estimated that one in five shops could "
                       "close. Maria Lopez, an analyst, agreed. The ad mentions the tax. It also claims "
                       "that prices will fall.")
    its = [(c.source.text, c.source.resolved) for c in analysis.claims if c.source and c.source.text.lower() == "it"]
    assert its == [("it", "The British Retail Consortium"), ("It", "The ad")]


def test_a_bare_noun_opening_the_sentence_describes_the_french_speaker_after_it(french, english):
    analysis = french("Le gouvernement vacille.\n\nMembre de la coalition, le ministre de l'Intérieur "
                      "Jan Novak avait estimé plus tôt que le ministre de la Santé avait perdu toute crédibilité.")
    assert claims_of(analysis)[1:] == [("reported", "le ministre de la Santé avait perdu toute crédibilité",
                                        "le ministre de l'Intérieur Jan Novak")]
    analysis = english("Prices rose.\n\nAuthorities in Bavaria, the German state next to Austria, called "
                       "for tighter controls on the border.")
    assert [c.source.text for c in analysis.claims if c.source] == ["Authorities"]


def test_on_goes_on_speaking_for_the_side_its_paragraph_opens_with(french):
    analysis = french("La grève approche.\n\nDu côté de la direction, on souligne que le courriel "
                      "n'était qu'un test. Le personnel était au courant de cet envoi, explique-t-on.")
    assert [(c.text, c.source.resolved) for c in analysis.claims if c.source] == [
        ("le courriel n'était qu'un test", "la direction"),
        ("Le personnel était au courant de cet envoi", "la direction")]


def test_a_wire_story_s_police_source_and_the_speaker_after_the_agency_it_told(french):
    analysis = french("Un adolescent a été blessé par balle à Marseille, a-t-on appris de source policière."
                      "\n\n« C'est un quartier où les règlements de comptes se multiplient », a indiqué à "
                      "l'AFP un responsable syndical policier.\n\n« Nous partirons demain », a déclaré à "
                      "Paris Jean Dupont.")
    assert claims_of(analysis) == [
        ("reported", "Un adolescent a été blessé par balle à Marseille", "source policière"),
        ("direct", "C'est un quartier où les règlements de comptes se multiplient",
         "un responsable syndical policier"),
        ("direct", "Nous partirons demain", "Jean Dupont")]


def test_a_name_joined_by_a_hyphen_is_one_speaker(french):
    analysis = french("Les prix ont encore augmenté.\n\nL'UFC-Que Choisir rappelle que les prix alimentaires "
                      "ont augmenté de 20 % en trois ans.")
    assert claims_of(analysis)[1:] == [
        ("reported", "les prix alimentaires ont augmenté de 20 % en trois ans", "UFC-Que Choisir")]


def test_a_lawyer_s_title_before_the_name_in_apposition_keeps_the_name(french):
    analysis = french("Le procès s'est ouvert lundi.\n\nSon avocat, Me Sébastien Marchal, a plaidé "
                      "l'abolition du discernement.")
    assert claims_of(analysis)[1:] == [("reported", "l'abolition du discernement", "Me Sébastien Marchal")]


def test_a_name_with_and_inside_it_is_one_speaker(english):
    analysis = english("Officials met on Monday.\n\nThe U.S. Food and Drug Administration says four "
                       "cups a day are safe. The Department of Health and Human Services said the "
                       "rule would take effect in May.")
    assert claims_of(analysis)[1:] == [
        ("reported", "four cups a day are safe", "The U.S. Food and Drug Administration"),
        ("reported", "the rule would take effect in May", "The Department of Health and Human Services")]


def test_a_wire_story_credits_the_governor_the_senator_and_the_director(english):
    analysis = english("SACRAMENTO, Calif. (AP) — Gov. Laura Chen on Friday vetoed a housing bill, saying "
                       "it would strip cities of control.\n\nThe bill's author, state Sen. Mark Osei, "
                       "vowed to bring it back next year.\n\nIts executive director, Carolyn Coleman, "
                       "said in an interview that cities were already approving more housing than ever.")
    assert claims_of(analysis) == [
        ("reported", "it would strip cities of control", "Gov. Laura Chen"),
        ("reported", "to bring it back next year", "state Sen. Mark Osei"),
        ("reported", "cities were already approving more housing than ever", "Carolyn Coleman")]


def test_when_a_noun_is_said_is_no_part_of_it(english):
    analysis = english("The race tightened.\n\nRubio's campaign tweeted a video of the debate Thursday "
                       "afternoon.")
    assert claims_of(analysis)[1:] == [("reported", "a video of the debate", "Rubio's campaign")]


def test_a_relative_clause_after_according_to_describes_the_source(english, french):
    analysis = english("The post drew criticism.\n\nAccording to Reyes, who has worked for Blake since "
                       "2015, the post was taken out of context.")
    assert claims_of(analysis)[1:] == [("reported", "the post was taken out of context", "Reyes")]
    analysis = french("La ville a tranché.\n\nSelon le maire, qui a consulté les habitants, le pont "
                      "sera reconstruit.")
    assert claims_of(analysis)[1:] == [("reported", "le pont sera reconstruit", "le maire")]

# Nothing the writer says is lost

def test_a_two_word_sentence_is_the_writer_s_claim(english):
    analysis = english("The plan was bold. It worked.")
    assert claims_of(analysis) == [("unattributed", "The plan was bold.", None),
                                   ("unattributed", "It worked.", None)]


def test_the_writer_s_contrast_after_a_reported_clause_is_unattributed(french, english):
    analysis = french("Le maire a promis que le pont serait réparé, mais les travaux n'ont jamais "
                      "commencé. Le maire a dit que c'était difficile, mais qu'il continuerait.")
    assert claims_of(analysis) == [
        ("reported", "le pont serait réparé", "Le maire"),
        ("unattributed", "mais les travaux n'ont jamais commencé.", None),
        ("reported", "c'était difficile, mais qu'il continuerait", "Le maire")]
    analysis = english("The mayor promised that the bridge would be fixed, but the work never "
                       "started. The judge said that it was not only fair but also that it was fast.")
    assert claims_of(analysis) == [
        ("reported", "the bridge would be fixed", "The mayor"),
        ("unattributed", "but the work never started.", None),
        ("reported", "it was not only fair but also that it was fast", "The judge")]



def test_the_lead_of_a_statement_an_incise_interrupts_before_that_is_said_too(english):
    analysis = english("It is no surprise, the pollster said, that many voters stayed at home. "
                       "In July, the union said, that the plant would close.")
    assert claims_of(analysis) == [
        ("reported", "It is no surprise", "the pollster"),
        ("reported", "many voters stayed at home", "the pollster"),
        ("reported", "the plant would close", "the union")]


def test_the_statement_an_incise_interrupts_goes_on_after_it(english, french):
    analysis = english("The council met on Monday.\n\nIn both years, the treasurer said, those grants "
                       "paid for repairs at the town's library.\n\nThe bridge will stay closed, the "
                       "engineer said, because the cables have rusted.\n\nThe vote was close, the clerk "
                       "said, and the hall emptied quickly.")
    assert claims_of(analysis)[1:] == [
        ("reported", "In both years", "the treasurer"),
        ("reported", "those grants paid for repairs at the town's library", "the treasurer"),
        ("reported", "The bridge will stay closed", "the engineer"),
        ("reported", "because the cables have rusted", "the engineer"),
        ("reported", "The vote was close", "the clerk"),
        ("unattributed", "and the hall emptied quickly.", None)]
    analysis = french("Le conseil s'est réuni lundi.\n\nLe pont restera fermé, a expliqué "
                      "l'ingénieure, car les câbles sont rouillés.")
    assert claims_of(analysis)[1:] == [("reported", "Le pont restera fermé", "l'ingénieure"),
                                       ("reported", "car les câbles sont rouillés", "l'ingénieure")]


def test_a_relative_clause_on_the_incise_s_speaker_is_no_part_of_the_statement(english):
    analysis = english("The trial resumed on Monday.\n\nAs the verdict was read, the accused stood "
                       "still, reported Ana Ruiz of the local radio, who was in the courtroom.")
    assert claims_of(analysis)[1:] == [
        ("reported", "As the verdict was read, the accused stood still", "Ana Ruiz of the local radio")]


def test_a_clause_without_that_after_the_one_told_is_what_is_told(english):
    analysis = english("The trial resumed on Monday.\n\nA neighbour, Paula Grant, told the jury "
                       "the driver stood over her with a bat.")
    assert claims_of(analysis)[1:] == [("reported", "the driver stood over her with a bat", "Paula Grant")]


def test_called_for_reports_the_clause_it_opens(english):
    analysis = english("The council met on Monday.\n\nThe senator has called for the bases in the "
                       "north to be closed by June.")
    assert claims_of(analysis)[1:] == [("reported", "the bases in the north to be closed by June", "The senator")]


def test_an_aside_between_the_cue_and_que_leaves_the_clause_reported(french):
    analysis = french("Les locataires ont été relogés.\n\nLe bailleur social, Vilogia, affirme de son "
                      "côté que les équipements avaient été contrôlés en septembre.")
    assert claims_of(analysis)[1:] == [
        ("reported", "les équipements avaient été contrôlés en septembre", "Le bailleur social")]


def test_faire_part_de_reports_what_follows_its_de(french):
    analysis = french("Le maire s'est rendu sur place.\n\nLe ministre a fait part de son inquiétude "
                      "face à la hausse des prix. La direction a fait état de difficultés financières.")
    assert claims_of(analysis)[1:] == [
        ("reported", "son inquiétude face à la hausse des prix", "Le ministre"),
        ("reported", "difficultés financières", "La direction")]


def test_a_round_up_of_reactions_credits_each_speaker(french):
    analysis = french("Le ministre de l'Économie, Bruno Marchand, a refusé de confirmer le chiffre. "
                      "« Aucune décision n'est prise », a-t-il martelé.\n\nLa présidente du groupe "
                      "socialiste, Anne Rolland, a fustigé un « matraquage fiscal ». Du côté du "
                      "Rassemblement national, on dénonce « un hold-up sur le pouvoir d'achat ». Le "
                      "Premier ministre s'est félicité du « climat constructif » des consultations.")
    assert [(c.kind, c.text, c.source and c.source.name) for c in analysis.claims][1:] == [
        ("direct", "Aucune décision n'est prise", "Bruno Marchand"),
        ("reported", "un « matraquage fiscal »", "Anne Rolland"),
        ("reported", "« un hold-up sur le pouvoir d'achat »", "Rassemblement national"),
        ("reported", "« climat constructif » des consultations", "Le Premier ministre")]


def test_a_speaker_s_verb_read_as_a_plural_noun_is_still_an_incise(english):
    analysis = english("The plan was approved.\n\nThe new line could carry 5,000 passengers a day, the "
                       "transit authority claims. That may be true, but Republican claims differ.")
    assert claims_of(analysis)[1:] == [
        ("reported", "The new line could carry 5,000 passengers a day", "the transit authority"),
        ("unattributed", "That may be true, but Republican claims differ.", None)]


def test_someone_who_shows_a_feeling_says_nothing(english):
    analysis = english("The jury returned on Thursday.\n\nPrice, 61, showed no emotion as the verdict was "
                       "read. The poll showed a tie. Messages that showed his frustration were released. "
                       "She showed that the figures were wrong.")
    assert claims_of(analysis)[1:] == [
        ("unattributed", "Price, 61, showed no emotion as the verdict was read.", None),
        ("reported", "a tie", "The poll"),
        ("reported", "his frustration", "Messages"),
        ("reported", "the figures were wrong", "She")]


def test_what_someone_could_have_said_is_no_claim(english):
    analysis = english("The plan was approved.\n\nOfficials could have asked riders what they need; they "
                       "did not. The mayor should have said that the plan was late.")
    assert [c.kind for c in analysis.claims] == ["unattributed"] * 3

# Not cues

def test_condemning_is_said_and_a_court_s_sentence_is_not(french, english):
    analysis = french("La France condamne fermement l'attaque contre le camp de réfugiés. "
                      "Le syndicat condamne l'appel à la grève lancé par la base. "
                      "La cour d'appel a condamné l'entreprise à verser deux millions d'euros. "
                      "Le juge l'a condamné à une amende.")
    assert claims_of(analysis) == [
        ("reported", "l'attaque contre le camp de réfugiés", "La France"),
        ("reported", "l'appel à la grève lancé par la base", "Le syndicat"),
        ("unattributed", "La cour d'appel a condamné l'entreprise à verser deux millions d'euros.", None),
        ("unattributed", "Le juge l'a condamné à une amende.", None)]
    analysis = english("The court condemned him to death. The minister condemned the attack on the camp.")
    assert claims_of(analysis) == [("unattributed", "The court condemned him to death.", None),
                                   ("reported", "the attack on the camp", "The minister")]


def test_far_from_saying_or_instead_of_saying_says_nothing(french, english):
    analysis = french("Loin de condamner la pratique, le juge l'a même encouragée. La région a "
                      "augmenté ses tarifs au lieu d'annoncer qu'elle réduirait les lignes.")
    assert claims_of(analysis) == [
        ("unattributed", "Loin de condamner la pratique, le juge l'a même encouragée.", None),
        ("unattributed", "La région a augmenté ses tarifs au lieu d'annoncer qu'elle réduirait les "
                         "lignes.", None)]
    analysis = english("Instead of saying that the plan had failed, the mayor praised it.")
    assert claims_of(analysis) == [
        ("unattributed", "Instead of saying that the plan had failed, the mayor praised it.", None)]


def test_volition_and_a_matter_of_competence_report_nothing(french):
    analysis = french("Le maire veut que le marché rouvre avant Noël. "
                      "Ce dossier relève de la compétence du tribunal administratif. "
                      "La part des électeurs qui disent faire confiance au maire a chuté.")
    assert claims_of(analysis) == [
        ("unattributed", "Le maire veut que le marché rouvre avant Noël.", None),
        ("unattributed", "Ce dossier relève de la compétence du tribunal administratif.", None),
        ("unattributed", "La part des électeurs qui disent faire confiance au maire a chuté.", None)]


def test_thinking_of_things_and_acts_report_nothing(english):
    analysis = english("She thought about her childhood in the village. "
                       "He felt the urge to leave the room. "
                       "She thinks the plan will fail. "
                       "The children laughed about the old teacher. "
                       "The committee reviewed the applications on Monday. "
                       "The storm kept battering the coast all night.")
    assert claims_of(analysis) == [
        ("unattributed", "She thought about her childhood in the village.", None),
        ("unattributed", "He felt the urge to leave the room.", None),
        ("reported", "the plan will fail", "She"),
        ("unattributed", "The children laughed about the old teacher.", None),
        ("unattributed", "The committee reviewed the applications on Monday.", None),
        ("unattributed", "The storm kept battering the coast all night.", None)]


def test_a_survey_count_of_people_who_said_reports_nothing(english):
    analysis = english("The share of voters who said they trusted the mayor fell sharply. "
                       "Voters who said they trusted the mayor were few.")
    assert claims_of(analysis) == [
        ("unattributed", "The share of voters who said they trusted the mayor fell sharply.", None),
        ("reported", "they trusted the mayor", "Voters")]


def test_speaking_with_nothing_said_is_an_event_the_writer_reports(english, french):
    analysis = english("The governor spoke at a vigil in Dayton on Sunday night. The senator will testify "
                       "before the committee in March. The mayor then spoke to reporters: “The dam held.”")
    assert claims_of(analysis) == [
        ("unattributed", "The governor spoke at a vigil in Dayton on Sunday night.", None),
        ("unattributed", "The senator will testify before the committee in March.", None),
        ("direct", "The dam held.", "The mayor")]
    analysis = french("La ministre a répondu mardi devant les sénateurs. Le témoin a répondu\u00a0: "
                      "«\u00a0Je ne l'ai jamais vu.\u00a0»")
    assert claims_of(analysis) == [
        ("unattributed", "La ministre a répondu mardi devant les sénateurs.", None),
        ("direct", "Je ne l'ai jamais vu.", "Le témoin")]


def test_a_clause_cue_or_a_particle_verb_with_nothing_said_is_no_report(english):
    analysis = english("The dispute over the zoning plan continues in the state courts. The firm has found "
                       "itself at the heart of the pension scandal. Hundreds of fans showed up at the "
                       "airport before dawn.")
    assert claims_of(analysis) == [
        ("unattributed", "The dispute over the zoning plan continues in the state courts.", None),
        ("unattributed", "The firm has found itself at the heart of the pension scandal.", None),
        ("unattributed", "Hundreds of fans showed up at the airport before dawn.", None)]


def test_would_after_a_verb_in_the_past_is_a_forecast_and_may_a_month(english):
    analysis = english("Fares went up in May after the regulator projected that fuel costs would double by "
                       "autumn. The new line would cut the journey to an hour. The mayor said she would "
                       "resign in June.")
    assert hedges_of(analysis) == [
        ("unattributed", "Fares went up in May after the regulator projected that fuel costs would double "
                         "by autumn.", False),
        ("unattributed", "The new line would cut the journey to an hour.", True),
        ("reported", "she would resign in June", False)]


def test_a_conjunction_after_a_verb_is_not_its_particle(english):
    analysis = english("Bus fares went up after the council raised the parking charges.")
    assert claims_of(analysis) == [
        ("unattributed", "Bus fares went up after the council raised the parking charges.", None)]


def test_a_request_is_told_as_an_event_and_a_question_asked_is_reported(english):
    analysis = english("The council asked for the contracts to be published. The coach asked the players "
                       "to consider the risks. Tenants are asking for lower rents. Reporters asked whether "
                       "the tunnel was safe. “Will you stay?” Ms. Ortiz asked.")
    assert claims_of(analysis) == [
        ("unattributed", "The council asked for the contracts to be published.", None),
        ("unattributed", "The coach asked the players to consider the risks.", None),
        ("unattributed", "Tenants are asking for lower rents.", None),
        ("reported", "whether the tunnel was safe", "Reporters"),
        ("direct", "Will you stay?", "Ms. Ortiz")]


def test_a_modal_perfect_in_a_relative_clause_tells_what_did_not_happen(english):
    analysis = english("Owners now accept the prices they might have gotten last spring. The fire may have "
                       "been set on purpose.")
    assert hedges_of(analysis) == [
        ("unattributed", "Owners now accept the prices they might have gotten last spring.", False),
        ("unattributed", "The fire may have been set on purpose.", True)]


def test_wanting_a_thing_is_no_report_and_wanting_to_act_is(english):
    analysis = english("Farmers want cheaper diesel. The mayor wants to widen the ring road by 2030.")
    assert claims_of(analysis) == [
        ("unattributed", "Farmers want cheaper diesel.", None),
        ("reported", "to widen the ring road by 2030", "The mayor")]


def test_a_quotation_split_by_its_incise_is_one_speaker_s_on_both_sides(english):
    analysis = english("The club requested a replay. “We tried everything,” the coach said, “but the pitch "
                       "was frozen.”")
    assert claims_of(analysis) == [
        ("unattributed", "The club requested a replay.", None),
        ("direct", "We tried everything", "the coach"),
        ("direct", "but the pitch was frozen.", "the coach")]


def test_a_question_put_before_the_answer_s_speaker_sets_the_scene(english):
    analysis = english("Asked if anything more can be done for shoppers, Patel said, “No. The best we can "
                       "do is keep prices low.”")
    assert claims_of(analysis) == [
        ("direct", "No. The best we can do is keep prices low.", "Patel")]


def test_a_question_put_to_someone_who_answers_without_words_reports_nothing(english):
    analysis = english("Asked whether the club would sell its captain, the chairman shrugged.")
    assert claims_of(analysis) == [
        ("unattributed", "Asked whether the club would sell its captain, the chairman shrugged.", None)]


def test_any_verb_inverted_after_a_quotation_is_its_incise(french):
    analysis = french("Une voisine raconte la nuit de l'incendie. «\u00a0On ne voyait plus rien\u00a0», se "
                      "souvient-elle, la voix brisée. Le maire est arrivé à l'aube. «\u00a0Nous "
                      "reconstruirons tout\u00a0», sourit-il devant les caméras. «\u00a0Aidez-nous\u00a0», "
                      "peut-on entendre dans la vidéo.")
    direct = [(c.text, c.source.text, c.source.resolved) for c in analysis.claims if c.kind == "direct"]
    assert direct[:2] == [("On ne voyait plus rien", "elle", "Une voisine"),
                          ("Nous reconstruirons tout", "il", "Le maire")]
    assert not any(c.text.startswith(("se souvient", "sourit", "entendre")) for c in analysis.claims)


def test_pour_and_an_organisation_after_its_article_credits_the_quotation(french):
    analysis = french("Les syndicats ont réagi vendredi. Pour la CGT, «\u00a0cette réforme est une "
                      "provocation\u00a0».")
    assert claims_of(analysis) == [
        ("unattributed", "Les syndicats ont réagi vendredi.", None),
        ("direct", "cette réforme est une provocation", "la CGT")]


def test_a_cue_read_as_the_last_word_of_a_name_leaves_the_name_as_speaker(french):
    analysis = french("Le Medef juge toutefois que le calendrier est trop serré, a-t-on appris auprès "
                      "de l'organisation.")
    assert ("reported", "le calendrier est trop serré", "Le Medef") in claims_of(analysis)


def test_agreeing_before_a_colon_reports_the_clause_after_it(french, english):
    assert claims_of(french("Les syndicats sont d'accord sur un point\u00a0: la mobilisation doit être "
                            "massive.")) == [
        ("reported", "la mobilisation doit être massive", "Les syndicats")]
    assert claims_of(english("The two unions agree on one thing: the strike must go ahead on Monday.")) == [
        ("reported", "the strike must go ahead on Monday", "The two unions")]


def test_a_quotation_paragraph_after_its_speaker_s_introduction_is_theirs(french):
    analysis = french("Claire Morin, 34 ans, était dans la salle quand le plafond s'est effondré. Elle a "
                      "accepté de raconter cette soirée.\n\n"
                      "«\u00a0Nous étions une centaine. J'ai entendu un craquement, puis plus rien.\n\n"
                      "«\u00a0Aujourd'hui, je remarche.\u00a0»")
    assert claims_of(analysis) == [
        ("unattributed", "Claire Morin, 34 ans, était dans la salle quand le plafond s'est effondré.", None),
        ("unattributed", "Elle a accepté de raconter cette soirée.", None),
        ("direct", "Nous étions une centaine. J'ai entendu un craquement, puis plus rien.\n\n"
                   "«\u00a0Aujourd'hui, je remarche.", "Claire Morin")]


def test_perhaps_hedges(english):
    assert hedges_of(english("Perhaps the council will listen this time. The council met on Monday.")) == [
        ("unattributed", "Perhaps the council will listen this time.", True),
        ("unattributed", "The council met on Monday.", False)]


def test_an_infinitive_the_tagger_took_for_a_noun_is_what_is_expected(english):
    assert claims_of(english("Officials expect the river to peak on Monday evening.")) == [
        ("reported", "the river to peak on Monday evening", "Officials")]


def test_the_writer_s_remark_after_a_comma_closes_the_reported_clause(english):
    analysis = english("She added that the council had been slow to respond, a claim the council denies. "
                       "He praised David Duke, a former leader of the group.")
    assert claims_of(analysis)[0] == ("reported", "the council had been slow to respond", "She")


def test_the_speaker_after_a_leading_participle_and_a_name_after_a_title(french):
    analysis = french("Interrogé par la radio, le conseiller national Pierre Dubois estime que le projet va "
                      "dans le bon sens. «\u00a0C'est une attaque contre nos traditions\u00a0», a lancé leur "
                      "président, Hans Meier.")
    assert claims_of(analysis) == [
        ("reported", "le projet va dans le bon sens", "le conseiller national Pierre Dubois"),
        ("direct", "C'est une attaque contre nos traditions", "Hans Meier")]


def test_a_reflexive_cue_reports_what_follows_its_de(french):
    analysis = french("Le maire s'inquiète de la hausse des prix. Quant au patronat, il se félicite d'une "
                      "«\u00a0réforme courageuse\u00a0». Les cafés ne peuvent que proposer de la vente à "
                      "emporter.")
    assert claims_of(analysis) == [
        ("reported", "la hausse des prix", "Le maire"),
        ("reported", "une «\u00a0réforme courageuse\u00a0»", "il"),
        ("unattributed", "Les cafés ne peuvent que proposer de la vente à emporter.", None)]


def test_a_pronoun_after_a_topic_opener_stands_for_the_topic(french):
    analysis = french("Frédéric Souillot martèle que rien n'est joué. Quant au patronat, il se félicite "
                      "d'une réforme courageuse.")
    [_, welcomed] = analysis.claims
    assert (welcomed.text, welcomed.source.text, welcomed.source.resolved) == (
        "une réforme courageuse", "il", "patronat")


def test_of_two_subjects_the_parser_gives_an_incise_the_nearest_is_its_speaker():
    """'…, if bogus, ideas to organize, she said': the parser sometimes hangs a noun of the statement
    on the incise as a second subject; the incise is still one."""
    import spacy
    from spacy.tokens import Doc

    from reader.analysis.incises import is_incise

    words = ["The", "tram", "helped", "people", "with", "late", "shifts", ",", "she", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 6 + [False, True, True, False, False],
              heads=[1, 2, 2, 9, 3, 6, 4, 9, 9, 2, 2],
              deps=["det", "nsubj", "ROOT", "nsubj", "prep", "amod", "pobj", "punct", "nsubj", "advcl", "punct"],
              tags=["DT", "NN", "VBD", "NNS", "IN", "JJ", "NNS", ",", "PRP", "VBD", "."],
              pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"])
    assert is_incise(doc[9], doc, len(doc.text))


def test_a_name_given_in_quotation_marks_is_reported_with_its_closing_mark(english):
    analysis = english("The mayor called the stadium deal “a gift to the owners.” The council called a "
                       "special meeting for Monday to discuss the “harbour plan” again.")
    assert claims_of(analysis) == [
        ("reported", "the stadium deal “a gift to the owners.”", "The mayor"),
        ("unattributed", "The council called a special meeting for Monday to discuss the “harbour plan” "
                         "again.", None)]


def test_to_someone_opening_a_sentence_gives_their_view(english, french):
    analysis = english("To Ms. Okafor, who has driven the night bus for years, the new timetable is a "
                       "betrayal. To the union, the offer was an insult. To date, the council has spent "
                       "$4 million. For Sanders, the mission is different.")
    assert claims_of(analysis) == [
        ("reported", "the new timetable is a betrayal", "Ms. Okafor"),
        ("reported", "the offer was an insult", "the union"),
        ("unattributed", "To date, the council has spent $4 million.", None),
        ("unattributed", "For Sanders, the mission is different.", None)]
    assert claims_of(french("Pour M. Dupont, qui dirige le syndicat depuis 2019, la réforme arrive trop "
                            "tard.")) == [("reported", "la réforme arrive trop tard", "M. Dupont")]


def test_single_guillemets_are_parsed_as_quotation_marks(french):
    analysis = french("Le syndicat dénonce ‹\u00a0une usine à gaz\u00a0› et réclame un vote populaire. "
                      "Le député a qualifié le texte de ‹\u00a0bricolage\u00a0›.")
    assert claims_of(analysis) == [
        ("reported", "une usine à gaz", "Le syndicat"),
        ("reported", "un vote populaire", "Le syndicat"),
        ("reported", "le texte de ‹\u00a0bricolage\u00a0›", "Le député")]


def test_a_dateline_in_title_case_is_no_part_of_the_first_sentence(french, english):
    assert claims_of(french("Berne - Le Conseil fédéral a présenté mercredi son projet.")) == [
        ("unattributed", "Le Conseil fédéral a présenté mercredi son projet.", None)]
    assert claims_of(english("The vote - taken late - was close.")) == [
        ("unattributed", "The vote - taken late - was close.", None)]


def test_an_excerpt_quoting_a_speaker_named_in_brackets_gives_them_its_statements(english):
    analysis = english("The Herald reported on the lawyer's closing argument:\n\n"
                       "\" 'There is anger here, and it goes a lot further than that,' [Okafor] said.\n\n"
                       "\" 'Every bit of it came from things he saw online. He is simply repeating what "
                       "he read.' \"")
    assert [c for c in claims_of(analysis) if c[0] == "direct"] == [
        ("direct", "There is anger here, and it goes a lot further than that", "Okafor"),
        ("direct", "Every bit of it came from things he saw online. He is simply repeating what he "
                   "read.", "Okafor")]


def test_records_showing_in_an_incise_back_the_statement(english):
    analysis = english("The mayor paid the fine in March, court records show. The club, tax filings show, "
                       "raised $5 million. The plane was insured for $35 million, records show, and "
                       "experts say it is now worth far less. In a year expected to bring record turnout, "
                       "the clerks hired more staff.")
    assert claims_of(analysis) == [
        ("reported", "The mayor paid the fine in March", "court records"),
        ("reported", "The club", "tax filings"),
        ("reported", "raised $5 million", "tax filings"),
        ("reported", "The plane was insured for $35 million", "records"),
        ("reported", "it is now worth far less", "experts"),
        ("unattributed", "In a year expected to bring record turnout, the clerks hired more staff.", None)]


def test_a_stance_declared_and_a_judgement_in_quotation_marks_are_reported(french):
    analysis = french("Le ministre du Travail s'est dit favorable à «\u00a0un compromis rapide\u00a0». "
                      "Le président du groupe a jugé la méthode «\u00a0incohérente\u00a0».")
    assert claims_of(analysis) == [
        ("reported", "favorable à «\u00a0un compromis rapide\u00a0»", "Le ministre du Travail"),
        ("reported", "la méthode «\u00a0incohérente\u00a0»", "Le président du groupe")]


def test_a_relative_pronoun_hung_on_the_incise_stands_for_the_speaker(french):
    analysis = french("«\u00a0Nous ne sommes pas fermés\u00a0», a glissé un conseiller de Matignon, qui "
                      "souhaite garder l'anonymat.")
    assert [c[2] for c in claims_of(analysis)] == ["un conseiller de Matignon"] * 2


def test_a_long_title_line_is_no_claim(french):
    analysis = french("Retraites : le gouvernement prêt à lâcher du lest sur l'âge de départ des salariés\n\n"
                      "Le texte sera examiné en commission le 4 avril.")
    assert claims_of(analysis) == [("unattributed", "Le texte sera examiné en commission le 4 avril.", None)]


def test_a_reported_clause_keeps_the_closing_mark_the_parser_hangs_elsewhere(english):
    analysis = english('Former referee Mark Halsey told the BBC the decision was "soft but defensible". '
                       'Pundits were split, with Gary Neville calling it "a shocking call".')
    assert [c for c in claims_of(analysis) if c[0] == "reported"] == [
        ("reported", 'the decision was "soft but defensible"', "Former referee Mark Halsey"),
        ("reported", 'it "a shocking call"', "Gary Neville")]


def test_a_participle_hung_inside_what_was_said_is_the_same_speaker_s(english):
    analysis = english("The Dane insisted his players had done enough to win, pointing to their 19 shots.")
    assert claims_of(analysis) == [
        ("reported", "his players had done enough to win", "The Dane"),
        ("reported", "their 19 shots", "The Dane")]


def test_a_participle_after_an_inverted_auxiliary_is_the_quotation_s_incise(french):
    analysis = french("Le capitaine Alexandre Lacazette a critiqué l'arbitrage. «\u00a0Le deuxième but est "
                      "hors-jeu, tout le monde l'a vu\u00a0», a-t-il pesté au micro de Canal+.")
    [quotation] = [c for c in analysis.claims if c.kind == "direct"]
    assert (quotation.text, quotation.cue.text, quotation.source.text, quotation.source.resolved) == (
        "Le deuxième but est hors-jeu, tout le monde l'a vu", "pesté", "il", "Alexandre Lacazette")


def test_demanding_is_reported_through_a_misread_infinitive_or_que(french):
    analysis = french("Les enseignants exigent d'être reçus par le ministre. Le syndicat exige de la "
                      "direction qu'elle rouvre les négociations.")
    assert claims_of(analysis) == [
        ("reported", "d'être reçus par le ministre", "Les enseignants"),
        ("reported", "elle rouvre les négociations", "Le syndicat")]


def test_the_writer_s_clause_before_and_someone_says_is_kept(english):
    analysis = english("More than 40,000 households were without running water on Wednesday, and "
                       "residents say the city has told them almost nothing.")
    assert claims_of(analysis) == [
        ("unattributed", "More than 40,000 households were without running water on Wednesday", None),
        ("reported", "the city has told them almost nothing", "residents")]


def test_the_writer_s_main_clause_before_a_subordinate_claim_is_kept(english, french):
    analysis = english("The city approved the new tram line on Monday, although critics say it is "
                       "far too costly.")
    assert claims_of(analysis) == [
        ("unattributed", "The city approved the new tram line on Monday", None),
        ("reported", "it is far too costly", "critics")]
    analysis = french("Le gouvernement maintient son texte sur les retraites, alors que l'opposition "
                      "dénonce un budget injuste.")
    assert claims_of(analysis) == [
        ("unattributed", "Le gouvernement maintient son texte sur les retraites", None),
        ("reported", "un budget injuste", "l'opposition")]


def test_the_speaker_s_own_clause_before_and_said_is_the_writer_s(english):
    analysis = english("The mayor visited the flooded district on Monday, and said that the dam had held.")
    assert claims_of(analysis) == [
        ("unattributed", "The mayor visited the flooded district on Monday", None),
        ("reported", "the dam had held", "The mayor")]


def test_a_cue_opening_a_quotation_in_the_writer_s_sentence_is_the_quoted_act(english):
    analysis = english("The ministry released no figures, but “made clear that every request had been "
                       "answered” in its reply. The panel pondered who might “testify about the budget "
                       "in the spring.” The mayor “endorses” the plan.")
    assert claims_of(analysis) == [
        ("unattributed", "The ministry released no figures", None),
        ("reported", "every request had been answered” in its reply", "The ministry"),
        ("unattributed", "The panel pondered who might “testify about the budget in the spring.”", None),
        ("unattributed", "The mayor “endorses” the plan.", None)]


def test_the_writer_s_clause_after_a_quotation_closed_by_its_comma_is_kept(english):
    analysis = english('After the dean said that the new students might do better at "smaller '
                       'colleges," the board moved on to the budget.')
    assert claims_of(analysis) == [
        ("reported", 'the new students might do better at "smaller colleges,"', "the dean"),
        ("unattributed", "the board moved on to the budget.", None)]


def test_a_place_before_the_speaker_s_title_does_not_hide_the_incise(english):
    analysis = english("The inquiry began in May.\n\n“We will find out what happened to the pumps,” "
                       "Tulsa police Chief Anna Kerr said Monday.")
    assert claims_of(analysis) == [
        ("unattributed", "The inquiry began in May.", None),
        ("direct", "We will find out what happened to the pumps", "Chief Anna Kerr")]


def test_seems_hedges_and_the_writer_s_clause_after_and_is_kept(english):
    analysis = english("Every few months another company announces that it has moved to a four-day week, "
                       "and the headlines are always the same. That seems wise.")
    assert hedges_of(analysis) == [
        ("reported", "it has moved to a four-day week", False),
        ("unattributed", "and the headlines are always the same.", False),
        ("unattributed", "That seems wise.", True)]


def test_straight_single_quotes_quote_at_the_top_level_but_not_a_plural_s_apostrophe(english):
    text = ("Her deputy, James Cole, was more cautious. 'The money is not there yet,' he said. 'The "
            "workers' pay is too low.' It was the students' choice in the '90s.")
    assert quoted(text) == ["The money is not there yet", "The workers' pay is too low."]
    assert quoted(text.replace("'", "’").replace(" ’", " ‘")) == [
        "The money is not there yet", "The workers’ pay is too low."]
    assert [c for c in claims_of(english(text)) if c[0] == "direct"] == [
        ("direct", "The money is not there yet", "he"), ("direct", "The workers' pay is too low.", "he")]


def test_a_topic_named_before_a_colon_and_a_quotation_is_no_claim(english):
    analysis = english("In a long statement, the river authority defended its record: \"We issued "
                       "warnings 48 hours before the river peaked.\"")
    assert claims_of(analysis) == [
        ("direct", "We issued warnings 48 hours before the river peaked.", "the river authority")]


def test_a_quotation_opened_with_backticks_is_a_direct_quote(english):
    analysis = english("The mayor spoke at the town hall. ``We will not let this happen again,'' she said.")
    assert claims_of(analysis)[1] == ("direct", "We will not let this happen again", "she")


def test_learning_a_fact_reports_it_and_learning_to_do_is_a_skill(french, english):
    analysis = french("L'immeuble aurait fait l'objet de trois avis depuis 2021, a appris Le Devoir. "
                      "Il a appris à nager à six ans.")
    assert claims_of(analysis) == [
        ("reported", "L'immeuble aurait fait l'objet de trois avis depuis 2021", "Le Devoir"),
        ("unattributed", "Il a appris à nager à six ans.", None)]
    assert claims_of(english("She learned to swim at the age of six.")) == [
        ("unattributed", "She learned to swim at the age of six.", None)]


def test_a_relative_pronoun_subject_of_a_joined_cue_stands_for_its_antecedent(english):
    analysis = english("Northwind has faced pressure from activist investor Crestline Partners, which "
                       "owns about 6% of the company and has called for a sale of its retail business.")
    [called] = [c for c in claims_of(analysis) if c[0] == "reported"]
    assert called == ("reported", "a sale of its retail business", "activist investor Crestline Partners")


def test_a_possessive_source_is_resolved_and_a_hyphenated_name_kept_whole(english):
    analysis = english("Senator Bernie Sanders spoke in Concord. There was widespread anger following his "
                       "claim that the banks should be broken up. The GOP front-runner predicted that Rubio would lose. Naomi "
                       "Zitt-James said the rent was too high.")
    sources = [(c.source.text, c.source.resolved) for c in analysis.claims if c.source]
    assert sources == [("his", "Bernie Sanders"), ("The GOP front-runner", None), ("Naomi Zitt-James", None)]


def test_it_is_hard_to_imagine_is_the_writer_s_and_it_was_reported_is_a_report(english):
    analysis = english("It is hard to imagine him winning swing states like New Mexico. "
                       "It was reported that the mayor resigned.")
    assert claims_of(analysis) == [
        ("unattributed", "It is hard to imagine him winning swing states like New Mexico.", None),
        ("reported", "the mayor resigned", None)]


def test_would_after_a_past_auxiliary_is_the_future_in_the_past(english):
    analysis = english("She did not say whether the company would cut its dividend. "
                       "The company would cut its dividend if profits fell.")
    assert hedges_of(analysis) == [
        ("unattributed", "She did not say whether the company would cut its dividend.", False),
        ("unattributed", "The company would cut its dividend if profits fell.", True)]


def test_denying_someone_a_thing_withholds_it_and_denying_allegations_reports(english):
    analysis = english("A late penalty denies his side a win. The minister denied that she had lied.")
    assert claims_of(analysis) == [
        ("unattributed", "A late penalty denies his side a win.", None),
        ("reported", "she had lied", "The minister")]

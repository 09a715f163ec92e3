"""The engine on English: quotes, reported speech, sources, pronouns and hedging."""


def test_apposition_and_he(english):
    first, second = english("Hugh Hill, a doctor at the clinic, said the virus was spreading quickly. "
                            "He added that hospitals were full.").claims
    assert (first.kind, first.text, first.source.text) == (
        "reported", "the virus was spreading quickly", "Hugh Hill")
    assert (second.text, second.source.text, second.source.resolved) == (
        "hospitals were full", "He", "Hugh Hill")


def test_cue_on_the_line_before_the_quote(english):
    analysis = english('He said:\n\n"We have a situation where our cities are dangerous. We must act."')
    [claim] = analysis.claims
    assert claim.kind == "direct" and claim.source.text == "He" and claim.cue.text == "said"


def test_multi_paragraph_quote_is_one_claim(english):
    text = ("“We started the campaign in the spring with nothing at all.\n\n"
            "“Now we lead in every single poll,” she said.")
    [claim] = english(text).claims
    assert claim.text == text[1:text.index(",”")]
    assert claim.source.text == "she"


def test_journalist_first_person_is_not_a_source(english):
    [claim] = english("I think that the council made the wrong decision.").claims
    assert claim.kind == "unattributed"


def test_mixed_quote_after_that_is_reported_speech(english):
    text = 'The airline said that it is "taking every step to keep flights on time."'
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == ("reported", 'it is "taking every step to keep flights on time."')
    assert (claim.source.text, claim.cue.text) == ("The airline", "said")


def test_quote_after_a_comma_stays_direct(english):
    [claim] = english('She added, "What kind of leader loses a billion dollars in a year?"').claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "direct", "What kind of leader loses a billion dollars in a year?", "She")


def test_cue_with_an_object_is_not_an_incise(english):
    text = "At the debate, Clinton cited remarks the candidate had made about the pageant winner."
    [claim] = english(text).claims
    assert (claim.kind, claim.source.text, claim.cue.text) == ("reported", "Clinton", "cited")
    assert claim.text.startswith("remarks")


def test_call_for_reports_its_object(english):
    [claim] = english("The senator has called for the complete repeal of the tax.").claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "reported", "the complete repeal of the tax", "The senator")


def test_signature_after_a_dash_is_the_speaker(english):
    text = "“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan."
    [claim] = english(text).claims
    assert (claim.kind, claim.source.text, claim.source.type) == ("direct", "Steve Quinlan", "person")


def test_abbreviations_between_quote_and_cue(english):
    text = "“It is a dog whistle to all Americans, especially to us,” Rep. Gwen Moore (D-Wis.) said Friday."
    [claim] = english(text).claims
    assert (claim.source.text, claim.cue.text) == ("Rep. Gwen Moore", "said")


def test_stance_verb_reports_its_object_with_what_it_says_of_it(english):
    text = "The candidate openly admires the Russian president as a strong leader, comparing him to others."
    claims = english(text).claims
    assert (claims[0].kind, claims[0].text, claims[0].source.text) == (
        "reported", "the Russian president as a strong leader", "The candidate")


def test_the_senator_resolves_to_the_senator_named_before(english):
    claims = english("Senator Jane Ortiz met the families on Monday. The senator said the law would change.").claims
    assert (claims[1].source.text, claims[1].source.resolved) == ("The senator", "Jane Ortiz")


def test_they_resolves_to_the_group_named_as_subject(english):
    claims = english("The nurses walked out on Friday. They said their wages were too low.").claims
    assert (claims[1].source.text, claims[1].source.resolved) == ("They", "The nurses")


def test_who_clause_told_reporters_and_social_media(english):
    first, second, third = english(
        "Hugh Hill, who has run the clinic for a decade, said the waiting list had doubled. "
        "The governor told reporters that the bridge would reopen in May. "
        "The senator wrote on social media that she would vote against the bill.").claims
    assert (first.source.text, first.text) == ("Hugh Hill", "the waiting list had doubled")
    assert (second.source.text, second.cue.text, second.text) == (
        "The governor", "told", "the bridge would reopen in May")
    assert (third.source.text, third.cue.text) == ("The senator", "wrote")


def test_impersonal_passives(english):
    reported, believed = english("It was reported that the mayor had resigned. "
                                 "It is believed that he is in Mexico.").claims
    assert (reported.kind, reported.text, reported.source) == ("reported", "the mayor had resigned", None)
    assert (believed.kind, believed.hedged) == ("unattributed", True)


def test_dateline_byline_and_photo_credit(english):
    claims = english("By Mary Jones, Staff Writer\n\nWASHINGTON (AP) — The Senate passed the bill on "
                     "Tuesday after a long debate.\n\nPhoto by John Smith/Reuters").claims
    assert [c.text for c in claims] == ["The Senate passed the bill on Tuesday after a long debate."]


def test_incise_inside_the_statement_credits_both_sides_of_it(english):
    claims = english("But to prevent problems, he said, local officials should be vigilant.").claims
    assert [(c.kind, c.text, c.source.text, c.cue.text) for c in claims] == [
        ("reported", "But to prevent problems", "he", "said"),
        ("reported", "local officials should be vigilant", "he", "said")]


def test_object_before_a_clause_is_its_subject(english):
    [claim] = english("The candidate is demanding the president make a pledge not to pardon anyone.").claims
    assert claim.text == "the president make a pledge not to pardon anyone"


def test_relative_pronoun_speaker_is_the_noun_it_stands_for(english):
    [claim] = english("Parents sent a letter that said charter schools had saved their children.").claims
    assert (claim.kind, claim.source.text, claim.source.type) == ("reported", "a letter", "document")
    assert claim.text == "charter schools had saved their children"


def test_a_pronoun_prefers_the_name_to_a_description(english):
    text = ("Hillary Clinton spoke in Ohio on Monday. The former secretary of state met voters. "
            "“We will win this state,” she said.")
    direct = [c for c in english(text).claims if c.kind == "direct"][0]
    assert (direct.source.text, direct.source.resolved) == ("she", "Hillary Clinton")


def test_a_circumstance_before_the_subject_is_no_incise(english):
    first, second = english("In July, the NAACP called for a moratorium on charter schools. "
                            "Hillary Clinton spoke out Tuesday about the death of a driver.").claims
    assert (first.kind, first.source.text, first.text) == (
        "reported", "the NAACP", "a moratorium on charter schools")
    assert (second.source.text, second.text) == ("Hillary Clinton", "the death of a driver")


def test_a_borrowed_phrase_with_no_cue_stays_in_the_writers_sentence(english):
    text = ("The newspaper sent a reporter into “a living room in western Pennsylvania” to watch "
            "the convention with a couple of voters.")
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == ("unattributed", text)


def test_passive_with_an_agent_credits_the_agent(english):
    [claim] = english("The registration issue was first reported by The Washington Post.").claims
    assert (claim.kind, claim.text, claim.source.text, claim.source.type) == (
        "reported", "The registration issue", "The Washington Post", "media")


def test_a_cue_inside_a_reported_clause_is_part_of_it(english):
    [claim] = english("The mayor said she believes the bridge is safe for heavy trucks.").claims
    assert (claim.kind, claim.text, claim.cue.text) == (
        "reported", "she believes the bridge is safe for heavy trucks", "said")
    assert claim.source.text == "The mayor"


def test_a_whole_sentence_quoted_straight_after_the_cue_is_direct(english):
    text = "In an interview the governor declared “We will rebuild every home that was lost.”"
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.cue.text) == (
        "direct", "We will rebuild every home that was lost.", "declared")
    assert claim.source.text == "the governor"


def test_a_fragment_quoted_straight_after_the_cue_stays_reported(english):
    text = "The governor promised “a full and rapid recovery of every harbour” for the coastal towns."
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == (
        "reported", "“a full and rapid recovery of every harbour” for the coastal towns")


def test_writers_words_after_a_quote_make_the_incise_report_the_sentence(english):
    text = "“You ignored the warnings” to protect your bonus, the senator said."
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.cue.text) == (
        "reported", "“You ignored the warnings” to protect your bonus", "said")
    assert claim.source.text == "the senator"


def test_a_clause_after_a_phrasal_cue_runs_past_its_first_comma(english):
    text = "The inspector pointed out that the wall was cracked, so the school had to close the gym."
    [claim] = english(text).claims
    assert (claim.kind, claim.text, claim.cue.text) == (
        "reported", "the wall was cracked, so the school had to close the gym", "pointed")
    assert claim.source.text == "The inspector"


def test_an_object_keeps_its_relative_clause_without_that():
    """The parser sometimes starts a new sentence at "Smith had made": no punctuation ends one."""
    import spacy
    from spacy.tokens import Doc

    from reader.analysis.contents import object_span
    from reader.model import Span

    words = ["Jones", "cited", "remarks", "Smith", "had", "made", "about", "nurses", "."]
    heads = [1, 1, 1, 5, 5, 5, 5, 6, 5]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False, False], heads=heads, deps=deps,
              sent_starts=[True, False, False, True, False, False, False, False, False])
    span = object_span(doc[1], doc[2], 0, Span(0, len(doc.text)))
    assert doc.text[span.start:span.end] == "remarks Smith had made about nurses"


def test_reporting_nouns_before_that(english):
    text = ("The union's accusation that managers hid the losses spread quickly. "
            "The governor's pledge that no clinic would close reassured nurses.")
    first, second = english(text).claims
    assert (first.kind, first.text, first.cue.text, first.source.text) == (
        "reported", "managers hid the losses", "accusation", "The union")
    assert (second.kind, second.text, second.cue.text, second.source.text) == (
        "reported", "no clinic would close", "pledge", "The governor")


def test_a_participle_cue_after_a_comma_starts_a_statement_of_its_own(english):
    text = "The mayor said the budget was balanced, arguing that the new parking fees had worked."
    said, arguing = english(text).claims
    assert (said.text, said.cue.text, said.source.text) == (
        "the budget was balanced", "said", "The mayor")
    assert (arguing.text, arguing.cue.text, arguing.source.text) == (
        "the new parking fees had worked", "arguing", "The mayor")


def test_call_reports_only_when_it_names_something(english):
    text = ("The agency called a meeting for Thursday. "
            "The senator called the merger a reckless gamble. She called for an inquiry.")
    claims = english(text).claims
    assert [(c.kind, c.text) for c in claims] == [
        ("unattributed", "The agency called a meeting for Thursday."),
        ("reported", "the merger a reckless gamble"),
        ("reported", "an inquiry")]
    assert [c.cue.text for c in claims[1:]] == ["called", "called"]


TRANSCRIPT = ("The senator spoke to the host on Sunday.\n\n"
              "HOST: Will you vote for the bill next week?\n\n"
              "MORGAN: I will not, and I have told my colleagues so.\n\n"
              "\"The bill costs too much and helps too few people.\n\n"
              "(CROSSTALK.)\n\n"
              "HOST: We have to leave it there.\n\n"
              "Follow the show on Sundays.")


def test_a_transcript_turn_is_credited_to_its_speaker_label(english):
    claims = english(TRANSCRIPT).claims
    turn = next(c for c in claims if c.text.startswith("I will not"))
    assert (turn.kind, turn.text, turn.source.text) == (
        "reported", "I will not, and I have told my colleagues so", "MORGAN")
    assert (turn.source.start, turn.cue.text) == (TRANSCRIPT.index("MORGAN"), ":")


def test_an_unlabelled_paragraph_before_the_next_turn_continues_the_speaker(english):
    claims = english(TRANSCRIPT).claims
    continued = next(c for c in claims if "costs too much" in c.text)
    assert (continued.kind, continued.text, continued.source.text, continued.source.start) == (
        "reported", "The bill costs too much and helps too few people", "MORGAN", None)
    assert not any("CROSSTALK" in c.text for c in claims)


def test_text_after_the_last_turn_is_the_writers_own(english):
    claims = english(TRANSCRIPT).claims
    after = next(c for c in claims if c.text.startswith("Follow the show"))
    assert (after.kind, after.source) == ("unattributed", None)


def test_a_long_stretch_between_two_labels_is_the_writers_own(english):
    text = ("UPDATE: The vote was moved to Friday.\n\n"
            + "".join(f"The council met for the {n} time this year.\n\n"
                      for n in ("first", "second", "third", "fourth"))
            + "CORRECTION: An earlier version misstated the date.")
    claims = english(text).claims
    assert [c.kind for c in claims if c.text.startswith("The council met")] == ["unattributed"] * 4


def test_a_participle_after_a_preposition_speaks_through_the_verb_it_hangs_from(english):
    [claim] = english("The ministry changed its policy on Monday by dropping the old rules and "
                      "stressing that farmers should sell their grain abroad.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "farmers should sell their grain abroad", "stressing", "The ministry")


def test_a_participle_opening_the_sentence_only_sets_the_scene_of_the_cue(english):
    [claim] = english("Speaking about the merger, the chairman said, “We are confident it will "
                      "work for everyone.”").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "direct", "We are confident it will work for everyone.", "said", "the chairman")


def test_telling_the_truth_or_a_joke_reports_nothing(english):
    claims = english("The mayor needs to tell the truth about the budget. "
                     "The governor told a joke about the weather.").claims
    assert [(c.kind, c.text) for c in claims] == [
        ("unattributed", "The mayor needs to tell the truth about the budget."),
        ("unattributed", "The governor told a joke about the weather.")]


def test_a_reporting_noun_credits_the_name_before_it(english):
    [claim] = english("Voters read a Boston Globe report that Smith used a dubious method to "
                      "avoid paying taxes.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "Smith used a dubious method to avoid paying taxes", "report", "Boston Globe")


def test_the_subject_before_said_wins_over_a_time_after_it(english):
    [claim] = english("“I never doubted it,” she said several months after the trial.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("direct", "I never doubted it", "she")


def test_a_possessive_source_is_named_without_its_ending(english):
    [claim] = english("The video contradicts the city council’s earlier claim that the road "
                      "had been closed.").claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "reported", "the road had been closed", "the city council")


def test_a_cue_tagged_as_a_plural_noun_keeps_the_name_before_it(english):
    [claim] = english("Trump charges that the Clinton Foundation took money from foreign "
                      "governments.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "the Clinton Foundation took money from foreign governments", "charges", "Trump")


def test_the_charges_that_name_no_one(english):
    [claim] = english("Prosecutors dropped the charges that the bank laundered money.").claims
    assert (claim.kind, claim.text, claim.source) == ("reported", "the bank laundered money", None)


def test_an_infinitive_of_purpose_speaks_through_the_main_verb(english):
    [claim] = english("Caddell went on to discuss recently released polls.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "recently released polls", "discuss", "Caddell")


def test_a_quotation_does_not_continue_a_thing(english):
    text = ("The plan is the main tool for the country to meet the emissions target it pledged "
            "to reach at the climate talks in Paris.\n\n"
            "“It is an invasion of the state regulatory domain.”")
    quote = english(text).claims[-1]
    assert (quote.kind, quote.text, quote.source) == (
        "direct", "It is an invasion of the state regulatory domain.", None)


def test_she_skips_a_man_named_since_by_his_first_name(english):
    text = ("Maria Lopez runs the shelter on Main Street. Antonin Scalia wrote the ruling in 1996.\n\n"
            "“We will stay open all winter,” she said.")
    quote = english(text).claims[-1]
    assert (quote.kind, quote.source.text, quote.source.resolved) == ("direct", "she", "Maria Lopez")


def test_stance_verb_with_a_noun_object(english):
    """PolNeAR-style attribution: a stance taken on something is the subject's, not the writer's."""
    [claim] = english("Economists have long debated the effect of tariffs on rural wages.").claims
    assert (claim.kind, claim.text) == ("reported", "the effect of tariffs on rural wages")
    assert (claim.source.text, claim.cue.text) == ("Economists", "debated")


def test_phrasal_stance_verb(english):
    [claim] = english("The governor has gone after the utility for its slow repairs.").claims
    assert (claim.kind, claim.source.text, claim.cue.text) == ("reported", "The governor", "gone")
    assert claim.text.startswith("the utility")


def test_comma_closing_the_subjects_apposition_is_no_incise(english):
    [claim] = english("Mara Lind, director of the tenants' union, called for a rent freeze.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "a rent freeze", "Mara Lind")


def test_as_someone_noted_credits_the_main_clause(english):
    before, after = english("As one analyst pointed out, the gap between the two bids is huge. "
                            "The river rose by two metres overnight, as the mayor noted.").claims
    assert (before.kind, before.text, before.source.text, before.cue.text) == (
        "reported", "the gap between the two bids is huge", "one analyst", "pointed")
    assert (after.kind, after.text, after.source.text) == (
        "reported", "The river rose by two metres overnight", "the mayor")


def test_as_of_time_or_manner_credits_no_one(english):
    claims = english("Prices fell as he discussed his plan with the board. "
                     "Wages rose, as shown by the survey.").claims
    assert [(c.kind, c.cue and c.cue.text) for c in claims] == [
        ("reported", "discussed"), ("unattributed", None)]


def test_relative_clause_after_the_speaker_is_no_incise(english):
    [claim] = english("“We will win,” the minister, who spoke in Paris, said.").claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text) == (
        "direct", "We will win", "the minister", "said")


def test_aside_between_subject_and_cue_is_no_incise(english):
    [claim] = english("The senator, at a hearing on Monday, cited figures from the census.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "figures from the census", "The senator")


def test_reported_object_keeps_what_is_said_of_it_not_when(english):
    [claim] = english("The nominee aggressively attacked her opponent as a fraud and a scam artist "
                      "during the first debate Monday night.").claims
    assert (claim.kind, claim.text) == ("reported", "her opponent as a fraud and a scam artist")


def test_relative_clause_after_a_comma_is_the_writers_remark(english):
    [claim] = english("The senator has acknowledged the reality of climate change, "
                      "which sets him apart from his party.").claims
    assert (claim.kind, claim.text) == ("reported", "the reality of climate change")


def test_told_someone_to_do_something(english):
    [claim] = english("The mayor tells residents at a town meeting to “stay indoors” until the storm passes.").claims
    assert (claim.kind, claim.source.text, claim.cue.text) == ("reported", "The mayor", "tells")
    assert claim.text.startswith("to “stay indoors”")


def test_speaking_for_some_minutes_is_an_event_the_writer_tells(english):
    [claim] = english("The two ministers spoke for about ten minutes.").claims
    assert (claim.kind, claim.text, claim.source) == (
        "unattributed", "The two ministers spoke for about ten minutes.", None)


def test_lay_out_read_by_the_lemmatizer_as_lie(english):
    [claim] = english("The mayor needs to lay out actual plans for the harbour.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "actual plans for the harbour", "lay", "The mayor")


def test_questions_raised_about_something(english):
    [claim] = english("The senator is raising questions about the contracts awarded last year.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "the contracts awarded last year", "questions", "The senator")


def test_questions_faced_are_not_the_subjects_own(english):
    [claim] = english("The company has faced questions about its safety record.").claims
    assert (claim.kind, claim.text, claim.source) == ("reported", "its safety record", None)


def test_a_remark_that_reports_its_clause(english):
    [claim] = english("Her remark that the budget was balanced drew criticism from economists.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "the budget was balanced", "remark", "Her")


def test_speaker_with_a_long_apposition_before_told(english):
    text = ("“This narrative is pushed by the media, where we find the labels of ‘criminal, super "
            "predator,’” Malkia Reyes, the executive director at the Center for Media Justice and who "
            "also features in the film, told The Huffington Post.")
    [claim] = english(text).claims
    assert (claim.kind, claim.text) == (
        "direct", "This narrative is pushed by the media, where we find the labels of ‘criminal, super predator,’")
    assert (claim.source.text, claim.cue.text) == ("Malkia Reyes", "told")


def test_writers_clause_after_a_claim_is_unattributed(english):
    claims = english("While officials confirmed their plan to reopen the bridge next month, "
                     "traffic returned to the old town.").claims
    assert [(c.kind, c.text) for c in claims] == [
        ("reported", "their plan to reopen the bridge next month"),
        ("unattributed", "traffic returned to the old town.")]


def test_apposition_of_a_speaker_is_no_clause_of_the_writer(english):
    [claim] = english("“We will win,” said Ann Lee, a former official who runs a consulting firm.").claims
    assert (claim.kind, claim.source.text) == ("direct", "Ann Lee")


def test_that_before_a_noun_is_a_determiner_and_points_back(english):
    [claim] = english("In fact, the ministry had maintained that position at a meeting last year.").claims
    assert claim.kind == "unattributed"


def test_meaning_to_discuss_something_is_not_saying_it(english):
    claims = english("The ministry has called a press conference on Friday to discuss the new budget. "
                     "The senator spoke at a rally to discuss rising energy prices.").claims
    assert [(c.kind, c.text) for c in claims] == [
        ("unattributed", "The ministry has called a press conference on Friday to discuss the new budget."),
        ("reported", "rising energy prices")]


def test_a_quotation_inside_an_excerpt_has_no_borrowed_speaker(english):
    text = ('“We are ready,” Anna Berg said.\n\n"The senator walked onto the stage, chanting '
            '“We will win! We will win!”')
    claims = english(text).claims
    assert [(c.text, c.source and c.source.text) for c in claims if c.kind == "direct"][-1] == (
        "We will win! We will win!", None)


def test_a_passive_subject_is_an_antecedent(english):
    [_, claim] = english("Two soldiers were wounded in the attack. One of them said the convoy had been "
                         "ambushed.").claims
    assert (claim.kind, claim.source.text, claim.source.resolved) == ("reported", "One of them", "Two soldiers")


def test_a_cue_verb_acting_on_a_plain_object_reports_nothing(english):
    found, told = english("Police found the body of a young woman near the river on Sunday. "
                          "Investigators found that the bridge had been unsafe for years.").claims
    assert (found.kind, told.kind, told.text) == ("unattributed", "reported", "the bridge had been unsafe for years")


def test_a_question_and_its_incise_split_into_two_sentences(english):
    question, answer = english('“Where is the money going?” Gomez asked. “Nobody can tell us.”').claims
    assert (question.text, question.source.text, question.cue.text) == ("Where is the money going?", "Gomez", "asked")
    assert (answer.text, answer.source.text) == ("Nobody can tell us.", "Gomez")


def test_according_to_after_a_quotation_is_its_incise(english):
    [claim] = english('“We were never told about the chemicals,” according to one resident of the town.').claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text) == (
        "direct", "We were never told about the chemicals", "one resident of the town", "according to")


def test_a_title_after_titled_is_no_quotation_and_borrows_no_speaker(english):
    claims = english('Mayor Alan Pike said the city would act. The report, titled "Why the state keeps '
                     'failing its children," was released the same day.').claims
    assert [(c.kind, c.source and c.source.text) for c in claims] == [("reported", "Mayor Alan Pike"),
                                                                      ("unattributed", None)]


def test_continued_is_an_incise_but_continuing_attacks_is_an_act(english):
    quote, act = english('“We will keep fighting,” he continued. The party continued its attacks on the mayor.').claims
    assert (quote.kind, quote.source.text, quote.cue.text, act.kind) == ("direct", "he", "continued", "unattributed")


def test_british_single_quotes_with_their_incise(english):
    [claim] = english("‘We will not be bullied by anyone,’ the minister said.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("direct", "We will not be bullied by anyone", "the minister")


def test_a_floating_quote_carries_on_the_speaker_not_someone_inside_what_was_said(english):
    claims = english("The mayor said that most residents support the project.\n\n"
                     "“We will go all the way to the end.”").claims
    assert [(c.kind, c.source.text) for c in claims] == [("reported", "The mayor"), ("direct", "The mayor")]


def test_a_surname_keeps_the_gender_of_the_full_name(english):
    claims = english("Maria Lopez met Daniel Ortega in Managua on Monday. Lopez met Ortega again on Tuesday. "
                     "The meeting lasted three hours. She said the talks had gone well.").claims
    assert (claims[-1].source.text, claims[-1].source.resolved) == ("She", "Maria Lopez")


def test_she_never_stands_for_a_newspaper(english):
    _, claim = english("The Daily Herald published the letter on Monday. She said the mayor had lied.").claims
    assert (claim.source.text, claim.source.resolved) == ("She", None)


def test_sources_close_to_an_investigation_keep_their_words(english):
    first, second = english("Sources close to the investigation said the suspect had fled. "
                            "Officials familiar with the talks said a deal was near.").claims
    assert (first.source.text, second.source.text) == (
        "Sources close to the investigation", "Officials familiar with the talks")


def test_a_cue_in_a_relative_clause_says_no_more_than_that_clause(english):
    [insists] = english("The mayor, who insists that the city is safe, refused to comment on the figures.").claims
    assert (insists.text, insists.source.text) == ("the city is safe", "The mayor")


def test_an_incise_after_a_condition_credits_both_sides_of_it(english):
    claims = english("If the bill passes, she said, prices will rise for millions of renters.").claims
    assert [(c.kind, c.text, c.source.text) for c in claims] == [
        ("reported", "If the bill passes", "she"), ("reported", "prices will rise for millions of renters", "she")]


def test_a_dateline_is_no_part_of_what_an_incise_credits(english):
    [claim] = english("LONDON (Reuters) - British inflation rose unexpectedly in January, official data showed.").claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "reported", "British inflation rose unexpectedly in January", "official data")


def test_asked_about_something_only_sets_the_scene(english):
    [claim] = english("Asked about the delays, the minister said the trains would run on time.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "the trains would run on time", "the minister")


def test_a_quotation_inside_the_writers_sentence_borrows_no_speaker(english):
    claims = english('Mayor Alan Pike said the city would act. A banner reading "Freedom for all the people '
                     'of this valley" hung above the square.').claims
    assert [(c.kind, c.source and c.source.text) for c in claims] == [("reported", "Mayor Alan Pike"),
                                                                      ("direct", None)]


def test_a_clause_the_parser_hangs_across_sentences_hides_no_incise(english):
    first, second = english('"This is a great day for working people," Governor Dale Brooks wrote on X. '
                            '"Today is a victory!" Governor Dale Brooks said.').claims
    assert [(c.kind, c.source.text, c.cue.text) for c in (first, second)] == [
        ("direct", "Governor Dale Brooks", "wrote"), ("direct", "Governor Dale Brooks", "said")]


def test_quoted_as_saying_credits_who_is_quoted(english):
    [claim] = english("The envoy was quoted as saying that the deal was off.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "the deal was off", "The envoy")

"""The quotation pass, which needs no language model."""

from reader.analysis import prepare


def quoted(text):
    article = prepare(text)
    return [text[q.content.start:q.content.end] for q in article.statements]


def test_guillemets_with_and_without_no_break_spaces():
    text = "«\u202fNous combattons près du village.\u202f» Puis « Ils ont tous fui le front » et «Un ordre est arrivé ce matin.»"
    assert quoted(text) == ["Nous combattons près du village.", "Ils ont tous fui le front",
                            "Un ordre est arrivé ce matin."]


def test_english_curly_straight_and_german_marks():
    text = '“We will win this election,” she said. He replied "that is not going to happen at all". „Wir schaffen das nicht allein“'
    assert quoted(text) == ["We will win this election", "that is not going to happen at all",
                            "Wir schaffen das nicht allein"]


def test_nested_single_quotes_stay_inside_and_apostrophes_are_not_marks():
    text = "“He told me ‘never again’ and I don’t believe he meant it,” she said."
    assert quoted(text) == ["He told me ‘never again’ and I don’t believe he meant it"]


def test_quote_continued_over_paragraphs_is_one_quote():
    text = "« Nous combattons près du village depuis des mois.\n\n« Presque toute notre infanterie a été tuée », dit-il."
    assert quoted(text) == ["Nous combattons près du village depuis des mois.\n\n« Presque toute notre infanterie a été tuée"]


def test_unbalanced_marks_never_crash_and_end_at_the_paragraph():
    text = "« Une phrase qui ne se ferme jamais dans ce paragraphe\n\nUn autre paragraphe » sans ouverture."
    assert quoted(text) == ["Une phrase qui ne se ferme jamais dans ce paragraphe"]


def test_scare_quotes_are_not_statements():
    assert quoted("Ce sont les «escouades de la mort» russes qui tirent.") == []


def test_dialogue_dash_paragraph():
    assert quoted("— Nous partirons demain à l'aube, dit le capitaine.") == [
        "Nous partirons demain à l'aube, dit le capitaine."]


def test_sentences_are_not_cut_inside_quotes_or_after_abbreviations():
    text = "« Il pleut. Nous partons », dit M. Dupont. La suite vient après."
    article = prepare(text)
    assert [text[s.start:s.end] for s in article.sentences[0]] == [
        "« Il pleut. Nous partons », dit M. Dupont.", "La suite vient après."]


def test_a_short_sentence_with_its_comma_inside_the_marks_is_a_statement():
    assert quoted("“I love you,” he said. “It’s finished,” she said.") == ["I love you", "It’s finished"]


def test_titles_in_quotation_marks_are_not_statements():
    text = "On “The Steve Harvey Morning Show,” she spoke of the “Contract with America.”"
    assert quoted(text) == []


def test_a_short_name_in_capitals_is_a_title():
    assert quoted("As the host of “The Apprentice,” he fired people on television.") == []


def test_two_sentences_in_capitals_are_a_statement_not_a_title():
    text = "“Here comes the Boss,” she said. “The Boss. Big Man.” And on “Dr. Strangelove Returns,” nothing."
    assert quoted(text) == ["Here comes the Boss", "The Boss. Big Man."]


def test_a_closing_mark_used_as_opener_still_opens_a_quote():
    text = "”Mr. Smith embodies the lasting legacy of our town. He represents our pride.” ― Sonya Herridge"
    assert quoted(text) == ["Mr. Smith embodies the lasting legacy of our town. He represents our pride."]


def test_initials_do_not_end_a_sentence():
    article = prepare("“This is a sad day,” said Rep. G.K. Butterfield, head of the caucus. Others agreed.")
    assert len(article.sentences[0]) == 2


def test_a_short_french_sentence_with_its_comma_after_the_marks_is_a_statement():
    assert quoted("« Nous tenons nos promesses », a-t-il déclaré.") == ["Nous tenons nos promesses"]


def test_quotations_inside_an_excerpt_are_statements_of_their_own():
    text = ('The paper describes the rally:\n\n"The senator walked onto the stage, chanting “We will win! '
            'We will win!”\n\n“That is right,” she said.')
    assert quoted(text) == ["The senator walked onto the stage, chanting “We will win! We will win!”",
                            "We will win! We will win!", "That is right"]


def test_a_chant_of_single_letters_is_no_title():
    assert quoted("The crowd answered: “U-S-A! U-S-A!”") == ["U-S-A! U-S-A!"]


def test_british_single_quotes_and_an_apostrophe_before_a_decade():
    text = "‘We will not be bullied,’ she said. ‘This is a matter of principle.’ Back in the ‘90s, few agreed."
    assert quoted(text) == ["We will not be bullied", "This is a matter of principle."]


def test_titles_of_attorneys_and_detectives_do_not_end_a_sentence():
    article = prepare("New York Atty. Gen. Letitia James said the case was strong. Det. Mark Rivera agreed.")
    assert len(article.sentences[0]) == 2


def test_a_quotation_after_a_single_letter_starts_a_sentence():
    article = prepare('The governor wrote on X. "Today is a victory!" the governor said.')
    assert len(article.sentences[0]) == 2

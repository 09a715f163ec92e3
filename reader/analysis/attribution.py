"""Reporting cues in a parsed paragraph: who says what, with which verb."""

from __future__ import annotations

from reader.analysis.contents import (clip_to_clause, content_after, content_before, content_resumed,
                                     main_clause_around, points_back)
from reader.analysis.cue_nouns import is_cue_noun, noun_attribution
from reader.analysis.cue_verbs import cue_entry, is_cue_verb, is_stance_participle, lemmas_of, phrasal_rests
from reader.analysis.findings import Attribution
from reader.analysis.grammar import (SUBJECT_DEPS, finite, has_auxiliary, has_content_child, is_counterfactual_modal,
                                     is_participle, next_token, text_of, token_span, tokens_in)
from reader.analysis.incises import is_incise, opens_a_quotation, quoted_after, said_after_colon
from reader.analysis.lexicon import Lexicon, lexicon_of
from reader.analysis.quotes import OPENING_MARKS, QUOTATION_MARKS
from reader.analysis.sentences import sentence_of
from reader.analysis.sources import PERSON_ENTITIES
from reader.analysis.speakers import phrase_tokens, subject_span
from reader.model import Span

# The words of the noun phrase a naming verb names, before the name it gives in quotation marks.
NOUN_PHRASE_WORDS = {"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "PART"}
# How far after a sentencing verb its preposition may stand: « condamné l'ancien directeur à ».
PENALTY_DISTANCE = 5
# The fewest words a quotation goes on after a cue it opens, for the cue to be the quoted act.
QUOTED_ACT_WORDS = 3
# How many characters before a cue the words that deny it are looked for.
DENIAL_REACH = 20


def find_cue_attributions(doc, base: int, sentences: list[Span], inside_quote: bytearray,
                          lexicon: Lexicon) -> list[Attribution]:
    """Every reporting verb outside quotations, with its subject and its content clause."""
    found = []
    for token in doc:
        offset = base + token.idx
        if inside_quote[offset] and not _quoted_act(token, lexicon):
            continue
        if is_cue_noun(token, lexicon):
            found += noun_attribution(token, base, sentences, inside_quote)
            continue
        if not is_cue_verb(token, lexicon):
            continue
        if reports_nothing(token, lexicon):
            continue
        sentence = sentence_of(sentences, offset)
        if sentence is None:
            continue
        by_agent = _passive_with_agent(token, base, sentence, inside_quote)
        if by_agent is not None:
            found.append(by_agent)
            continue
        participle = is_participle(token)
        if sets_the_scene(token, lexicon) or _purpose_without_statement(token, lexicon):
            continue
        framing = _framing_attribution(token, base, sentence, inside_quote, lexicon) \
            or _cleft_attribution(token, base, sentence, inside_quote)
        if framing is not None:
            found.append(framing)
            continue
        ends = sentence.end - base
        # '“…,” the coach said, “…”': the quotation after is the incise's, not what it reports
        incise = not inside_quote[offset] and is_incise(token, doc, ends) and not participle \
            and not _complementizer_next(token, lexicon) \
            and (not has_content_child(token, ends) or opens_a_quotation(token))
        # « Il a été annoncé que … », "It was reported that …": a report, credited to no one
        source = None if _impersonal_passive(token, lexicon) else subject_span(token, base, inside_quote,
                                                                                incise)
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if participle and found and found[-1].sentence == sentence and (
                source is None or not own_subject and _hung_inside(token.head, base, found[-1].content)):
            # « …, a poursuivi X, soulignant que … », "X insisted his players had done enough,
            # pointing to …" (the parser hangs the participle inside what X said): X again
            source = found[-1].source
        particles = frozenset(" ".join(phrasal_rests(token, lexicon)).split())
        content = None if incise else _past_a_stance(token, content_after(token, base, sentence, particles),
                                                     base, lexicon)
        if content is not None and _topic_before_a_quotation(doc, base, content):
            content = None  # "defended its record: “We issued warnings …”": the quotation is said
        if incise:
            content = content_before(token, base, sentence, doc)
        elif content is None and any(points_back(c) for c in token.children if c.dep_ in ("obj", "dobj")):
            continue  # "China had maintained that position": nothing new is reported
        elif content is None and not _introduces_what_follows(token, base, sentence, inside_quote):
            continue  # "spoke at the rally", "continues in the courts": nothing said, the writer's event
        elif _acts_on_an_object(token, content, base, lexicon) or _shows_a_feeling(token, content, base, lexicon):
            continue  # "Police found the body", « Le Sénat a rejeté la motion »
        elif _attacks_without_grievance(token, content, base, lexicon) \
                or _goes_on_doing(token, content, base, lexicon) or _learns_to_do(token, content, base, lexicon):
            continue  # "went after the striker", "Prices continue to grow", "learned to swim"
        rule = "incise" if incise else "participle" if participle else "cue verb"
        found.append(Attribution(token_span(base, [token]), source, set(), content, incise, sentence,
                                 participle, rule=rule))
        if incise:
            found += _said_after_incise(token, doc, base, source, sentence)
        elif _lead_before_an_incise(token, lexicon):
            found.append(Attribution(token_span(base, [token]), source, set(),
                                     content_before(token, base, sentence, doc), False, sentence,
                                     rule="statement before incise"))
    return found


def _lead_before_an_incise(token, lexicon: Lexicon) -> bool:
    """"It is no surprise, Mr. Garin said, that Clinton did better": the cue between commas
    interrupts a statement that began before it and goes on with "that"; the lead is said too."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," \
            or doc[token.i + 2].lower_ not in lexicon.complementizers:
        return False
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    if not subjects:
        return False
    comma = subjects[0].left_edge.i - 1
    return comma > token.sent.start and doc[comma].text == "," \
        and any(finite(t) for t in doc[token.sent.start:comma])


def _quoted_act(token, lexicon: Lexicon) -> bool:
    """'The government provided nothing, but “made clear that all decisions were recorded”': a
    cue verb opening a quotation inside the writer's sentence is the act the writer quotes."""
    doc = token.doc
    if token.i <= token.sent.start + 1 or doc[token.i - 1].text not in OPENING_MARKS \
            or token.pos_ != "VERB" or not is_cue_verb(token, lexicon):
        return False
    # "as he “endorses” Clinton" is a word in scare quotes; « “Feel the Bern!” » no act of anyone's
    words_after = doc[token.i + 1:token.i + 1 + QUOTED_ACT_WORDS]
    verb = token.head if token.dep_ == "conj" else token
    if verb.dep_ in ("relcl", "acl", "acl:relcl"):
        return False  # 'someone who had “threatened women's privacy”' describes someone
    return len(words_after) == QUOTED_ACT_WORDS and not any(t.text in QUOTATION_MARKS for t in words_after) \
        and any(c.dep_ in SUBJECT_DEPS and c.i < token.i - 1 and not c.tag_.startswith("W")
                for c in verb.children)  # "pondered who might “testify …”" asks who


def _topic_before_a_quotation(doc, base: int, content: Span) -> bool:
    """Whether a content is a noun phrase a colon and a quotation follow, in the paragraph or the
    next one: what is spoken about."""
    rest = text_of(doc)[content.end - base:].lstrip()
    after_colon = rest[1:].lstrip()
    if not rest.startswith(":") or after_colon and after_colon[0] not in OPENING_MARKS:
        return False
    words = tokens_in(doc, base, content)
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _hung_inside(word, base: int, content: Span | None) -> bool:
    """Whether a word lies inside a content found before."""
    return content is not None and content.start <= base + word.idx < content.end


def _said_after_incise(token, doc, base: int, source: Span | None, sentence: Span) -> list[Attribution]:
    """What an incise's speaker goes on to say in the same sentence: the statement it interrupts
    ("But to prevent problems, he said, local officials …"), after a colon (« …, rappelle le
    journal : … »), or a quotation resumed after it ('“…,” the coach said, “…”')."""
    after_colon = said_after_colon(text_of(doc), base, source, sentence) if source else None
    said = ((content_resumed(token, base, sentence, doc), "incise then statement"),
            (after_colon, "incise then colon"), (quoted_after(token, base, sentence), "incise then quotation"))
    return [Attribution(token_span(base, [token]), source, set(), content, False, sentence, rule=rule)
            for content, rule in said if content is not None]


def reports_nothing(token, lexicon: Lexicon) -> bool:
    """Whether a cue, here, makes no claim: counted, framed by no one, negated or conditional, a
    passive without agent, naming or speaking of nothing, linking, an order, a request told, a
    thing withheld."""
    # "the share of voters who said …" is a survey's count; « Il faut signaler que … » the writer's
    return _counted(token, lexicon) or _framed_by_no_one(token, lexicon) \
        or _negated_or_conditional(token, lexicon) or _passive_without_agent(token, lexicon) \
        or _names_nothing(token, lexicon) or _speaks_without_content(token, lexicon) \
        or _linking(token) or _imperative(token) or _narrates_a_request(token, lexicon) \
        or _withholds(token, lexicon) or _sentences_someone(token, lexicon) \
        or token.dep_ == "xcomp" and _narrates_a_request(token.head, lexicon)  # what is asked for


def _framing_attribution(token, base: int, sentence: Span, inside_quote: bytearray,
                         lexicon: Lexicon) -> Attribution | None:
    """"As the report noted, the river rose", « Comme l'a rappelé le ministre, … »: a cue in an
    "as" clause, with a speaker and nothing to say of its own, credits the main clause.

    "as he discussed his plan" and "as shown by the data" say when and how, not who says what.
    """
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in lexicon.as_marks for c in token.children):
        return None
    bare_participle = token.tag_ == "VBN" and not has_auxiliary(token)
    # « comme l'a rappelé le ministre »: « l' » is the main clause; the object after is who speaks
    says_it = any(c.i < token.i and c.lower_ in lexicon.object_pronouns for c in token.children)
    says_other = not says_it and content_after(token, base, sentence) is not None
    agents = [c for c in token.children if c.dep_ in ("agent", "obl:agent")]
    # "As reported by the Post, …": the agent speaks; "as shown by the survey" says how
    if agents and not says_other and token.lemma_.lower() in lexicon.report_verbs:
        return _framing_by_agent(token, agents[0], base, sentence, inside_quote)
    if says_other or _passive(token, lexicon) or bare_participle:
        return None
    subject_first = any(c.dep_ in SUBJECT_DEPS and c.i < token.i for c in token.children)
    source = subject_span(token, base, inside_quote, not subject_first)  # « comme l'a dit X »
    content = main_clause_around(token, base, sentence)
    if source is None or content is None:
        return None
    return Attribution(token_span(base, [token]), source, set(), content, False, sentence,
                       rule="as clause")


def _framing_by_agent(token, agent, base: int, sentence: Span, inside_quote: bytearray) -> Attribution | None:
    """"As reported by Western Journalism, [the city raised its wage]": the agent credits the main
    clause."""
    head, name = _agent_name(agent)
    if inside_quote[base + head.idx]:
        return None
    content = main_clause_around(token, base, sentence)
    if not name or content is None:
        return None
    return Attribution(token_span(base, [token]), token_span(base, name), set(), content, False, sentence,
                       rule="as clause")


def _purpose_without_statement(token, lexicon: Lexicon) -> bool:
    """"called a press conference to discuss the tour": what someone means to talk about is not
    yet said. « s'est rendu à Lyon pour annoncer que … » says it, in its clause; "spoke at a
    rally to discuss …" and "went on to discuss …" are talking already."""
    head = token.head
    purpose = token.dep_ == "advcl" and any(c.lower_ in lexicon.purpose_marks and c.i < token.i
                                            for c in token.children)
    if not purpose or has_content_child(token) or head.lemma_.lower() in lexicon.going_on_verbs:
        return False
    following = next_token(token)
    states = following is not None and following.lower_ in lexicon.complementizers
    speaking = is_cue_verb(head, lexicon) and not _names_nothing(head, lexicon)
    return not states and not speaking


def _cleft_attribution(token, base: int, sentence: Span, inside_quote: bytearray) -> Attribution | None:
    """« C'est ce qu'a annoncé X »: a cue whose object is the « ce » of a cleft, what was just said.

    Its content is the sentence before, which the engine finds.
    """
    head = token.head
    words = lexicon_of(token)
    cleft = token.dep_ in ("acl:relcl", "relcl") and head.lower_ in words.cleft_pronouns and head.dep_ == "ROOT" \
        and any(c.lower_ in words.complementizers and c.i < token.i for c in token.children)
    if not cleft:
        return None
    speaker = subject_span(token, base, inside_quote, True)  # « qu'a annoncé X »: X after the verb
    return Attribution(token_span(base, [token]), speaker, set(), None, False, sentence, refers_back=True,
                       rule="cleft")


def _acts_on_an_object(token, content: Span | None, base: int, lexicon: Lexicon) -> bool:
    """"found the body", « a lancé une campagne »: a verb that reports only through a clause,
    here with nothing but a plain object."""
    if not lemmas_of(token, lexicon) & lexicon.clause_cues or content is None:
        return False
    if any(is_verdict(c) for c in token.children if c.i > token.i):
        return True  # "the jury found the landlord guilty": a verdict, not a report
    # « a jugé la méthode « incohérente » »: the judgement, in the speaker's words, is reported
    return starts_at_an_object(token, content, base) and not _quoted_name_after(token)


def _shows_a_feeling(token, content: Span | None, base: int, lexicon: Lexicon) -> bool:
    """"Price, 61, showed no emotion": a person who shows a plain object shows it, says nothing;
    documents show what they find ("The poll showed a tie"), and anyone shows a clause."""
    if token.lemma_.lower() not in lexicon.finding_verbs or content is None \
            or not starts_at_an_object(token, content, base):
        return False
    words = tokens_in(token.doc, base, content)
    if words is None or any(finite(t) for t in words):
        return False  # "showed voters he is serious": what is shown is said
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    # "messages that showed …": the relative pronoun stands for the noun before it
    subjects = [token.head if s.lower_ in lexicon.relative_pronouns and token.dep_.endswith("relcl") else s
                for s in subjects]
    return any(_a_person(s, lexicon) for s in subjects) and not any(s.lemma_.lower() in lexicon.documents
                                                                  for s in subjects)


def _a_person(word, lexicon: Lexicon) -> bool:
    """Whether a subject names someone: a pronoun, a name, a person's role, or a word given an age
    ("Price, 61,")."""
    if word.ent_type_ and word.ent_type_ not in PERSON_ENTITIES or word.lower_ in lexicon.thing_pronouns:
        return False  # "The Iowa Electronic Markets show …", "it showed …"
    return word.pos_ in ("PRON", "PROPN") or word.lemma_.lower() in lexicon.persons \
        or any(c.dep_ == "appos" and c.pos_ == "NUM" for c in word.children)


def _introduces_what_follows(token, base: int, sentence: Span, inside_quote: bytearray) -> bool:
    """Whether a cue with nothing said of its own stands before a colon or a quotation
    ("Caddell continued:", « a répondu par « … » »), which says it; else it tells an event the
    writer reports ("spoke at the rally", "showed up", « ont réagi vendredi »)."""
    after = base + token.idx + len(token)
    return ":" in token.doc.text[after - base:sentence.end - base] or any(inside_quote[after:sentence.end])


def _plain_objects(token) -> list:
    """The noun objects after a verb, and those of its prepositions ("thought about her childhood")."""
    objects = [c for c in token.children if c.dep_ in ("obj", "dobj") and c.i > token.i]
    return objects + [g for c in token.children if c.dep_ == "prep" and c.i > token.i
                      for g in c.children if g.dep_ == "pobj"]


def starts_at_an_object(token, content: Span, base: int) -> bool:
    """Whether the content found is only a plain object of the cue."""
    return any(content.start == base + o.left_edge.idx for o in _plain_objects(token))


def _attacks_without_grievance(token, content: Span | None, base: int, lexicon: Lexicon) -> bool:
    """"The defender went after the striker": a cue of attacking whose object is all it has, with
    no grievance ("went after his rival over the tax plan"), is a chase, not words."""
    if content is None or cue_entry(token, lexicon) not in lexicon.grievance_cues \
            or not starts_at_an_object(token, content, base):
        return False
    around = list(token.children) + [t for o in _plain_objects(token) for t in o.subtree]
    return not any(t.dep_ == "prep" and t.i > token.i and t.lower_ in lexicon.grievance_prepositions
                   for t in around)


def _past_a_stance(token, content: Span | None, base: int, lexicon: Lexicon) -> Span | None:
    """« se dit convaincu que [la taxe passera] »: what is said is the clause the stance holds."""
    if content is None:
        return None
    for stance in token.children:
        clauses = [c for c in stance.children if c.dep_ == "ccomp"]
        if stance.dep_ == "xcomp" and stance.lower_ in lexicon.stance_adjectives and clauses \
                and content.start == base + stance.idx:
            words = [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0])]
            return Span(base + words[0].idx, content.end)
    return content


def _goes_on_doing(token, content: Span | None, base: int, lexicon: Lexicon) -> bool:
    """"Prices continued to grow", "went on the offensive": a verb of going on followed by an
    infinitive or a plain object tells what goes on, not what is said ('“…,” she continued' and
    "went on to say that …" report)."""
    if token.lemma_.lower() not in lexicon.going_on_verbs or content is None \
            or cue_entry(token, lexicon) in lexicon.grievance_cues:
        return False
    first = token.doc.text[content.start - base:].split(maxsplit=1)
    infinitive = bool(first) and first[0].lower() in lexicon.infinitive_marks
    return infinitive or starts_at_an_object(token, content, base)


def _learns_to_do(token, content: Span | None, base: int, lexicon: Lexicon) -> bool:
    """"learned to swim", « a appris à nager »: a skill gained, not something learned and told."""
    if token.lemma_.lower() not in lexicon.skill_verbs or content is None:
        return False
    words = tokens_in(token.doc, base, content)
    return words is not None and any("Inf" in t.morph.get("VerbForm") for t in words[:3])


def is_verdict(clause) -> bool:
    """"found [the firm liable]": a clause of a subject and an adjective, with no verb."""
    return clause.dep_ in ("ccomp", "oprd", "xcomp") and clause.pos_ == "ADJ" \
        and not any(c.dep_ in ("mark", "aux", "cop", "ccomp") for c in clause.children)


def _framed_by_no_one(token, lexicon: Lexicon) -> bool:
    """« Il faut signaler que … », "it is hard to know where …": a cue governed by a verb whose
    subject is no one, or by an adjective said of an impersonal "it"."""
    if token.dep_ not in ("xcomp", "ccomp"):
        return False
    head = token.head
    impersonal = any(c.dep_ in SUBJECT_DEPS | {"expl"} and c.lower_ in lexicon.impersonal_subjects
                     for c in head.children)
    return head.lemma_.lower() in lexicon.impersonal_verbs \
        or token.dep_ == "xcomp" and impersonal and any(c.dep_ == "acomp" for c in head.children)


def _complementizer_next(token, lexicon: Lexicon) -> bool:
    """"Peter Hoekstra, a former congressman, said that …": a clause follows, so the cue is no
    incise whatever the comma before it."""
    following = next_token(token)
    while following is not None and following.pos_ == "ADV":
        following = next_token(following)
    return following is not None and following.lower_ in lexicon.complementizers \
        and following.pos_ in ("SCONJ", "ADP")


def _linking(token) -> bool:
    """"The plan feels right", "it sounds appropriate": a verb linking its subject to an
    adjective describes, and reports nothing ("felt confident that …" reports)."""
    clause = ("ccomp", "xcomp", "advcl")
    if any(c.dep_ in clause and c.i > a.i for a in token.children if a.dep_ == "acomp"
           for c in token.children):
        return False  # "is adamant that …": the clause hangs from the verb
    return any(c.dep_ == "acomp" and not any(g.dep_ in clause for g in c.children)
               for c in token.children)


def _narrates_a_request(token, lexicon: Lexicon) -> bool:
    """"asked for the files", "asked the jury to consider …": a verb of asking with an object,
    "for" or an infinitive and no question ("asked whether …", "'…?' she asked") tells a
    request, an event, not words reported."""
    if token.lemma_.lower() not in lexicon.request_verbs:
        return False
    after = [c for c in token.children if c.i > token.i]
    if any(c.dep_ in ("ccomp", "advcl") and _opens_a_question(c.left_edge, lexicon) for c in after):
        return False
    # "asked for the messages to be handed over": the parser may hang "for" from a clause
    return any(c.dep_ in ("dobj", "obj", "dative", "xcomp")
               or c.left_edge.lower_ in lexicon.request_prepositions for c in after)


def _opens_a_question(word, lexicon: Lexicon) -> bool:
    """"whether", "if", "why", "how": a word that makes a clause an indirect question."""
    return word.lower_ in lexicon.question_openers or word.tag_.startswith("W")


def _names_nothing(token, lexicon: Lexicon) -> bool:
    """"called a press conference": a naming verb with neither a name for its object nor "for"."""
    if token.lemma_.lower() not in lexicon.naming_verbs:
        return False
    following = next_token(token)
    if following is not None and following.lower_ in lexicon.naming_particles:
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in token.children):
        return False
    # "called his behavior “outrageous”": the parser hangs the name after the noun as its adjective
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return not any(t.dep_ == "amod" and t.i > t.head.i for o in objects for t in o.subtree) \
        and not _quoted_name_after(token)


def _quoted_name_after(token) -> bool:
    """"called the plan “a disaster”", « a jugé la méthode « incohérente » »: a quotation right
    after the thing named or judged is what is said of it; not "called a press conference to
    discuss the “tour”"."""
    doc = token.doc
    for following in doc[token.i + 1:token.i + 8]:
        if following.text in OPENING_MARKS and doc[following.i - 1].whitespace_:  # not "voters' worries"
            closing = next((t for t in doc[following.i + 1:] if t.is_quote), None)
            if closing is None or closing.i + 1 == len(doc) or doc[closing.i - 1].text in (".", "!", "?"):
                return True
            # not "pushed the “gun violence” narrative": the quotation ends what is said
            return doc[closing.i + 1].pos_ not in ("NOUN", "PROPN")
        if following.pos_ not in NOUN_PHRASE_WORDS:
            return False
    return False


def _withholds(token, lexicon: Lexicon) -> bool:
    """"A late penalty denies his side a win": a thing withheld from someone, nothing said."""
    return token.lemma_.lower() in lexicon.withholding_verbs and any(c.dep_ == "dative" for c in token.children)


def _sentences_someone(token, lexicon: Lexicon) -> bool:
    """« La cour l'a condamné à cinq ans de prison », "condemned him to death": a sentence
    passed, nothing said (« condamne l'appel à la grève » is said)."""
    lemma = token.lemma_.lower()
    prepositions = {p.split()[-1] for p in lexicon.sentencing_verbs if p.rsplit(" ", 1)[0] == lemma}
    for word in token.doc[token.i + 1:token.i + 1 + PENALTY_DISTANCE]:
        if word.is_punct:
            return False
        penalty = next_token(word)
        if penalty is not None and penalty.pos_ == "DET":
            penalty = next_token(penalty)
        if word.lower_ in prepositions and penalty is not None and (
                penalty.pos_ == "NUM" or penalty.pos_ == "VERB" and "Inf" in penalty.morph.get("VerbForm")
                or penalty.lemma_.lower() in lexicon.penalties):
            return True
    return False


def _speaks_without_content(token, lexicon: Lexicon) -> bool:
    """"tell the truth", « dire bonjour », "refused to comment": speaking, with nothing reported."""
    # the parser makes « bonjour » a clausal complement as often as an object
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "parataxis")]
    lemma = token.lemma_.lower()
    matched = [o for o in objects if f"{lemma} {o.lemma_.lower()}" in lexicon.contentless]
    return bool(matched) and not any(o.pos_ in ("VERB", "AUX") for o in objects if o not in matched)


def _passive_with_agent(token, base: int, sentence: Span, inside_quote: bytearray) -> Attribution | None:
    """"The issue was first reported by The Washington Post": the agent speaks of the subject."""
    agents = [c for c in token.children if c.dep_ in ("agent", "obl:agent")]
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj:pass")]
    if not agents or not subjects:
        return None
    head, name = _agent_name(agents[0])
    if inside_quote[base + head.idx] or inside_quote[base + subjects[0].idx]:
        return None
    source = token_span(base, name)
    content = clip_to_clause(token_span(base, list(subjects[0].subtree)), sentence, base, token.doc)
    return Attribution(token_span(base, [token]), source, set(), content, False, sentence,
                       rule="passive with agent")


def _agent_name(agent) -> tuple:
    """The head of the name an agent gives, and the name's words without « par »."""
    # English hangs the name on "by"; French makes it the agent itself, « par » its case
    head = ([c for c in agent.children if c.dep_ == "pobj"] or [agent])[0]
    return head, [t for t in phrase_tokens(head) if not (t.dep_ == "case" and t.head == head)]


def sets_the_scene(token, lexicon: Lexicon) -> bool:
    """"Speaking about the visit, Geng said …", "Asked about the delays, the minister said …": a
    participle opening the clause of another cue only sets its scene; one of asking sets it before
    any clause ("Asked whether they were favourites, Briggs shrugged")."""
    # "Asked about …", « Interrogé par … »: a bare participle, with no auxiliary
    scene = is_participle(token) or token.morph.get("VerbForm") == ["Part"] and not has_auxiliary(token)
    return scene and token.dep_ == "advcl" and token.i < token.head.i and (
        is_cue_verb(token.head, lexicon) or token.lemma_.lower() in lexicon.request_verbs)


def _negated_or_conditional(token, lexicon: Lexicon) -> bool:
    """« n'a pas dit que », "did not say", « s'il affirme que », "refused to comment", "could have
    asked": no claim is made."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.refusing_verbs:
        return True
    if _counterfactual(token, lexicon) or _denied_before(token, lexicon):
        return True
    for child in token.children:
        if child.lower_ in lexicon.negations or _names_nobody(child, lexicon):
            return True
        if child.dep_ == "mark" and child.lower_ in lexicon.condition_marks:
            return True
    return False


def _denied_before(token, lexicon: Lexicon) -> bool:
    """« loin de condamner la pratique », "instead of saying": words just before the cue that
    say it did not happen."""
    text = text_of(token.doc)
    return bool(lexicon.denial_before.search(text, max(0, token.idx - DENIAL_REACH), token.idx))


def _counterfactual(token, lexicon: Lexicon) -> bool:
    """"Officials could have asked …", « Ils auraient pu interroger … »: what did not happen, said
    with a modal and a perfect (English) or a modal verb in the past conditional (French)."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_.startswith("aux")}
    if auxiliaries & lexicon.counterfactual_modals and auxiliaries & lexicon.perfect_auxiliaries:
        return True
    return token.dep_ == "xcomp" and is_counterfactual_modal(token.head, lexicon)


def _counted(token, lexicon: Lexicon) -> bool:
    """"the share of voters who said they …", « la part des électeurs qui disent … »: a cue in a
    relative clause of the people a figure counts."""
    if not token.dep_.endswith("relcl"):
        return False
    counted = token.head
    if counted.dep_ not in ("pobj", "nmod"):
        return False
    # "share of voters": English hangs the people from "of", French from the figure itself
    figure = counted.head.head if counted.dep_ == "pobj" else counted.head
    return figure.lemma_.lower() in lexicon.count_nouns


def _imperative(token) -> bool:
    """"Tell us why …": an order to the reader, with no subject, reports nobody."""
    mood = token.morph.get("Mood") == ["Imp"] or token.morph.get("VerbForm") == ["Inf"]
    return token.dep_ == "ROOT" and mood and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in token.children)


def _names_nobody(child, lexicon: Lexicon) -> bool:
    """« Aucun expert ne pense que … », "Nobody claims that …": a subject that opens with a word
    for no one reports nobody's words."""
    return child.dep_ in SUBJECT_DEPS and next(child.subtree).lower_ in lexicon.nobody_words


def _passive_without_agent(token, lexicon: Lexicon) -> bool:
    """"It is believed that …", « il a été observé que »: a passive without agent credits nobody.

    "It was reported that …" names no one either, but says a report exists: it stays reported.
    """
    # « reste considérée comme … », "the plan announced Monday": a participle that qualifies a noun
    bare_participle = token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Past"] \
        and token.dep_ in ("acl", "xcomp", "amod") \
        and not has_auxiliary(token) and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    passive = _passive(token, lexicon) or bare_participle
    agent = any(c.dep_ in ("agent", "obl:agent") for c in token.children)
    # "The plan was announced", « le projet sera lancé »: what is said is the subject, not who
    return passive and not agent and not (_impersonal_passive(token, lexicon)
                                          and token.lemma_.lower() in lexicon.report_verbs)


def _impersonal_passive(token, lexicon: Lexicon) -> bool:
    """"It was reported that …", « Il a été annoncé que … »: a passive whose subject is no one."""
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj:pass", "expl:subj",
                                                         "expl", "expl:pass")]
    return _passive(token, lexicon) and any(s.lower_ in lexicon.impersonal_subjects for s in subjects)


def _passive(token, lexicon: Lexicon) -> bool:
    """Whether a verb is passive: « a été annoncé », "was announced".

    « Il a toutefois assuré que … » comes tagged passive when an adverb parts « a » from its
    participle: with « avoir » and no « être », the verb is active.
    """
    if is_stance_participle(token, lexicon):
        return False  # « est convaincu que »: of a mind, not acted upon
    auxiliaries = {c.lemma_.lower() for c in token.children if c.dep_.startswith("aux")}
    if token.morph.get("Voice") == ["Pass"]:
        return not (auxiliaries & lexicon.perfect_auxiliaries and not auxiliaries & lexicon.passive_auxiliaries)
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)

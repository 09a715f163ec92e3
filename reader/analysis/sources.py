"""Who is speaking: the words naming a source, their kind, and what a pronoun refers to."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.analysis.lexicon import Lexicon, lexicon_for
from reader.model import Source

WORD = re.compile(r"\w[\w-]*")  # hyphens kept: « Ceux-ci », "Jean-Luc"; apostrophes split words
# How many earlier mentions a pronoun or title looks through: pages back, not a book back.
LOOKBACK_MENTIONS = 300
PERSON_ENTITIES = {"PER", "PERSON"}
ORGANISATION_ENTITIES = {"ORG", "NORP", "GPE"}


@dataclass
class Mention:
    """Someone or something named earlier in the article, that a pronoun may refer to."""

    name: str
    start: int
    number: str | None
    gender: str | None
    person: bool = True  # a person, or possibly one: « il » and "she" look for these first
    titles: frozenset = frozenset()  # the roles the article gives them: {"ministre"}, {"senator"}
    named: bool = True  # a name or a speaker; False for a noun that is only a sentence's subject
    thing: bool = False  # an organisation, a medium or a document, which "it" may stand for


@dataclass
class Discourse:
    """What the article has named so far: the candidates a pronoun may refer to."""

    language: str
    roles: frozenset = frozenset()  # the words that name a role: « ministre », "senator"
    mentions: list[Mention] = field(default_factory=list)
    # The last words of every name remembered ("lopez" of "Maria Lopez"): a name that is
    # none of them has no full name to take a gender from, and needs no look back.
    name_endings: set[str] = field(default_factory=set)

    @property
    def lexicon(self) -> Lexicon:
        """The words of the article's language."""
        return lexicon_for(self.language)

    def copy(self) -> Discourse:
        """A discourse of its own holding the same mentions, to remember more in."""
        return Discourse(self.language, self.roles, list(self.mentions), set(self.name_endings))

    def remember(self, mention: Mention) -> None:
        """Add a named source or entity as a candidate antecedent.

        "Maria Lopez … Lopez": a surname alone takes the gender its full name was given.
        """
        if mention.gender is None and mention.named and mention.person:
            mention.gender = self._gender_of_full_name(mention)
        words = normalise(mention.name).split()
        self.name_endings.update(" ".join(words[i:]) for i in range(1, len(words)))
        bisect.insort(self.mentions, mention, key=lambda m: m.start)

    def _gender_of_full_name(self, mention: Mention) -> str | None:
        """The gender of an earlier mention whose name ends with this one's: "Maria Lopez" for "Lopez"."""
        surname = normalise(mention.name)
        if surname not in self.name_endings:
            return None
        for earlier in reversed(self._recent(mention.start)):
            name = normalise(earlier.name)
            if earlier.gender and name != surname and name.endswith(" " + surname):
                return earlier.gender
        return None

    def _recent(self, before: int) -> list[Mention]:
        """The mentions just before an offset, as far back as a pronoun may reach."""
        end = bisect.bisect_left(self.mentions, before, key=lambda m: m.start)
        return self.mentions[max(0, end - LOOKBACK_MENTIONS):end]

    def resolve(self, written: str, before: int) -> str | None:
        """What a pronoun, partitive or title (« le ministre ») refers to, or None."""
        wanted = self._agreement(written)
        if wanted is None:
            return self._titled(written, before)
        number, gender = wanted
        candidates = [m for m in self._recent(before)
                      if not (number and m.number and m.number != number)
                      and not (gender and m.gender and m.gender != gender)]
        if gender == "Neut":  # "it" is an organisation or a document, never a person
            return self._nearest_speaking_thing(candidates)
        # « elle » is Christine Lagarde before the IMF she runs; « l'un d'eux », one of the soldiers
        # who spoke before their ammunition; a group of things only when no people agree
        people = [m for m in candidates if m.person]
        # "she" is always someone; « elle » may be « la mairie »
        candidates = people if people or (gender and self.lexicon.has("gendered pronouns name people")) \
            else candidates
        candidates = self._names_before_descriptions(candidates)
        # "Lopez met Ortega … She said": one known to agree before one whose gender is unknown
        candidates = [m for m in candidates if gender and m.gender == gender] or candidates
        nearest = max(candidates, key=lambda m: m.start, default=None)
        if nearest is None:
            return None
        # « le juge … Il »: the judge named earlier with that role, else the description itself
        return nearest.name if nearest.named else self._titled(nearest.name, nearest.start) or nearest.name

    @staticmethod
    def _nearest_speaking_thing(candidates: list[Mention]) -> str | None:
        """The organisation or document named last: "The union said … It added"."""
        things = [m for m in candidates if m.thing]
        return max(things, key=lambda m: m.start).name if things else None

    @staticmethod
    def _names_before_descriptions(candidates: list[Mention]) -> list[Mention]:
        """"the former secretary of state … Clinton … she": the name before the description; but a
        role named after the last name (« … Norman Sabourin. Le juge … Il ») is another person."""
        named = [m for m in candidates if m.named]
        if not named:
            return candidates
        last_name = max(m.start for m in named)
        return named + [m for m in candidates if not m.named and m.titles and m.start > last_name]

    def titles_in(self, words: Iterable[str]) -> frozenset:
        """The role words among some words."""
        return frozenset(w.lower() for w in words) & self.roles

    def _titled(self, written: str, before: int) -> str | None:
        """« la Première ministre », "the senator": the person last named with that role."""
        words = words_of(written)
        if not words or words[0].lower() not in self.lexicon.definite_articles:
            return None
        title_words = self.roles | self.lexicon.title_adjectives
        if any(w[0].isupper() and w.lower() not in title_words for w in words[1:]):
            return None  # « le ministre Gérald Darmanin » names someone already
        titles = self.titles_in(words)
        candidates = [m for m in self._recent(before) if m.titles & titles
                      and normalise(m.name) != normalise(written)]
        # « le Premier ministre » is the one given both words, not « le ministre de la Santé »
        candidates = [m for m in candidates if titles <= m.titles]
        nearest = max(candidates, key=lambda m: m.start, default=None)
        return nearest.name if nearest else None

    def _agreement(self, written: str) -> tuple[str | None, str | None] | None:
        """Number and gender a pronoun asks of its antecedent; None for a non-pronoun."""
        key, lexicon = normalise(written), self.lexicon
        if key in lexicon.anaphors:
            return lexicon.anaphors[key]
        partitive = lexicon.partitive.match(key) if lexicon.partitive else None
        if partitive:
            group = partitive.group("group")
            return ("Plur", "Fem" if group.endswith(tuple(lexicon.feminine_groups)) else None)
        return None


def words_of(text: str) -> list[str]:
    """The words of a name or mention, elisions apart: « l'un d'eux » is l, un, d, eux."""
    return WORD.findall(text)


@lru_cache(maxsize=4096)  # asked of the same few names again and again while pronouns look back
def normalise(words: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key to compare mentions by."""
    return " ".join(words.replace("’", "'").lower().split())


def is_anaphor(written: str, language: str) -> bool:
    """Whether the words are a pronoun or partitive that refers back to someone."""
    key, lexicon = normalise(written), lexicon_for(language)
    return key in lexicon.anaphors or bool(lexicon.partitive and lexicon.partitive.match(key))


def is_journalist(written: str, language: str) -> bool:
    """Whether a source is the writer's own first person, which is not a source at all."""
    return normalise(written) in lexicon_for(language).journalist_pronouns


def source_type(written: str, entity_labels: set[str], lexicon: Lexicon) -> str:
    """person, organisation, media, document, anonymous or unknown, from the words and entities."""
    words = words_of(written)
    # singular and plural alike: « syndicats » is a « syndicat », "officials" an "official"
    lowered = {w.lower() for w in words} | {w.lower().rstrip("sx") for w in words}
    names = set(words) | lowered | {written}
    if names & lexicon.media:
        return "media"
    if lowered & {d.lower() for d in lexicon.documents}:
        return "document"
    if entity_labels & PERSON_ENTITIES:
        return "person"
    indefinite = bool(words) and words[0].lower() in lexicon.indefinite_determiners
    unnamed = not any(w[0].isupper() for w in words[1:])
    if lowered & lexicon.anonymous and unnamed and (indefinite or words[0].lower() in lexicon.anonymous):
        return "anonymous"
    if entity_labels & ORGANISATION_ENTITIES or lowered & lexicon.organisations:
        return "organisation"
    if any(len(w) >= 2 and w.isupper() for w in words):  # an acronym: l'Insee is INSEE, the FBI
        return "organisation"
    if is_anaphor(written, lexicon.language) or lowered & lexicon.persons:
        return "person"
    if indefinite:
        return "anonymous"
    if any(w[0].isupper() for w in words[1:]) or len(words) == 1 and words[0][0].isupper():
        return "person"
    return "unknown"


def make_source(written: str, start: int | None, end: int | None, entity_labels: set[str],
                lexicon: Lexicon, discourse: Discourse) -> Source:
    """A source for the words as written, resolved through the discourse when it is a pronoun."""
    resolved = discourse.resolve(written, start if start is not None else 10**12)
    kind = source_type(resolved or written, entity_labels, lexicon)
    return Source(text=written, start=start, end=end, resolved=resolved, type=kind)


def entity_numbers(sources: list[Source], lexicon: Lexicon) -> list[int]:
    """The number of the entity each source refers to: « Borne » and « Élisabeth Borne » share one."""
    entities: list[set[str]] = []  # the name words of each entity, in order of first mention
    numbers = []
    for source in sources:
        words = _name_words(source.name, lexicon)
        number = _matching_entity(entities, words)
        if number is None:
            entities.append(words)
            number = len(entities)
        numbers.append(number)
    return numbers


def _matching_entity(entities: list[set[str]], words: set[str]) -> int | None:
    """The id of an earlier entity whose name holds these words (or is held by them), if any."""
    if not words:
        return None
    for number in range(len(entities), 0, -1):  # the most recent first
        known = entities[number - 1]
        small, big = sorted((words, known), key=len)
        if small <= big and (small == big or any(w[:1].isupper() for w in small)):
            return number
    return None


def _name_words(name: str, lexicon: Lexicon) -> set[str]:
    """The words of a name that identify it, without articles and short function words."""
    words = words_of(name)
    return {w for w in words if len(w) > 2 or w[:1].isupper()} - lexicon.name_function_words

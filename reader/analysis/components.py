"""What the engine changes in a spaCy pipeline: names sought only where they can be, no tensors kept."""

from __future__ import annotations

ALL_ENTITIES = "ner_everywhere"
ENTITIES_WHERE_NAMED = "claim_reader_entities"
NO_TENSOR = "claim_reader_no_tensor"
# Closed word classes: capitalised at a sentence's start, they are no name. Any other word may
# be, whatever its tag: the tagger often gets an unknown name wrong there (« Macron » as an adverb).
FUNCTION_WORDS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT"})


class EntitiesWhereNamed:
    """spaCy's entity recogniser, run only on paragraphs that may hold a name.

    The recogniser has its own token encoder and costs as much as the rest of the pipeline;
    a paragraph whose only capitals begin sentences with a function word has no name to find.
    """

    def __init__(self, recogniser):
        self.recogniser = recogniser

    def __call__(self, doc):
        return self.recogniser(doc) if may_name(doc) else doc

    def pipe(self, docs, batch_size: int = 128):
        """The docs in order, those that may hold a name given to the recogniser in batches."""
        from spacy.util import minibatch

        for batch in minibatch(docs, batch_size):
            for _ in self.recogniser.pipe([doc for doc in batch if may_name(doc)], batch_size=batch_size):
                pass  # the recogniser sets each doc's entities in place
            yield from batch


def may_name(doc) -> bool:
    """Whether a paragraph has a proper noun or a capitalised word that is not a function word
    at the start of its sentence."""
    return any(token.pos_ == "PROPN" or token.is_upper
               or (token.is_title and not (token.is_sent_start and token.pos_ in FUNCTION_WORDS))
               for token in doc if token.is_alpha)


def drop_tensor(doc):
    """The doc without its tensor: the engine never reads it, and it is most of a Doc's memory."""
    import numpy  # spaCy's own dependency, loaded with it

    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


def fit_for_engine(nlp):
    """The pipeline with entities sought only where named and tensors dropped; done once per pipeline."""
    from spacy.language import Language

    if NO_TENSOR in nlp.pipe_names:
        return nlp
    if not Language.has_factory(ENTITIES_WHERE_NAMED):
        Language.factory(ENTITIES_WHERE_NAMED,
                         func=lambda nlp, name: EntitiesWhereNamed(nlp.get_pipe(ALL_ENTITIES)))
        Language.component(NO_TENSOR, func=drop_tensor)
    if "ner" in nlp.pipe_names:
        nlp.rename_pipe("ner", ALL_ENTITIES)
        nlp.disable_pipe(ALL_ENTITIES)
        nlp.add_pipe(ENTITIES_WHERE_NAMED, name="ner", last=True)
    nlp.add_pipe(NO_TENSOR, last=True)
    return nlp

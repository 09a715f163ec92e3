"""Train the learned cues of a language pack on a folder of annotated articles.

    python tools/train_cues.py FOLDER [--out reader/data/en/cue_model.json] [--scorer score.py]

FOLDER holds articles and their `<stem>.gold.json` (the evaluation's gold format). Each gold reported
claim's cue is located in its article; the word heading it is a positive example, every other word
of a sentence where the rules find no cue a negative one. A logistic regression (numpy only) learns
them. The articles are split into folds with a fixed seed: the model is cross-validated word by word,
then trained without the first fold, whose articles choose the threshold by the scorer's reported and
unattributed F1 (claim level); the model written is trained on every article, with that threshold.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.analysis import learned_cues  # noqa: E402
from reader.analysis.article import Article, prepare  # noqa: E402
from reader.analysis.engine import PASSES, parse_article, run_passes  # noqa: E402
from reader.analysis.findings import Findings  # noqa: E402
from reader.analysis.learned_cues import CueModel, find_learned_cues, word_features  # noqa: E402
from reader.analysis.lexicon import lexicon_for  # noqa: E402
from reader.document import load_document  # noqa: E402
from reader.pipelines import installed_pipeline, load_pipeline  # noqa: E402

SEED = 13
FOLDS = 5
EPOCHS = 60
L2 = 1e-4
MIN_COUNT = 3  # a feature seen fewer times is left out
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# Weights smaller than this are left out of the file: a third of its size, the same scores.
SMALLEST_WEIGHT = 0.03
# Whether only the sentences where the rules find no cue teach the model, as it reads only those.
ONLY_UNCUED = True
# The parts of speech of the word that heads a cue: "is [expected]", "[according] to".
HEAD_POS = ("VERB", "NOUN", "ADJ")
# How far from its content a cue is looked for, in characters.
CUE_WINDOW = 300


@dataclass
class Example:
    """An article ready for training: its parse, its gold, its candidate words and their labels."""

    name: str
    gold: dict
    article: Article
    features: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    """Train, calibrate and write the model; print the cross-validated figures."""
    options = _options(argv)
    scorer = _scorer(options.scorer or options.folder.parent / "score.py")
    examples = _examples(options.folder, options.language, options.limit, options.parses)
    random.Random(SEED).shuffle(examples)
    folds = [examples[i::FOLDS] for i in range(FOLDS)]
    _cross_validate(folds)
    held_out, rest = folds[0], [e for fold in folds[1:] for e in fold]
    vocabulary = _vocabulary(rest)
    model = _trained(rest, vocabulary, 0.5)
    threshold = _calibrated(model, held_out, options.language, scorer)
    final = _trained(examples, _vocabulary(examples), threshold)
    options.out.write_text(final.to_json() + "\n", encoding="utf-8")
    print(f"wrote {options.out}: {len(final.weights)} weights, threshold {threshold}")
    return 0


def _options(argv):
    """The command line's options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent
                        / "reader" / "data" / "en" / learned_cues.MODEL_FILE)
    parser.add_argument("--scorer", type=Path, help="the evaluation's score.py (default: beside FOLDER)")
    parser.add_argument("--limit", type=int, help="read only this many articles (a quick try)")
    parser.add_argument("--parses", type=Path, help="a file keeping the parses between runs")
    return parser.parse_args(argv)


def _scorer(path: Path):
    """The evaluation's scorer module, for its claim-level matching."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _examples(folder: Path, language: str, limit: int | None, parses: Path | None) -> list[Example]:
    """Every annotated article of the folder, parsed, with its words' features and labels."""
    nlp = load_pipeline(installed_pipeline(language).name)
    lexicon = lexicon_for(language)
    golds = sorted(folder.glob("*.gold.json"))[:limit]
    kept = pickle.loads(parses.read_bytes()) if parses and parses.is_file() else {}
    examples = []
    for number, path in enumerate(golds, 1):
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = load_document(folder / gold["article"])
        article = prepare(document.text, document.roles)
        if gold["article"] in kept:
            article.docs = list(DocBin().from_bytes(kept[gold["article"]]).get_docs(nlp.vocab))
        else:
            parse_article(article, nlp)
            kept[gold["article"]] = DocBin(docs=article.docs).to_bytes()
        example = Example(gold["article"], gold, article)
        _label(example, lexicon)
        examples.append(example)
        if number % 100 == 0:
            print(f"read {number}/{len(golds)}", file=sys.stderr)
    if parses:
        parses.write_bytes(pickle.dumps(kept))
    return examples


def _label(example: Example, lexicon) -> None:
    """The candidate words of the sentences without a rule cue, each labelled cue or not."""
    article, text = example.article, example.article.text
    cues = _gold_cue_spans(text, example.gold)
    ignored = [_located(text, s) for s in example.gold.get("ignore", [])]
    ignored = [span for span in ignored if span]
    ruled = learned_cues.cued_sentences(run_passes(article, lexicon, "cues").cues)
    for paragraph, sentences, doc in zip(article.paragraphs, article.sentences, article.docs):
        heads = _cue_heads(doc, paragraph.start, cues)
        for sentence in sentences:
            if ONLY_UNCUED and (sentence.start, sentence.end) in ruled:
                continue
            if any(s < sentence.end and e > sentence.start for s, e in ignored):
                continue
            for token in doc:
                offset = paragraph.start + token.idx
                if sentence.start <= offset < sentence.end \
                        and learned_cues.is_candidate(token, article, paragraph.start):
                    example.features.append(word_features(token))
                    example.labels.append(int(token.i in heads))


def _cue_heads(doc, base: int, cues: list[tuple[int, int]]) -> set[int]:
    """The word heading each cue of a parsed paragraph: its first verb, noun or adjective ("is
    [expected]", "[according] to"), else its first word."""
    heads = set()
    for start, end in cues:
        words = [t for t in doc if start <= base + t.idx < end]
        head = next((t for t in words if t.pos_ in HEAD_POS), words[0] if words else None)
        if head is not None:
            heads.add(head.i)
    return heads


def _gold_cue_spans(text: str, gold: dict) -> list[tuple[int, int]]:
    """Where each gold reported claim's cue stands, at its place nearest its content."""
    spans = []
    for claim in gold["claims"]:
        cue = (claim.get("cue") or "").strip()
        content = _located(text, claim["content"])
        if claim["kind"] != "reported" or not cue or content is None:
            continue
        found = _nearest(text, cue, content)
        if found is not None:
            spans.append(found)
    return spans


def _located(text: str, needle: str) -> tuple[int, int] | None:
    """The first place of a string in the text."""
    start = text.find(needle)
    return (start, start + len(needle)) if start >= 0 and needle else None


def _nearest(text: str, cue: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """The place of a cue, as a whole word or phrase, nearest the content it introduces."""
    low, high = max(0, content[0] - CUE_WINDOW), min(len(text), content[1] + CUE_WINDOW)
    pattern = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", re.IGNORECASE)
    places = list(pattern.finditer(text, low, high))
    if not places:
        return None
    best = min(places, key=lambda m: max(0, content[0] - m.end(), m.start() - content[1]))
    return best.start(), best.end()


def _vocabulary(examples: list[Example]) -> dict[str, int]:
    """The features seen at least MIN_COUNT times, numbered."""
    counts: dict[str, int] = {}
    for example in examples:
        for features in example.features:
            for feature in features:
                counts[feature] = counts.get(feature, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {feature: index for index, feature in enumerate(kept)}


def _matrix(examples: list[Example], vocabulary: dict[str, int]):
    """The words as rows of feature indices (flattened with their row numbers) and labels."""
    rows, columns, labels = [], [], []
    for example in examples:
        for features, label in zip(example.features, example.labels):
            row = len(labels)
            indices = {vocabulary[f] for f in features if f in vocabulary}
            rows += [row] * len(indices)
            columns += sorted(indices)
            labels.append(label)
    return np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64), np.array(labels, dtype=np.float64)


def _fit(rows, columns, labels, size: int) -> tuple[np.ndarray, float]:
    """Weights and bias by full-batch gradient descent with Adam on the L2-regularised log loss."""
    weights, bias = np.zeros(size), 0.0
    moment, square, bias_moment, bias_square = np.zeros(size), np.zeros(size), 0.0, 0.0
    rate, beta1, beta2 = 0.1, 0.9, 0.999
    count = len(labels)
    for step in range(1, EPOCHS * 5 + 1):
        margin = np.bincount(rows, weights=weights[columns], minlength=count) + bias
        error = 1.0 / (1.0 + np.exp(-margin)) - labels
        gradient = np.bincount(columns, weights=error[rows], minlength=size) / count + L2 * weights
        bias_gradient = error.mean()
        moment = beta1 * moment + (1 - beta1) * gradient
        square = beta2 * square + (1 - beta2) * gradient ** 2
        bias_moment = beta1 * bias_moment + (1 - beta1) * bias_gradient
        bias_square = beta2 * bias_square + (1 - beta2) * bias_gradient ** 2
        correction = (1 - beta1 ** step), (1 - beta2 ** step)
        weights -= rate * (moment / correction[0]) / (np.sqrt(square / correction[1]) + 1e-8)
        bias -= rate * (bias_moment / correction[0]) / (np.sqrt(bias_square / correction[1]) + 1e-8)
    return weights, bias


def _trained(examples: list[Example], vocabulary: dict[str, int], threshold: float) -> CueModel:
    """A model trained on the examples' words, with the threshold given."""
    rows, columns, labels = _matrix(examples, vocabulary)
    weights, bias = _fit(rows, columns, labels, len(vocabulary))
    names = sorted(vocabulary, key=vocabulary.get)
    kept = {name: float(w) for name, w in zip(names, weights) if abs(w) >= SMALLEST_WEIGHT}
    return CueModel(kept, float(bias), threshold)


def _cross_validate(folds: list[list[Example]]) -> None:
    """Word-level precision, recall and F1 of each fold held out, at each threshold."""
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for index, fold in enumerate(folds):
        rest = [e for other, f in enumerate(folds) if other != index for e in f]
        model = _trained(rest, _vocabulary(rest), 0.5)
        for features, label in ((f, l) for e in fold for f, l in zip(e.features, e.labels)):
            score = model.score(features)
            for threshold, counts in totals.items():
                predicted = score >= threshold
                counts[0] += predicted and label
                counts[1] += predicted and not label
                counts[2] += label and not predicted
    for threshold, (tp, fp, fn) in totals.items():
        print(f"cross-validated words, threshold {threshold}: " + _figures(tp, fp, fn))


def _figures(tp: int, fp: int, fn: int) -> str:
    """Precision, recall and F1 as one line."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})"


def _calibrated(model: CueModel, held_out: list[Example], language: str, scorer) -> float:
    """The threshold under which the held-out articles' reported and unattributed F1 add up best."""
    lexicon = lexicon_for(language)
    results = {None: _engine_scores(None, held_out, lexicon, scorer)}
    for threshold in THRESHOLDS:
        results[threshold] = _engine_scores(CueModel(model.weights, model.bias, threshold), held_out,
                                            lexicon, scorer)
    for threshold, (reported, unattributed) in results.items():
        label = "rules alone" if threshold is None else f"threshold {threshold}"
        print(f"held-out fold ({len(held_out)} articles), {label}: reported F1 {reported:.3f} "
              f"unattributed F1 {unattributed:.3f}")
    return max(THRESHOLDS, key=lambda t: sum(results[t]))


def _engine_scores(model: CueModel | None, examples: list[Example], lexicon, scorer) -> tuple[float, float]:
    """Claim-level reported and unattributed F1 of the engine on the examples, with this model."""
    totals = {"reported": [0, 0, 0], "unattributed": [0, 0, 0]}
    for example in examples:
        findings = _findings_with(model, example.article, lexicon)
        prediction = {"text": example.article.text, "claims": [c.to_dict() for c in findings.claims]}
        counts = scorer.score_article(example.gold, prediction)["claim"]
        for kind, total in totals.items():
            for i in range(3):
                total[i] += counts[kind][i]
    return tuple(scorer.f1(*totals[kind])[2] for kind in ("reported", "unattributed"))


def _findings_with(model: CueModel | None, article: Article, lexicon) -> Findings:
    """The findings of every pass, the learned cues by this model (none without one)."""
    findings = Findings(lexicon)
    for name, run in PASSES:
        if run is find_learned_cues:
            if model is not None:
                find_learned_cues(article, findings, model)
        else:
            run(article, findings)
    return findings


if __name__ == "__main__":
    sys.exit(main())

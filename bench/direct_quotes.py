"""Direct quotes, side by side: Claim Reader against textacy's `direct_quotations`, the field's baseline.

Both run on the same annotated articles, with the same spaCy pipeline, and are scored by the same
scorer (the evaluation folder's score.py), direct quotes only.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/direct_quotes.py ../shared/eval/dev-en
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from reader.analysis import analyze
from reader.document import load_document
from reader.pipelines import installed_pipeline, load_pipeline


def main(argv: list[str] | None = None) -> int:
    """Score both extractors on every annotated article of a folder and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="articles with <stem>.gold.json beside them")
    parser.add_argument("--scorer", type=Path, help="score.py (default: the folder's parent's)")
    parser.add_argument("--lang", default="en")
    options = parser.parse_args(argv)
    scorer = _load_scorer(options.scorer or options.folder.parent / "score.py")
    textacy_quotes = _textacy_extractor()
    info = installed_pipeline(options.lang)
    nlp = load_pipeline(info.name)
    totals = {"Claim Reader": _Tally(), "textacy direct_quotations": _Tally()}
    for gold_path in sorted(options.folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = load_document(options.folder / gold["article"])
        started = time.perf_counter()
        ours = analyze(document, options.lang, nlp, info.label).to_dict()
        totals["Claim Reader"].add(scorer, gold, ours, time.perf_counter() - started, document.text)
        started = time.perf_counter()
        theirs, failures = _textacy_prediction(nlp, textacy_quotes, document)
        totals["textacy direct_quotations"].add(scorer, gold, theirs, time.perf_counter() - started,
                                                document.text, failures)
    print(f"{len(list(options.folder.glob('*.gold.json')))} articles in {options.folder}, "
          f"pipeline {info.label}, direct quotes only")
    print(f"{'extractor':28} {'P':>6} {'R':>6} {'F1':>6} {'source':>7} {'failed':>7} {'words/s':>8}")
    for name, tally in totals.items():
        print(f"{name:28} {tally.line()}")
    return 0


class _Tally:
    """Matched, extra and missed direct quotes, right sources, failures and time of one extractor."""

    def __init__(self):
        self.tp = self.fp = self.fn = self.sources_right = self.sources = 0
        self.failures = self.words = 0
        self.seconds = 0.0

    def add(self, scorer, gold: dict, prediction: dict, seconds: float, text: str,
            failures: int = 0) -> None:
        """Score one article's prediction and add it up."""
        prediction = dict(prediction, claims=[c for c in prediction["claims"] if c["kind"] == "direct"])
        result = scorer.score_article(gold, prediction)
        tp, fp, fn = result["claim"]["direct"]
        right, total = result["source_kind"]["direct"]
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.sources_right, self.sources = self.sources_right + right, self.sources + total
        self.failures += failures
        self.seconds += seconds
        self.words += len(text.split())

    def line(self) -> str:
        """Precision, recall, F1, source accuracy, failed paragraphs and speed, aligned."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        source = self.sources_right / self.sources if self.sources else 0.0
        speed = self.words / self.seconds if self.seconds else 0.0
        return (f"{precision:6.3f} {recall:6.3f} {f1:6.3f} {source:7.3f} {self.failures:7d} "
                f"{speed:8.0f}")


def _textacy_prediction(nlp, direct_quotations, document) -> tuple[dict, int]:
    """textacy's quotes as claims, paragraph by paragraph; a paragraph it refuses counts as failed."""
    text = document.text
    claims, failures = [], 0
    for paragraph in document.paragraphs:
        doc = nlp(text[paragraph.start:paragraph.end])
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quotation marks: textacy gives up on the paragraph
            failures += 1
            continue
        for speaker, _cue, content in triples:
            inside = content[1:-1] if len(content) > 2 else content
            start = paragraph.start + inside.start_char
            end = paragraph.start + inside.end_char
            source = {"text": " ".join(t.text for t in speaker), "resolved": None} if speaker else None
            claims.append({"kind": "direct", "start": start, "end": end, "source": source,
                           "hedged": False})
    return {"text": text, "claims": claims}, failures


def _textacy_extractor():
    """textacy's direct_quotations, or a clear message when the bench extra is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        sys.exit("textacy is not installed: run .venv/bin/pip install -e '.[bench]'")
    return direct_quotations


def _load_scorer(path: Path):
    """The evaluation folder's scorer, imported from its file."""
    if not path.is_file():
        sys.exit(f"no scorer at {path}: pass --scorer PATH/score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmark reads: the project's seed, a long text made from it, and article folders if present."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7920a463ad4fbc9f.txt"
# Real news articles kept beside the project (../shared/eval), used only when they are there.
ARTICLES_ROOT = Path(os.environ.get("CLAIM_READER_BENCH_ARTICLES", ROOT.parent / "shared" / "eval"))
DEV_FOLDERS = {"en": ARTICLES_ROOT / "dev-en", "fr": ARTICLES_ROOT / "dev"}


def long_article(folder: Path, words: int) -> Path:
    """The seed's paragraphs repeated until the text has so many words, written in a folder."""
    return _repeated(_paragraphs(SEED), words, folder / f"long_article_{words}.txt")


def long_news(folder: Path, words: int) -> Path | None:
    """The French news articles' paragraphs repeated to so many words, or None when they are absent.

    The seed names few people, so its long version skips the entity recogniser in half of its
    paragraphs; news names someone in nearly every one.
    """
    articles = dev_articles("fr")
    if not articles:
        return None
    paragraphs = [p for article in articles for p in _paragraphs(article)]
    return _repeated(paragraphs, words, folder / f"long_news_{words}.txt")


def hard_wrapped_article(folder: Path, characters: int) -> Path:
    """The seed's paragraphs wrapped at 72 columns, blank lines between them, to about so many
    characters: a long text as e-mail and old archives keep it, for the loader to re-flow."""
    import textwrap

    lines, count = ["Un très long article", ""], 0
    while count < characters:
        for paragraph in _paragraphs(SEED):
            wrapped = textwrap.wrap(paragraph, 72)
            lines += [*wrapped, ""]
            count += sum(len(line) + 1 for line in wrapped) + 1
    path = folder / f"hard_wrapped_{characters}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _paragraphs(path: Path) -> list[str]:
    """An article's paragraphs after its headline."""
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()][1:]


def _repeated(paragraphs: list[str], words: int, path: Path) -> Path:
    """Paragraphs repeated until the text has so many words, under a headline, written to a path."""
    body, count = [], 0
    while count < words:
        for paragraph in paragraphs:
            body.append(paragraph)
            count += len(paragraph.split())
    path.write_text("Un très long article\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return path


def dev_articles(language: str) -> list[Path]:
    """The articles of a dev folder, or none when the folder is absent."""
    folder = DEV_FOLDERS[language]
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def word_count(text: str) -> int:
    """Words as the targets count them: runs of characters between spaces."""
    return len(text.split())

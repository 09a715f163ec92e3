"""trafilatura against what we would write by hand, on saved-page-like articles.

For each page: how many of the article's paragraphs each extractor keeps, how many lines of page
furniture (menus, advert, related links, comments, footer) it lets through, and its time.
Run: .venv/bin/python bench/html_extractors.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the test pages

from article_files import PARAGRAPHS, SAVED_PAGE, TITLE  # noqa: E402

from reader.document.markup import parse_markup  # noqa: E402

RUNS = 20
PAGES = {
    "saved page": SAVED_PAGE,
    "no <article> element": SAVED_PAGE.replace("<main><article>", '<div id="page"><div class="c">')
    .replace("</article>", "</div>").replace("</section></main>", "</section></div>"),
    "comments inside <article>": SAVED_PAGE.replace("</article>\n<aside>", "<aside>")
    .replace("</section></main>", "</section></article></main>"),
}


def by_hand(markup: str) -> list[str]:
    """What we would write: the paragraphs of <article>, else of <main>, else of the whole page."""
    for tag in ("article", "main"):
        element = re.search(rf"<{tag}\b.*?</{tag}>", markup, re.S | re.I)
        if element:
            return parse_markup(element.group(0))[1]
    return parse_markup(markup)[1]


def with_trafilatura(markup: str) -> list[str]:
    """The article text trafilatura finds."""
    found = trafilatura.bare_extraction(markup, include_comments=False)
    return found.text.split("\n") if found else []


def main() -> None:
    """One line per page and extractor."""
    print(f"{'page':27} {'extractor':17} {'article kept':>12} {'furniture':>9} {'ms':>6}")
    for page, markup in PAGES.items():
        for name, extract in (("trafilatura", with_trafilatura), ("by hand", by_hand)):
            start = time.perf_counter()
            for _ in range(RUNS):
                lines = [" ".join(line.split()) for line in extract(markup) if line.strip()]
            milliseconds = (time.perf_counter() - start) / RUNS * 1000
            kept = sum(1 for paragraph in PARAGRAPHS if paragraph in lines)
            furniture = [line for line in lines if line not in PARAGRAPHS and line != TITLE]
            print(f"{page:27} {name:17} {kept:>10}/{len(PARAGRAPHS)} {len(furniture):>9} "
                  f"{milliseconds:6.1f}")
    found = trafilatura.bare_extraction(SAVED_PAGE, with_metadata=True)
    print(f"metadata, trafilatura: {found.title} | {found.date} | {found.author} | "
          f"{found.sitename}")
    print(f"metadata, by hand: <title> {parse_markup(SAVED_PAGE)[0]}")


if __name__ == "__main__":
    main()

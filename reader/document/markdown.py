"""Markdown shown as reading text: headings, emphasis, links and lists as plain paragraphs."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.document.markup import html_paragraphs
from reader.document.model import BOLD, HEADING, Paragraph

# Inline tokens whose words are read; markup tokens around them (emphasis, links) add nothing.
READ_INLINE = {"text": "", "code_inline": "", "softbreak": " ", "hardbreak": " "}
# A YAML block at the top, as web clippers and static sites write it.
FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<fields>[A-Za-z_]+[ \t]*:.*\n(?:.*\n){0,50}?)---[ \t]*(?:\n|\Z)")
FRONT_MATTER_FIELD = re.compile(r"(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>\S.*)")
# Markdown's parser spends up to 50 µs a character on runs of brackets and emphasis marks; an
# article has a few in a hundred characters. A text made mostly of them is read as plain text.
MARKUP_CHARACTERS = re.compile(r"[\[\]()*_`<>!\\]")
MAX_MARKUP_SHARE = 0.2
METADATA_OF_FIELD = {"title": "title", "date": "date", "published": "date", "author": "author",
                     "by": "author", "source": "outlet", "site": "outlet", "site_name": "outlet",
                     "outlet": "outlet", "publisher": "outlet"}


def render_markdown(source: str) -> tuple[dict, list[str]]:
    """What the front matter and a heading at the top say of the text, and its paragraphs."""
    known, source = split_front_matter(source)
    title, paragraphs = _render(source)
    known.setdefault("title", title)
    return known, paragraphs


def is_mostly_markup(source: str) -> bool:
    """Whether Markdown's marks are so many that parsing them would cost seconds and find no article."""
    return len(MARKUP_CHARACTERS.findall(source)) > MAX_MARKUP_SHARE * max(1, len(source))


def split_front_matter(source: str) -> tuple[dict, str]:
    """The title, date, author and outlet in a front matter block, and the text after it."""
    block = FRONT_MATTER.match(source)
    if not block:
        return {}, source
    known = {}
    for field in FRONT_MATTER_FIELD.finditer(block.group("fields")):
        key = METADATA_OF_FIELD.get(field.group("key").lower())
        if key and key not in known:
            known[key] = field.group("value").strip().strip("\"'")
    if "date" in known:
        known["date"] = known["date"][:10]
    return known, source[block.end():]


def _render(source: str) -> tuple[str | None, list[Paragraph]]:
    """The title (a first-level heading at the top) and the paragraphs of a Markdown text."""
    title, paragraphs, item_marks, previous, mark = None, [], [], None, ""
    for token in MarkdownIt("commonmark").parse(source):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            item_marks.append(token.type)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            item_marks.pop()
        elif token.type == "list_item_open":
            mark = _item_mark(item_marks[-1], token)
        elif token.type == "inline":
            words = _inline_text(token)
            if title is None and not paragraphs and previous.tag == "h1":
                title = words
            else:
                paragraphs.append(Paragraph(mark + words, _role(previous, token)))
                mark = ""
        elif token.type in ("fence", "code_block"):
            paragraphs += token.content.split("\n")
        elif token.type == "html_block":
            paragraphs += html_paragraphs(token.content)
        previous = token
    return title, [p for p in paragraphs if p.strip()]


def _role(opening: Token, inline: Token) -> str | None:
    """HEADING for the words of a heading, BOLD for a paragraph whose every word is strong."""
    if opening.type == "heading_open":
        return HEADING
    depth, bold, plain = 0, False, False
    for child in inline.children or []:
        depth += {"strong_open": 1, "strong_close": -1}.get(child.type, 0)
        if child.type == "text" and child.content.strip():
            bold, plain = bold or depth > 0, plain or depth == 0
    return BOLD if bold and not plain else None


def _item_mark(kind: str, token: Token) -> str:
    """The mark a list item is shown with: a bullet, or its number."""
    return f"{token.info}. " if kind == "ordered_list_open" else "• "


def _inline_text(token: Token) -> str:
    """The words of an inline run, without the Markdown around them."""
    parts = []
    for child in token.children or []:
        if child.type in READ_INLINE:
            parts.append(READ_INLINE[child.type] or child.content)
    return "".join(parts)


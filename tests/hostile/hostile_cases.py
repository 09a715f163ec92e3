"""Hostile inputs and clumsy commands, each made by code in a folder of its own.

A case makes its files and gives the arguments after `claim-reader analyze`; the battery runs
them in a process with a time and a memory limit and checks that nothing was lost.
"""

from __future__ import annotations

import os
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from article_files import (BILLION_LAUGHS, EXTERNAL_ENTITY_CONTAINER, docx_bytes, epub_bytes,
                           locked_pdf_bytes, pdf_bytes, replace_member, zip_bomb)

MEGABYTE = 1024 * 1024
ARTICLE = ('The minister said on Tuesday that "the reform will be carried through". '
           "According to the unions, more than a million people marched across the country.\n")
SENTENCES = ["The mayor insisted that the budget would be voted in March.",
             '"We will not give in," the union leader told reporters outside the hall.',
             "According to the police, the march was peaceful until the evening.",
             "Critics said the plan would cost far more than announced."]
LATIN1_NAME = b"caf\xe9.txt"


@dataclass
class Case:
    """A hostile input: how to make it, and what the command may do with it."""

    name: str
    make: Callable[[Path], list[str]]  # writes the files, returns the arguments after "analyze"
    statuses: tuple[int, ...] = (0, 2)
    written: tuple[str, ...] = ()  # files the command is asked to write in the folder
    check: Callable[[Path, str], None] | None = None  # (folder, stdout) -> asserts
    environment: dict = field(default_factory=dict)


def article(folder: Path, name: str = "article.txt", data: bytes | str = ARTICLE) -> Path:
    """Write a file of the case's folder."""
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def prose(characters: int) -> str:
    """English sentences, one after another, to about so many characters."""
    text = " ".join(SENTENCES)
    return (text + " ") * (characters // (len(text) + 1) + 1)


def hard_wrapped(lines: int, blank_between: bool) -> str:
    """Prose wrapped at 72 columns, with or without blank lines between its paragraphs."""
    out: list[str] = []
    while len(out) < lines:
        out += textwrap.wrap(" ".join(SENTENCES * 3), 72)
        if blank_between:
            out.append("")
    return "\n".join(out[:lines]) + "\n"


def stream_bomb_pdf(size: int) -> bytes:
    """A one-page PDF whose content stream inflates to `size` bytes of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * MEGABYTE
    body = compressor.compress(b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET")
    body += b"".join(compressor.compress(chunk) for _ in range(size // MEGABYTE))
    body += compressor.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body
               + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, content in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                                xref)
    return bytes(out)


def _output_is_article(output: str) -> Callable[[Path], list[str]]:
    """Arguments that write the analysis over the article, by another name for it."""
    def make(folder: Path) -> list[str]:
        article(folder)
        if output == "link.txt":
            (folder / "link.txt").symlink_to("article.txt")
        if output == "hard.txt":
            os.link(folder / "article.txt", folder / "hard.txt")
        return ["article.txt", "--format", "csv", "-o", output]
    return make


def _batch_onto_a_hard_link(folder: Path) -> list[str]:
    article(folder, "one.txt")
    article(folder, "two.txt")
    os.link(folder / "two.txt", folder / "copy.txt")
    return [".", "-o", "copy.txt"]


def _latin1_name(folder: Path) -> list[str]:
    (folder / os.fsdecode(LATIN1_NAME)).write_text(ARTICLE, encoding="utf-8")
    return [os.fsdecode(LATIN1_NAME), "--lang", "en"]


def _latin1_name_in_a_batch(folder: Path) -> list[str]:
    _latin1_name(folder)
    article(folder, "other.txt")
    return [".", "--lang", "en"]


def _latin1_name_broken(folder: Path) -> list[str]:
    (folder / os.fsdecode(LATIN1_NAME)).write_bytes(b"\x00\x01\x02\x03" * 100)
    return [os.fsdecode(LATIN1_NAME)]


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.txt")
    return ["pipe.txt"]


def _fifo_in_a_batch(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.txt")
    article(folder)
    return ["pipe.txt", "article.txt", "--lang", "en"]


def _symlink_loop(folder: Path) -> list[str]:
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    return ["a.txt"]


def _sparse(folder: Path) -> list[str]:
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(100 * MEGABYTE)
    return ["huge.txt"]


def _nested_cache_entry(folder: Path) -> list[str]:
    """The article's own cache entry replaced by deeply nested JSON."""
    from reader.cache import key_for
    from reader.document import load_document

    path = article(folder)
    entry = Path(os.environ["CLAIM_READER_CACHE_DIR"]) / f"{key_for(load_document(path).text, 'en')}.json"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return ["article.txt", "--lang", "en"]


def _to_device(device: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        article(folder)
        return ["article.txt", "--lang", "en", "-o", device]
    return make


def _device_kept(path: str) -> Callable[[Path, str], None]:
    def check(folder: Path, output: str) -> None:
        import stat

        assert stat.S_ISCHR(os.stat(path).st_mode), f"{path} is no longer a device"
    return check


def _prints_csv(folder: Path, output: str) -> None:
    assert output.startswith("id,kind,start,end"), output[:200]


def _to_folder(folder: Path) -> list[str]:
    article(folder)
    (folder / "out").mkdir()
    return ["article.txt", "--lang", "en", "-o", "out"]


def _through_a_link(folder: Path) -> list[str]:
    article(folder)
    (folder / "claims.json").write_text("old", encoding="utf-8")
    (folder / "latest.json").symlink_to("claims.json")
    return ["article.txt", "--lang", "en", "-o", "latest.json"]


def _link_kept(folder: Path, output: str) -> None:
    assert os.readlink(folder / "latest.json") == "claims.json"
    assert (folder / "claims.json").read_text(encoding="utf-8").startswith("{")


def _one_file(name: str, data: Callable[[], bytes | str], *options: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        article(folder, name, data())
        return [name, *options]
    return make


def _claims_within_paragraphs(folder: Path, output: str) -> None:
    """No claim runs over the whole of a long text (one case gave 276 MB of JSON)."""
    import json

    analysis = json.loads(output)
    longest = max((claim["end"] - claim["start"] for claim in analysis["claims"]), default=0)
    assert longest <= 10_000, f"a claim of {longest} characters"
    for claim in analysis["claims"]:
        assert analysis["text"][claim["start"]:claim["end"]] == claim["text"]


EN = ("--lang", "en")
CASES = [
    # Data loss: the article is never written to.
    Case("output is the article", _output_is_article("article.txt"), (2,)),
    Case("output is ./article", _output_is_article("./article.txt"), (2,)),
    Case("output is a symlink to the article", _output_is_article("link.txt"), (2,)),
    Case("output is a hard link to the article", _output_is_article("hard.txt"), (2,)),
    Case("batch output is a hard link to an article", _batch_onto_a_hard_link, (2,)),
    Case("output /dev/null", _to_device("/dev/null"), (0,), check=_device_kept("/dev/null")),
    Case("output /dev/stdout", _to_device("/dev/stdout"), (0,)),
    Case("output -", lambda f: [*_to_device("-")(f), "--format", "csv"], (0,), check=_prints_csv),
    Case("output is a folder", _to_folder, (2,)),
    Case("output through a symlink", _through_a_link, (0,), written=("claims.json",),
         check=_link_kept),
    # Inputs that hung, grew without bound or raised.
    Case("1.2 MB line without spaces", _one_file("line.txt", lambda: "x" * 1_200_000, *EN)),
    Case("1.2 MB of quotation marks", _one_file("quotes.txt", lambda: '"' * 1_200_000, *EN), (2,)),
    Case("100,000 unmatched guillemets", _one_file("guillemets.txt", lambda: "« " * 100_000, *EN)),
    Case("100,000-character paragraph", _one_file("paragraph.txt", lambda: prose(100_000), *EN),
         (0,), check=_claims_within_paragraphs),
    Case("4,000 hard-wrapped lines, no blank line",
         _one_file("wrapped.txt", lambda: hard_wrapped(4_000, False), *EN), (0,),
         check=_claims_within_paragraphs),
    Case("1,000 hard-wrapped lines in paragraphs",
         _one_file("paragraphs.txt", lambda: hard_wrapped(1_000, True), *EN), (0,)),
    Case("5,000 one-word paragraphs",
         _one_file("words.txt", lambda: "\n\n".join(["Yes"] * 5_000), *EN), (0,)),
    Case("Markdown of nested brackets", _one_file("brackets.md", lambda: "[" * 510_000, *EN), (2,)),
    Case("Markdown of heavy emphasis", _one_file("emphasis.md", lambda: "**a*" * 120_000, *EN)),
    Case("Markdown of links", _one_file("links.md", lambda: "[a](b " * 30_000, *EN)),
    Case("Latin-1 file name", _latin1_name, (0,)),
    Case("Latin-1 file name in a batch", _latin1_name_in_a_batch, (0,)),
    Case("Latin-1 name of a broken file", _latin1_name_broken, (2,)),
    Case("deeply nested cache entry", _nested_cache_entry, (0,)),
    Case("NUL bytes", _one_file("nul.txt", lambda: b"abc\x00def\x00"), (2,)),
    # Files and names that are not articles.
    Case("FIFO", _fifo, (2,)),
    Case("FIFO in a batch", _fifo_in_a_batch, (2,)),
    Case("empty argument", lambda folder: [""], (2,)),
    Case("/dev/zero", lambda folder: ["/dev/zero"], (2,)),
    Case("empty folder", lambda folder: ["."], (2,)),
    Case("symlink loop", _symlink_loop, (2,)),
    Case("sparse 100 MB file", _sparse, (2,)),
    Case("empty file", _one_file("empty.txt", lambda: b""), (2,)),
    Case("random bytes", _one_file("random.txt", lambda: os.urandom(200_000)), (2,)),
    Case("zip bomb", _one_file("bomb.docx",
                               lambda: zip_bomb(docx_bytes(), "word/document.xml", 40 * MEGABYTE)), (2,)),
    Case("billion laughs", _one_file("laughs.docx", lambda: replace_member(
        docx_bytes(), "word/document.xml", BILLION_LAUGHS)), (2,)),
    Case("XXE", _one_file("external.epub", lambda: replace_member(
        epub_bytes(), "META-INF/container.xml", EXTERNAL_ENTITY_CONTAINER)), (2,)),
    Case("encrypted PDF", _one_file("locked.pdf", locked_pdf_bytes), (2,)),
    Case("stream-bomb PDF", _one_file("bomb.pdf", lambda: stream_bomb_pdf(300 * MEGABYTE)), (0, 2)),
    Case("truncated PDF", _one_file("cut.pdf", lambda: pdf_bytes()[:400]), (2,)),
    Case("ASCII-only standard output", _one_file("article.txt", lambda: ARTICLE, *EN), (0,),
         environment={"PYTHONIOENCODING": "ascii"}),
]

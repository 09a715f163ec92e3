"""Time and peak memory of opening each format, large articles and hostile files.

Each file is opened in a fresh process, so that the peak memory is that file's alone.
Run: .venv/bin/python bench/loading.py
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the article makers the tests use

import article_files as files  # noqa: E402

SEED = ROOT / "seeds" / "000_7920a463ad4fbc9f.txt"
MEGABYTE = 1024 * 1024


def saved_page(paragraphs: int) -> bytes:
    """The saved page with its article grown to this many paragraphs."""
    body = "".join(f"<p>{files.PARAGRAPHS[i % 3]} {i}</p>\n" for i in range(paragraphs))
    return files.SAVED_PAGE.replace("</article>", body + "</article>").encode("utf-8")


def long_pdf(pages: int) -> bytes:
    """A PDF whose pages each hold forty broken lines, each page starting at another line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(pages):
        pdf.add_page()
        for index in range(40):
            pdf.text(20, 20 + 6 * index, files.PDF_LINES[(page + index) % len(files.PDF_LINES)])
    return bytes(pdf.output())


def cases(folder: Path) -> list[tuple[str, Path]]:
    """The files to open, made in the folder."""
    made = {
        "article.txt": SEED.read_bytes(),
        "page.html": files.SAVED_PAGE.encode("utf-8"),
        "page-2000-paragraphs.html": saved_page(2000),
        "page-20000-paragraphs.html": saved_page(20000),
        "article.docx": files.docx_bytes(),
        "book.epub": files.epub_bytes(),
        "article.odt": files.odt_bytes(),
        "article.pdf": files.pdf_bytes(),
        "report-100-pages.pdf": long_pdf(100),
        "text-7MB.txt": b"Il a dit oui. " * (7 * MEGABYTE // 14),
        "bomb.docx": files.zip_bomb(files.docx_bytes(), "word/document.xml", 40 * MEGABYTE),
        "laughs.docx": files.replace_member(files.docx_bytes(), "word/document.xml",
                                            files.BILLION_LAUGHS),
        "page-40000-elements.html": b"<html><body>" + b"<p>Il a dit oui.</p>" * 40_000,
    }
    paths = [(name, files.write(folder, name, data)) for name, data in made.items()]
    sparse = folder / "sparse-1GB.txt"
    with sparse.open("wb") as handle:
        handle.truncate(1024 * MEGABYTE)
    return paths + [("sparse-1GB.txt", sparse)]


def measure(path: Path, results) -> None:
    """Open one file; report the outcome, the seconds and the memory added by opening it."""
    from reader.document import DocumentError, load_document

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        outcome = f"{len(load_document(path).text):,} characters"
    except DocumentError as error:
        outcome = f"refused: {error}"
    seconds = time.perf_counter() - start
    added = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    results.put((seconds, added, outcome))


def main() -> None:
    """Print one line per file: seconds, megabytes of memory added, outcome."""
    context = multiprocessing.get_context("spawn")
    print(f"{'file':28} {'size':>9} {'seconds':>8} {'+MB':>6}  outcome")
    with tempfile.TemporaryDirectory() as folder:
        for name, path in cases(Path(folder)):
            results = context.Queue()
            process = context.Process(target=measure, args=(path, results))
            process.start()
            seconds, added, outcome = results.get()
            process.join()
            size = path.stat().st_size
            shown = f"{size / MEGABYTE:.1f} MB" if size >= MEGABYTE else f"{size / 1024:.0f} kB"
            print(f"{name:28} {shown:>9} {seconds:8.2f} {added:6.0f}  {outcome[:90]}")


if __name__ == "__main__":
    main()

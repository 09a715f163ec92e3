"""The command line: `claim-reader analyze FILE` prints the analysis; `claim-reader [FILE…]` opens the window."""

from __future__ import annotations

import argparse
import sys

from reader import __version__

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad arguments; the message is one line."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors as one line and exit status 2."""

    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the analyze command."""
    parser = _Parser(prog="claim-reader analyze",
                     description="Analyse article files and print their claims.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=("json", "csv", "markdown", "html"), default="json")
    parser.add_argument("--lang", choices=("auto", "fr", "en"), default="auto")
    parser.add_argument("--output", "-o", metavar="PATH", help="write here instead of the terminal")
    return parser


def run_analyze(argv: list[str]) -> int:
    """Analyse each file and print or write the result in the chosen format."""
    from reader.analysis import analyze
    from reader.document import DocumentError, load_document
    from reader.export import render, write_atomically

    try:
        options = build_parser().parse_args(argv)
    except UsageError as error:
        return _fail(f"claim-reader analyze: {error}")
    outputs = []
    for path in options.files:
        try:
            document = load_document(path)
        except DocumentError as error:
            return _fail(f"claim-reader: {error}")
        outputs.append(render(analyze(document, options.lang), options.format))
    content = "".join(outputs)
    if options.output:
        try:
            write_atomically(options.output, content)
        except OSError as error:
            return _fail(f"claim-reader: cannot write {options.output}: {error.strerror or error}")
    else:
        sys.stdout.write(content)
    return 0


def _fail(message: str) -> int:
    """Print a one-line message on stderr and give the bad-input exit status."""
    print(message, file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """Entry point of the claim-reader command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "analyze":
        return run_analyze(argv[1:])
    if argv and argv[0] in ("--version", "-V"):
        print(f"claim-reader {__version__}")
        return 0
    return run_window(argv)


def run_window(argv: list[str]) -> int:
    """Open the window on the files named, or print their analysis where no window exists."""
    try:
        from reader.ui.app import run
    except ImportError:
        return run_analyze(["--format", "markdown", *argv]) if argv else _fail(
            "claim-reader: the window is not available; use 'claim-reader analyze FILE'.")
    return run(argv)

"""Exports carry the marks when given them, and stay as they were when not."""

from __future__ import annotations

import csv
import io
import json

from reader.export import render
from reader.marks import Mark, MarkStore, article_key
from reader.model import Analysis, Claim, Source

TEXT = "Le pont ouvrira en mai, selon le maire. Il sera gratuit."
MARKS = {1: Mark("disputed", "La date | a changé", "https://example.org/pont")}


def analysis() -> Analysis:
    """Two claims, the first of them marked in MARKS."""
    return Analysis("pont.txt", "fr", "fr_core_news_sm", {}, TEXT, [
        Claim("reported", 0, 22, TEXT[0:22], Source("le maire", 30, 38), id=1),
        Claim("unattributed", 40, 56, TEXT[40:56], id=2)])


def test_json_has_a_mark_key_on_the_marked_claim_only():
    claims = json.loads(render(analysis(), "json", MARKS))["claims"]
    assert claims[0]["mark"] == {"state": "disputed", "note": "La date | a changé",
                                 "link": "https://example.org/pont"}
    assert "mark" not in claims[1]
    assert "mark" not in json.loads(render(analysis(), "json"))["claims"][0]


def test_csv_has_mark_columns_only_when_asked():
    rows = list(csv.reader(io.StringIO(render(analysis(), "csv", MARKS))))
    assert rows[0][-3:] == ["mark", "note", "link"]
    assert rows[1][-3:] == ["disputed", "La date | a changé", "https://example.org/pont"]
    assert rows[2][-3:] == ["", "", ""]
    assert list(csv.reader(io.StringIO(render(analysis(), "csv"))))[0][-1] == "hedged"


def test_markdown_and_html_show_the_mark_and_note_as_text():
    markdown = render(analysis(), "markdown", MARKS)
    assert "| Mark |" in markdown
    assert "| Disputed: La date \\| a changé (https://example.org/pont) |" in markdown
    page = render(analysis(), "html", MARKS)
    assert "<th>Mark</th>" in page
    assert "<td>Disputed: La date | a changé (https://example.org/pont)</td>" in page
    assert "<a " not in page  # a link is shown, never made something to follow
    assert "Mark" not in render(analysis(), "markdown")


def test_the_command_line_adds_marks_only_with_its_option(tmp_path, french, capsys):
    from reader.cli import main

    article = tmp_path / "pont.txt"
    article.write_text("« Le pont ouvrira en mai », a déclaré le maire de la ville.\n",
                       encoding="utf-8")
    assert main(["analyze", str(article)]) == 0
    plain = json.loads(capsys.readouterr().out)
    first = Claim.from_dict(plain["claims"][0])
    MarkStore.open_default().set_mark(article_key(plain["text"]), first, Mark("checked", "vu"))
    assert main(["analyze", str(article), "--with-marks"]) == 0
    marked = json.loads(capsys.readouterr().out)
    assert marked["claims"][0]["mark"] == {"state": "checked", "note": "vu", "link": ""}
    assert "mark" not in plain["claims"][0]
    assert main(["analyze", str(article), str(article), "--with-marks"]) == 2
    assert capsys.readouterr().err == "claim-reader analyze: --with-marks takes one article.\n"

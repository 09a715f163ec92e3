"""The command line: the JSON contract, the other formats, and one-line errors with exit 2."""

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_7920a463ad4fbc9f.txt"


@pytest.fixture(scope="module")
def seed_json(french):  # the french fixture loads the pipeline once for the session
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["analyze", str(SEED), "--format", "json"]) == 0
    return json.loads(out.getvalue())


def test_json_contract_shape(seed_json):
    assert seed_json["schema"] == "claim-reader/1"
    assert seed_json["file"] == str(SEED)
    assert seed_json["language"] == "fr"
    assert seed_json["pipeline"].startswith("fr_core_news_")
    assert seed_json["metadata"] == {"date": "2023-09", "title": None, "author": None,
                                     "outlet": None, "format": "text"}
    text = seed_json["text"]
    for number, claim in enumerate(seed_json["claims"], 1):
        assert claim["id"] == number
        assert set(claim) >= {"id", "kind", "start", "end", "text", "source", "cue", "hedged"}
        assert text[claim["start"]:claim["end"]] == claim["text"]
        if claim["source"] and claim["source"]["start"] is not None:
            source = claim["source"]
            assert text[source["start"]:source["end"]] == source["text"]
            assert source["type"] in ("person", "organisation", "media", "document", "anonymous", "unknown")
        if claim["cue"]:
            assert text[claim["cue"]["start"]:claim["cue"]["end"]] == claim["cue"]["text"]
    starts = [c["start"] for c in seed_json["claims"]]
    assert starts == sorted(starts)


def test_csv_and_markdown_and_output_file(tmp_path, french):
    target = tmp_path / "claims.csv"
    assert main(["analyze", str(SEED), "--format", "csv", "--output", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["kind"] for r in rows].count("direct") == 4
    assert rows[0]["source"] == "le Daily Mail" and rows[0]["source_type"] == "media"
    markdown = tmp_path / "claims.md"
    assert main(["analyze", str(SEED), "--format", "markdown", "-o", str(markdown)]) == 0
    assert "| 1 | reported |" in markdown.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "claims.md"]  # no temp left


def test_unreadable_input_exits_2_with_one_line(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["analyze", str(empty)]) == 2
    err = capsys.readouterr().err
    assert err == "claim-reader: empty.txt is empty.\n"
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_arguments_exit_2(capsys):
    assert main(["analyze", str(SEED), "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claim-reader analyze: argument --format") and err.count("\n") == 1
    assert main(["analyze"]) == 2


def test_rules_only_when_no_pipeline(monkeypatch, capsys):
    import reader.analysis.engine as engine

    monkeypatch.setattr(engine, "installed_pipeline", lambda language: None)
    assert main(["analyze", str(SEED)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["pipeline"] == "rules"
    assert [c["kind"] for c in result["claims"]].count("direct") == 4
    assert any(c["cue"] and c["cue"]["text"] == "selon" for c in result["claims"])

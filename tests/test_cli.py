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


ENGLISH = ("Storm closes the harbour\n\n"
           "\"We will reopen on Monday,\" said the harbour master, Jane Doyle.\n\n"
           "According to the port authority, ten ships are waiting outside.\n")


@pytest.fixture
def batch_folder(tmp_path):
    """A folder with the seed, an English article, an empty file and a file that is no article."""
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "sub" / "b_storm.md").write_text(ENGLISH, encoding="utf-8")
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    return folder


def test_a_folder_gives_json_lines_and_a_bad_file_does_not_stop_the_batch(batch_folder, capsys,
                                                                         french, english):
    assert main(["analyze", str(batch_folder), "--jobs", "1"]) == 2
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["a_seed.txt", "b_storm.md"]
    assert [line["language"] for line in lines] == ["fr", "en"]
    assert all(line["schema"] == "claim-reader/1" for line in lines)
    storm = lines[1]
    direct = [c for c in storm["claims"] if c["kind"] == "direct"]
    assert [c["text"] for c in direct] == ["We will reopen on Monday"]
    assert err == "claim-reader: c_empty.txt is empty.\n"


def test_several_processes_write_the_same_lines_in_the_same_order(tmp_path, capsys, english):
    files = []
    for number in range(3):
        path = tmp_path / f"storm{number}.txt"
        path.write_text(ENGLISH.replace("ten", str(10 + number)), encoding="utf-8")
        files.append(str(path))
    assert main(["analyze", *files, "--jobs", "1", "--no-cache"]) == 0
    one = capsys.readouterr().out
    assert main(["analyze", *files, "--jobs", "2", "--no-cache", "-o", str(tmp_path / "out.jsonl")]) == 0
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == one
    assert [json.loads(line)["file"] for line in one.splitlines()] == files


def test_an_analysis_is_cached_unless_asked_not_to(tmp_path, cache_dir, capsys, english):
    article = tmp_path / "storm.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    assert main(["analyze", str(article), "--no-cache"]) == 0
    assert not cache_dir.exists()
    fresh = capsys.readouterr().out
    assert main(["analyze", str(article)]) == 0
    assert len(list(cache_dir.glob("*.json"))) == 1
    assert main(["analyze", str(article)]) == 0
    assert capsys.readouterr().out == fresh * 2


def test_batch_arguments_are_checked(batch_folder, tmp_path, capsys):
    assert main(["analyze", str(batch_folder), "--format", "csv"]) == 2
    assert capsys.readouterr().err == ("claim-reader analyze: several articles are written as "
                                       "JSON Lines; leave out --format.\n")
    assert main(["analyze", str(batch_folder), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err
    (tmp_path / "nothing").mkdir()
    assert main(["analyze", str(tmp_path / "nothing")]) == 2
    assert capsys.readouterr().err.startswith("claim-reader: no article files (.txt, ")


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal():
    from reader.batch import ProgressBar

    ticks = iter([0.0, 2.0])
    terminal = _Terminal()
    bar = ProgressBar(4, terminal, clock=lambda: next(ticks))
    bar.update(1)
    assert terminal.getvalue() == "\r[#######.......................] 1/4 articles, 0.5/s"
    piped = io.StringIO()
    bar = ProgressBar(4, piped)
    bar.update(1)
    bar.clear()
    assert piped.getvalue() == ""

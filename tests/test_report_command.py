"""`claim-reader report`: totals, outlets, types and genders, most quoted, and bad input."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.cli import main
from reader.model import Analysis, Claim, Cue, Source


def _analysis(file: str, outlet: str | None, text: str, quotes: list[tuple[str, str, str]]) -> Analysis:
    """An analysis crediting each quoted phrase of the text to a source: (phrase, name, type)."""
    claims, entities = [], {}
    for number, (phrase, name, kind) in enumerate(quotes, 1):
        start = text.index(phrase)
        at = text.index(name)
        source = Source(name, at, at + len(name), None, kind, entities.setdefault(name, len(entities) + 1))
        claims.append(Claim("direct", start, start + len(phrase), phrase, source,
                            Cue("said", 0, 4), id=number))
    unattributed = text.index("Prices")
    claims.append(Claim("unattributed", unattributed, unattributed + 17, text[unattributed:unattributed + 17],
                        id=len(claims) + 1))
    return Analysis(file, "en", "test", {"outlet": outlet}, text, claims)


FIRST = _analysis(
    "a.txt", "Daily Planet",
    'Mrs. Ada Stone said "we will build it now." An aide said "not this year." Prices will go up.',
    [("we will build it now.", "Ada Stone", "person"), ("not this year.", "An aide", "anonymous")])
SECOND = _analysis(
    "b.txt", None,
    'Ada Stone said "the plan stands." Tom Hale said "it fails." Prices will go up.',
    [("the plan stands.", "Ada Stone", "person"), ("it fails.", "Tom Hale", "person")])


@pytest.fixture
def archive(tmp_path) -> Path:
    """The JSON Lines 'analyze' would write for the two articles."""
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in (FIRST, SECOND)), encoding="utf-8")
    return path


def test_the_terminal_report_totals_outlets_types_genders_and_most_quoted(archive, capsys):
    assert main(["report", str(archive)]) == 0
    out = capsys.readouterr().out
    # 19 + 15 words; credited: 5 + 3 + 3 + 2, of which 3 to the aide
    assert "| 2 | 34 | 6 | 4 | 38.2% | 23.1% |" in out
    assert "| (no outlet) | 1 | 3 | 1 | 1 | 0 | 33.3% | 0.0% |" in out
    assert "| Daily Planet | 1 | 3 | 1 | 0 | 0 | 42.1% | 37.5% |" in out
    assert "| anonymous | unknown | 1 | 1 | 3 | 23.1% |" in out
    assert "| person | female | 2 | 2 | 8 | 61.5% |" in out  # the title in one, the name in both
    assert "| person | male | 1 | 1 | 2 | 15.4% |" in out
    most_quoted = out.split("## Most-quoted sources (top 25)")[1].strip().splitlines()[2:]
    assert most_quoted == ["| Ada Stone | person | female | 2 | 2 | 8 |",
                           "| An aide | anonymous | unknown | 1 | 1 | 3 |",
                           "| Tom Hale | person | male | 1 | 1 | 2 |"]
    assert "## Claims" not in out  # the claims go to files


def test_sources_csv_has_a_row_per_source_of_each_article(archive, tmp_path):
    target = tmp_path / "sources.csv"
    assert main(["report", str(archive), "--output", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["file"], r["outlet"], r["source"], r["gender"], r["gender_evidence"], r["claims"])
            for r in rows] == [
        ("a.txt", "Daily Planet", "Ada Stone", "female", "title", "1"),
        ("a.txt", "Daily Planet", "An aide", "unknown", "", "1"),
        ("b.txt", "(no outlet)", "Ada Stone", "female", "first name", "1"),
        ("b.txt", "(no outlet)", "Tom Hale", "male", "first name", "1"),
    ]


def test_the_claims_table_as_csv_and_parquet(archive, tmp_path):
    target = tmp_path / "claims.csv"
    assert main(["report", str(archive), "-o", str(target), "--table", "claims"]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 6
    assert rows[0] == {"file": "a.txt", "outlet": "Daily Planet", "id": "1", "kind": "direct",
                            "text": "we will build it now.", "source": "Ada Stone",
                            "source_type": "person", "gender": "female", "cue": "said",
                            "hedged": "no"}
    assert rows[2]["kind"] == "unattributed" and rows[2]["source"] == ""
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "claims.parquet"
    assert main(["report", str(archive), "-o", str(target)]) == 0
    table = parquet.read_table(target).to_pylist()
    assert len(table) == 6 and table[3]["source"] == "Ada Stone" and table[3]["file"] == "b.txt"


def test_parquet_without_pyarrow_says_how_and_writes_nothing(archive, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("reader.report.command._has_pyarrow", lambda: False)
    assert main(["report", str(archive), "-o", str(tmp_path / "claims.parquet")]) == 2
    assert capsys.readouterr().err == (
        "claim-reader report: Parquet needs pyarrow: pip install 'claim-reader[parquet]', "
        "or write CSV (--output claims.csv --table claims).\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]


def test_html_and_markdown_reports_hold_every_table(archive, tmp_path):
    page = tmp_path / "report.html"
    assert main(["report", str(archive), "-o", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    HTMLParser().feed(text)
    assert text.count("<h2>") == 4 and "<summary>All 6 claims</summary>" in text
    assert "<td>Tom Hale</td><td>person</td><td>male</td><td>1</td><td>1</td><td>2</td>" in text
    markdown = tmp_path / "report.md"
    assert main(["report", str(archive), "-o", str(markdown)]) == 0
    assert "| b.txt | (no outlet) | 2 | direct | it fails. | Tom Hale | person | male | said | no |" \
        in markdown.read_text(encoding="utf-8")


def test_a_folder_of_shards_reads_as_one_archive(tmp_path, capsys):
    shards = tmp_path / "shards"
    shards.mkdir()
    for number, analysis in enumerate((FIRST, SECOND)):
        (shards / f"part-{number}.jsonl").write_text(json.dumps(analysis.to_dict()) + "\n",
                                                      encoding="utf-8")
    assert main(["report", str(shards)]) == 0
    assert "| 2 | 34 | 6 | 4 | 38.2% | 23.1% |" in capsys.readouterr().out


def test_a_folder_of_articles_is_analysed_first(tmp_path, capsys, english):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        'Mayor Maria Lopez said the bridge would reopen in May. "We are ready," she added.\n',
        encoding="utf-8")
    (folder / "two.txt").write_bytes(b"")  # unreadable: told, and the report goes on
    assert main(["report", str(folder), "--lang", "en", "--no-cache"]) == 2
    out, err = capsys.readouterr()
    assert "| Maria Lopez | person | female | 1 | 2 | 9 |" in out  # the mayor, by name
    assert err.count("\n") == 1 and "two.txt" in err


@pytest.mark.parametrize("arguments, message", [
    (["missing.jsonl"], "claim-reader report: missing.jsonl does not exist.\n"),
    (["{folder}"], "claim-reader report: no article files or JSON Lines in {folder}.\n"),
    (["{bad}"], "claim-reader report: bad.jsonl, line 2 is not a claim-reader/1 analysis "
                "(Expecting property name enclosed in double quotes).\n"),
    (["{archive}", "-o", "{folder}/report.pdf"],
     "claim-reader report: --output names a .md, .html, .htm, .csv, .parquet file.\n"),
    (["{archive}", "--jobs", "0"],
     "claim-reader report: --jobs needs a number of processes of 1 or more.\n"),
    (["{folder}", "-o", "{folder}/notes.md"],
     "claim-reader report: --output {folder}/notes.md is the input {folder}/notes.md; "
     "choose another file.\n"),
])
def test_bad_input_gets_one_line_and_exit_2_and_no_file(arguments, message, archive, tmp_path,
                                                        capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "empty"
    folder.mkdir()
    if "{folder}/notes.md" in arguments:  # an article the report would write over
        (folder / "notes.md").write_text("# Notes\n\nShe said it.\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(archive.read_text(encoding="utf-8").splitlines()[0] + "\n{oops\n", encoding="utf-8")
    names = {"folder": str(folder), "bad": str(bad), "archive": str(archive)}
    out_file = tmp_path / "out.md"
    argv = ["report", *(a.format(**names) for a in arguments)]
    assert main(argv if "-o" in arguments else [*argv, "-o", str(out_file)]) == 2
    assert capsys.readouterr().err == message.format(**names)
    assert not out_file.exists()
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == (
        {"notes.md": "# Notes\n\nShe said it.\n"} if "{folder}/notes.md" in arguments else {})


def test_names_lose_their_titles_roles_and_possessives():
    from reader.report.names import proper_name

    assert [proper_name(n) for n in ["Florida Sen. Ann Stone's", "campaign aide Tom Hale",
                                     "Former President Ada Stone", "Mr. Hale", "Charles de Vere",
                                     "Homeland Security Secretary Jo Hale", "Senator"]] == \
        ["Ann Stone", "Tom Hale", "Ada Stone", "Hale", "Charles de Vere", "Jo Hale", "Senator"]
    assert proper_name("la ministre de la Santé") == "la ministre de la Santé"
    assert proper_name("the Stone campaign", "organisation") == "the Stone campaign"


def test_most_quoted_counts_a_surname_with_the_one_full_name_that_ends_with_it():
    from reader.report.corpus import build_report

    def quoting(file: str, name: str) -> Analysis:
        return _analysis(file, None, f'{name} said "yes." Prices will go up.',
                         [("yes.", name, "person")])

    report = build_report([quoting("a", "Sen. Ann Stone"), quoting("b", "Stone"),
                           quoting("c", "Hale"), quoting("d", "Tom Hale"),
                           quoting("e", "Eve Hale")])
    assert [(q.name, q.articles, q.claims) for q in report.most_quoted()] == [
        ("Ann Stone", 2, 2), ("Eve Hale", 1, 1), ("Hale", 1, 1), ("Tom Hale", 1, 1)]


def test_the_report_headings_follow_the_readers_language(archive, capsys, monkeypatch):
    from reader import i18n

    monkeypatch.setenv("LANGUAGE", "fr")
    i18n.use_language(None)
    assert main(["report", str(archive)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Qui est cité\n\n## Totaux\n\n| Articles | Mots | Affirmations | "
                          "Sources citées | Part attribuée | Part anonyme |\n")
    assert "## Par média\n\n| Média | Articles | Affirmations | Femmes citées | Hommes cités | " \
           "Personnes de genre inconnu | Part attribuée | Part anonyme |" in out
    assert "## Par type de source et par genre\n\n| Type | Genre | Sources |" in out
    assert "## Sources les plus citées (les 25 premières)\n\n| Source | Type | Genre |" in out
    assert "Totals" not in out and "Words" not in out


def test_the_windows_folder_report_has_french_headings_in_a_french_window(qapp):
    from reader import i18n
    from reader.report.corpus import build_report
    from reader.ui.folder_report import report_page

    i18n.use_language("fr")
    page = report_page(build_report([FIRST, SECOND]), [], [])
    assert "<h2>Totaux</h2><table><tr><th>Articles</th><th>Mots</th><th>Affirmations</th>" in page
    assert "<h2>Par média</h2>" in page and "<th>Femmes citées</th>" in page

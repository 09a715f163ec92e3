"""`analyze --dask`: the same analyses as one process, in shards, failures kept, re-runs resumed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

NAMES = ["Ann Lee", "Tom Hale", "Rita Vance", "Omar Diaz", "Julia Park", "Paul Grant"]
PLACES = ["the harbour", "the old mill", "the school", "the clinic", "the stadium", "the depot"]


def _article(number: int) -> str:
    """A short article of its own: a reported claim, a quote with a pronoun, an anonymous one."""
    name, place = NAMES[number % len(NAMES)], PLACES[number // len(NAMES) % len(PLACES)]
    return (f"{name} said on day {number} that {place} would close. "
            f'"We tried everything," {name.split()[0]} added.\n\n'
            f"According to an official, {number * 3} jobs are at stake. Prices rose again.\n")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """Thirty-six articles and one empty file that cannot be analysed."""
    folder = tmp_path_factory.mktemp("archive")
    for number in range(36):
        (folder / f"article-{number:02d}.txt").write_text(_article(number), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _lines(*files: Path) -> list[bytes]:
    """The JSON lines of some files, sorted."""
    return sorted(line for file in files for line in file.read_bytes().splitlines(keepends=True))


def test_a_local_cluster_writes_the_single_process_batch_in_shards(articles, tmp_path, capsys,
                                                                   english):
    single = tmp_path / "single.jsonl"
    assert main(["analyze", str(articles), "--lang", "en", "--jobs", "1", "--no-cache",
                 "-o", str(single)]) == 2
    single_errors = capsys.readouterr().err.splitlines()
    shards = tmp_path / "shards"
    assert main(["analyze", str(articles), "--lang", "en", "--no-cache", "--dask", "local",
                 "--jobs", "2", "-o", str(shards)]) == 2
    assert capsys.readouterr().err.splitlines() == single_errors  # the empty file, told once
    written = sorted(shards.glob("*.jsonl"))
    assert len(written) == 5  # 37 files, 8 a shard
    assert _lines(*written) == _lines(single) and len(_lines(single)) == 36
    failed = list(shards.glob("*.failed.log"))
    assert [f.read_text(encoding="utf-8") for f in failed] == [single_errors[0].removeprefix(
        "claim-reader: ") + "\n"]

    # a re-run analyses only the shard that is missing, and leaves the others as they were
    before = {f.name: f.stat().st_mtime_ns for f in written}
    lost = written[1]
    content = lost.read_bytes()
    lost.unlink()
    assert main(["analyze", str(articles), "--lang", "en", "--no-cache", "--dask", "local",
                 "--jobs", "1", "-o", str(shards)]) == 0
    assert lost.read_bytes() == content
    assert {f.name: f.stat().st_mtime_ns for f in sorted(shards.glob("*.jsonl"))
            if f != lost} == {n: t for n, t in before.items() if n != lost.name}

    # and the report of the shards is the report of the single batch
    capsys.readouterr()
    assert main(["report", str(single)]) == 0
    from_single = capsys.readouterr().out
    assert main(["report", str(shards)]) == 0
    assert capsys.readouterr().out == from_single
    assert "| 36 |" in from_single


def test_without_dask_nothing_of_dask_is_imported(articles, tmp_path):
    probe = ("import sys; from reader.cli import main; "
             f"main(['analyze', '--lang', 'en', '--no-cache', {str(articles / 'article-00.txt')!r}]); "
             f"main(['report', {str(articles / 'article-01.txt')!r}, '--lang', 'en']); "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert run.stdout.splitlines()[-1] == "[]", run.stderr


def test_dask_asks_for_an_output_folder_and_for_dask_itself(articles, tmp_path, capsys,
                                                           monkeypatch):
    assert main(["analyze", str(articles), "--dask", "local"]) == 2
    assert capsys.readouterr().err == ("claim-reader analyze: --dask writes JSON Lines shards "
                                       "into a folder: name it with --output, and leave out "
                                       "--format.\n")
    taken = tmp_path / "taken"
    taken.write_text("not a folder", encoding="utf-8")
    assert main(["analyze", str(articles), "--dask", "local", "-o", str(taken)]) == 2
    assert capsys.readouterr().err == (f"claim-reader analyze: --output {taken} must be a folder "
                                       "with --dask.\n")
    assert main(["analyze", str(articles), "--dask", "local", "-o", str(taken / "shards")]) == 2
    assert capsys.readouterr().err == (f"claim-reader analyze: cannot write the shards into "
                                       f"{taken / 'shards'}: Not a directory\n")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    assert main(["analyze", str(articles), "--dask", "local", "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == ("claim-reader analyze: --dask needs Dask: "
                                       "pip install 'claim-reader[dask]'.\n")

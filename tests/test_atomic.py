"""Writing files: whole or not at all, never over an article, a device, a FIFO or a folder."""

import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.atomic import atomic_writer, replacement_path, same_file, write_atomically
from reader.cli import main

ARTICLE = "Le ministre a déclaré que « la réforme est prête ».\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _unchanged(path: Path) -> bool:
    return path.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("output", ["article.txt", "./article.txt", "link.txt", "hard.txt"])
def test_an_output_that_is_the_article_is_refused(article, output, monkeypatch, capsys):
    monkeypatch.chdir(article.parent)
    (article.parent / "link.txt").symlink_to("article.txt")
    os.link(article, article.parent / "hard.txt")
    assert main(["analyze", "article.txt", "--format", "csv", "--output", output]) == 2
    err = capsys.readouterr().err
    assert err == (f"claim-reader analyze: --output {output} is the article article.txt; "
                   "choose another file.\n")
    assert _unchanged(article)


def test_a_batch_refuses_an_output_that_is_one_of_its_articles(article, capsys):
    folder = article.parent
    os.link(article, folder / "copy.txt")
    assert main(["analyze", str(folder), "-o", str(folder / "copy.txt")]) == 2
    assert "is the article" in capsys.readouterr().err
    assert _unchanged(article) and _unchanged(folder / "copy.txt")


def test_same_file_sees_links_and_tells_missing_files_apart(article):
    (article.parent / "link.txt").symlink_to(article)
    assert same_file(article.parent / "link.txt", article)
    assert not same_file(article.parent / "missing.txt", article)


def test_a_symbolic_link_keeps_pointing_at_its_rewritten_target(tmp_path):
    target = tmp_path / "claims.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target.name)
    write_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == "claims.json"
    assert target.read_text(encoding="utf-8") == "new"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, "text")
    assert list(tmp_path.iterdir()) == []


def test_a_character_device_is_written_to_and_stays_a_device(tmp_path):
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the null device
    except PermissionError:
        pytest.skip("making a device node needs root")
    write_atomically(device, "discarded")
    assert stat.S_ISCHR(device.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomically(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_the_terminal_is_named_with_a_dash_or_dev_stdout(article, capsys, french):
    for output in ("-", "/dev/stdout"):
        assert main(["analyze", str(article), "--format", "csv", "-o", output]) == 0
        assert capsys.readouterr().out.startswith("id,kind,start,end")
    assert sorted(p.name for p in article.parent.iterdir()) == ["article.txt"]


def test_a_new_file_gets_the_modes_of_the_umask_and_an_old_one_keeps_its_own(tmp_path):
    old_mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.json", "{}")
        kept = tmp_path / "kept.json"
        kept.write_text("[]", encoding="utf-8")
        kept.chmod(0o640)
        write_atomically(kept, "{}")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "claims.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as stream:
            stream.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.json"]


def test_a_temporary_left_by_a_killed_writer_goes_at_the_next_write(tmp_path):
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    killed = subprocess.run(
        [sys.executable, "-c",
         "import os, signal, sys\nfrom reader.atomic import atomic_writer\n"
         "with atomic_writer(sys.argv[1]) as stream:\n"
         "    stream.write('half'); stream.flush(); os.kill(os.getpid(), signal.SIGKILL)\n",
         str(target)], check=False)
    assert killed.returncode == -signal.SIGKILL
    left = [p.name for p in tmp_path.iterdir() if p.name != "settings.json"]
    assert len(left) == 1 and left[0].startswith(".settings.json.")
    assert target.read_text(encoding="utf-8") == "old"
    write_atomically(tmp_path / "other.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.json", "settings.json"]


def test_a_temporary_of_a_live_writer_is_left_alone(tmp_path):
    live = tmp_path / f".claims.json.{os.getppid()}-abc123.tmp"
    live.write_text("being written", encoding="utf-8")
    foreign = tmp_path / ".notes.tmp"
    foreign.write_text("not ours", encoding="utf-8")
    write_atomically(tmp_path / "claims.json", "{}")
    assert live.exists() and foreign.exists()


def test_a_name_given_to_another_writer_is_replaced_only_when_it_succeeds(tmp_path):
    target = tmp_path / "article.pdf"
    target.write_bytes(b"%PDF-old")
    with pytest.raises(OSError):
        with replacement_path(target) as temporary:
            temporary.write_bytes(b"%PDF-trunc")
            raise OSError("disk full")
    assert target.read_bytes() == b"%PDF-old"
    with replacement_path(target) as temporary:
        temporary.write_bytes(b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["article.pdf"]

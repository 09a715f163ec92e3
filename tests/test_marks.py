"""The marks store: marks found again by text, kept through a kill, refused when damaged."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from reader.marks import (DATABASE_NAME, Mark, MarkStore, MarksUnavailable, article_key,
                          checked_link, checked_mark)
from reader.marks import data_dir as marks_folder
from reader.model import Claim

TEXT = "Le maire a dit que le pont ouvrira en mai.\n\n« Rien n'est joué », répond Léa Roux."


def claim(start: int, end: int, claim_id: int = 1, text: str = TEXT) -> Claim:
    """A claim over a slice of the text."""
    return Claim("reported", start, end, text[start:end], id=claim_id)


def test_the_data_folder_follows_the_variable(data_dir):
    assert marks_folder() == data_dir


def test_a_mark_and_its_note_are_read_back_after_reopening(data_dir):
    store = MarkStore.open_default()
    said = claim(19, 41)
    store.set_mark(article_key(TEXT), said, checked_mark("disputed", " Date démentie ", "https://example.org/a"))
    store.close()
    again = MarkStore(data_dir / DATABASE_NAME)
    assert again.marks_for(article_key(TEXT), [said]) == {
        1: Mark("disputed", "Date démentie", "https://example.org/a")}


def test_the_article_is_known_by_its_text_not_its_line_ends():
    assert article_key(TEXT) == article_key(TEXT.replace("\n\n", "\r\n\r\n") + "\n")
    assert article_key(TEXT) != article_key(TEXT.replace("mai", "juin"))


def test_a_claim_whose_edges_moved_keeps_its_mark_and_an_unrelated_one_gets_none(data_dir):
    store = MarkStore.open_default()
    article = article_key(TEXT)
    store.set_mark(article, claim(19, 41), Mark("checked", "vu"))
    wider, elsewhere = claim(15, 42, 7), claim(44, 66, 8)
    assert store.marks_for(article, [elsewhere, wider]) == {7: Mark("checked", "vu")}


def test_the_same_text_wins_over_an_overlap(data_dir):
    store = MarkStore.open_default()
    article = article_key(TEXT)
    store.set_mark(article, claim(19, 41), Mark("to_check"))
    overlapping, same = claim(15, 41, 1), claim(19, 41, 2)
    assert store.marks_for(article, [overlapping, same]) == {2: Mark("to_check")}


def test_marking_a_moved_claim_replaces_its_old_key(data_dir):
    store = MarkStore.open_default()
    article = article_key(TEXT)
    store.set_mark(article, claim(19, 41), Mark("to_check"))
    store.set_mark(article, claim(15, 42), Mark("checked"))
    assert list(store.stored(article).values()) == [Mark("checked")]
    store.set_mark(article, claim(15, 42), None)
    assert store.stored(article) == {}


@pytest.mark.parametrize("link", ["javascript:alert(1)", "file:///etc/passwd", "example.org",
                                  "https://", "http://a b.org"])
def test_only_web_links_are_taken(link):
    with pytest.raises(ValueError):
        checked_link(link)


def test_a_web_link_is_taken_stripped():
    assert checked_link("  https://example.org/x?y=1 ") == "https://example.org/x?y=1"
    with pytest.raises(ValueError, match="Unknown mark: wrong"):
        checked_mark("wrong")


def test_a_damaged_database_is_one_clear_message(data_dir):
    (data_dir / DATABASE_NAME).write_bytes(b"this is no database at all" * 100)
    with pytest.raises(MarksUnavailable, match=r"\AMarks are off: cannot use .*marks.sqlite3 "
                                                r"because it is damaged"):
        MarkStore.open_default()


def test_a_database_locked_by_another_program_is_one_clear_message(data_dir, monkeypatch):
    monkeypatch.setattr("reader.marks.LOCK_TIMEOUT_SECONDS", 0.1)
    MarkStore.open_default().close()
    holder = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(MarksUnavailable, match="in use by another program"):
            MarkStore.open_default().set_mark(article_key(TEXT), claim(19, 41), Mark("checked"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


WRITER = """
import sys
from reader.marks import Mark, MarkStore, article_key
from reader.model import Claim
store = MarkStore.open_default()
claims = [Claim("direct", i * 10, i * 10 + 5, f"claim {i}", id=i) for i in range(200)]
for claim in claims:
    store.set_mark(article_key("article"), claim, Mark("disputed", f"new {claim.id}"), claims)
    i = claim.id
    if i == 20:
        print("writing", flush=True)
"""


def test_a_kill_in_the_middle_of_saving_leaves_each_mark_old_or_new(data_dir):
    store = MarkStore.open_default()
    article = article_key("article")
    claims = [Claim("direct", i * 10, i * 10 + 5, f"claim {i}", id=i) for i in range(200)]
    for claim in claims:
        store.set_mark(article, claim, Mark("to_check", f"old {claim.id}"), claims)
    store.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER], stdout=subprocess.PIPE, text=True,
                              env=os.environ | {"CLAIM_READER_DATA_DIR": str(data_dir)})
    assert writer.stdout.readline() == "writing\n"
    time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    check = sqlite3.connect(data_dir / DATABASE_NAME)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    marks = MarkStore.open_default().stored(article)
    states = {(key.start // 10, mark.state, mark.note) for key, mark in marks.items()}
    assert len(marks) == 200
    assert all((state, note) in (("to_check", f"old {i}"), ("disputed", f"new {i}"))
               for i, state, note in states)
    assert any(state == "disputed" for _, state, _ in states)

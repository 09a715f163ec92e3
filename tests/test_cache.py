"""The analysis cache: keyed by text, language, pipelines and engine; bounded; safe when corrupt."""

import json
import os

import pytest

from reader import cache as cache_module
from reader.cache import AnalysisCache, cache_key, engine_version
from reader.model import Analysis, Claim, Cue, Source

TEXT = "« Nous partirons demain », a déclaré la ministre. Selon l'AFP, le départ est prévu."


def sample(text=TEXT, path="a.txt") -> Analysis:
    source = Source("la ministre", 37, 48, None, "person", 1)
    claims = [Claim("direct", 2, 23, text[2:23], source, Cue("a déclaré", 27, 36), False, 1),
              Claim("reported", 66, 84, text[66:84], None, Cue("Selon", 50, 55), True, 2)]
    return Analysis(path, "fr", "fr_core_news_md 3.8.0", {"date": None, "title": None}, text, claims)


def test_an_analysis_comes_back_whole_for_the_file_it_is_read_from(tmp_path):
    store = AnalysisCache(tmp_path)
    key = cache_key(TEXT, "auto", ["fr_core_news_md 3.8.0"])
    assert store.get(key, "a.txt", {}) is None
    assert store.put(key, sample())
    back = store.get(key, "copy.txt", {"date": "2024-01", "title": "T"})
    expected = sample(path="copy.txt").to_dict() | {"metadata": {"date": "2024-01", "title": "T"}}
    assert back.to_dict() == expected
    assert [p.suffix for p in tmp_path.iterdir()] == [".json"], "no temporary file left"


def test_the_key_changes_with_text_language_pipeline_and_engine(monkeypatch):
    key = cache_key(TEXT, "auto", ["fr_core_news_md 3.8.0", "en_core_web_sm 3.8.0"])
    assert key == cache_key(TEXT, "auto", ["en_core_web_sm 3.8.0", "fr_core_news_md 3.8.0"])
    assert key != cache_key(TEXT + " ", "auto", ["fr_core_news_md 3.8.0", "en_core_web_sm 3.8.0"])
    assert key != cache_key(TEXT, "fr", ["fr_core_news_md 3.8.0", "en_core_web_sm 3.8.0"])
    assert key != cache_key(TEXT, "auto", ["fr_core_news_md 3.8.1", "en_core_web_sm 3.8.0"])
    monkeypatch.setattr(cache_module, "engine_version", lambda: "a changed rule")
    assert key != cache_key(TEXT, "auto", ["fr_core_news_md 3.8.0", "en_core_web_sm 3.8.0"])


def test_engine_version_hashes_the_rules_and_word_lists():
    version = engine_version()
    assert len(version) == 16 and int(version, 16) >= 0
    engine_version.cache_clear()
    assert engine_version() == version, "the same sources give the same version"


@pytest.mark.parametrize("content", ["{not json", "[]", '{"language": "fr"}',
                                     '{"language": "fr", "pipeline": "p", "text": "t", '
                                     '"claims": [{"kind": "rumour"}]}'])
def test_a_corrupt_entry_is_ignored_and_removed(tmp_path, content):
    store = AnalysisCache(tmp_path)
    key = cache_key(TEXT, "fr", [])
    (tmp_path / f"{key}.json").write_text(content, encoding="utf-8")
    assert store.get(key, "a.txt", {}) is None
    assert list(tmp_path.iterdir()) == []


def test_the_least_recently_used_entries_go_first(tmp_path):
    entry_size = len(json.dumps(sample().to_dict(), ensure_ascii=False, separators=(",", ":")).encode())
    store = AnalysisCache(tmp_path, max_bytes=3 * entry_size)
    keys = [cache_key(TEXT, language, []) for language in ("a", "b", "c", "d")]
    for age, key in enumerate(keys[:3]):
        store.put(key, sample())
        os.utime(tmp_path / f"{key}.json", (1000 + age, 1000 + age))
    assert store.get(keys[0], "a.txt", {}) is not None  # the oldest, used again: now the newest
    store.put(keys[3], sample())
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted([keys[0], keys[2], keys[3]])


def test_an_unwritable_folder_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = AnalysisCache(blocker / "cache")
    assert store.put(cache_key(TEXT, "fr", []), sample()) is False
    assert store.get(cache_key(TEXT, "fr", []), "a.txt", {}) is None


def test_the_folder_comes_from_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIM_READER_CACHE_DIR", str(tmp_path / "here"))
    assert AnalysisCache().folder == tmp_path / "here"


def test_deeply_nested_json_is_a_corrupt_entry(tmp_path):
    store = AnalysisCache(tmp_path)
    key = cache_key(TEXT, "fr", [])
    (tmp_path / f"{key}.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert store.get(key, "a.txt", {}) is None
    assert list(tmp_path.iterdir()) == []


def test_an_entry_for_another_text_or_with_claims_off_its_text_is_not_served(tmp_path):
    store = AnalysisCache(tmp_path)
    key = cache_key(TEXT, "fr", [])
    store.put(key, sample(text=TEXT))
    assert store.get(key, "a.txt", {}, TEXT) is not None
    assert store.get(key, "a.txt", {}, TEXT.replace("demain", "ce soir")) is None
    assert list(tmp_path.iterdir()) == [], "the wrong entry is removed"
    shifted = sample()
    shifted.claims[0].start += 1
    store.put(key, shifted)
    assert store.get(key, "a.txt", {}) is None


def test_a_temporary_left_by_a_killed_writer_goes_at_the_next_entry(tmp_path):
    store = AnalysisCache(tmp_path)
    left = tmp_path / f".{'0' * 64}.json.999999999-x1y2z3.tmp"  # no such process
    left.write_text("{", encoding="utf-8")
    store.put(cache_key(TEXT, "fr", []), sample())
    assert [p.suffix for p in tmp_path.iterdir()] == [".json"]


def test_temporaries_count_towards_the_size_and_abandoned_ones_go(tmp_path):
    entry_size = len(json.dumps(sample().to_dict(), ensure_ascii=False, separators=(",", ":")).encode())
    store = AnalysisCache(tmp_path, max_bytes=3 * entry_size)
    writing = tmp_path / f".{'1' * 64}.json.{os.getpid()}-a1b2c3.tmp"  # this process: alive
    writing.write_bytes(b"x" * 2 * entry_size)
    abandoned = tmp_path / f".{'2' * 64}.json.{os.getpid()}-d4e5f6.tmp"
    abandoned.write_bytes(b"x" * 10 * entry_size)
    os.utime(abandoned, (1000, 1000))  # written long ago: no write takes that long
    keys = [cache_key(TEXT, language, []) for language in ("a", "b")]
    for age, key in enumerate(keys):
        store.put(key, sample())
        os.utime(tmp_path / f"{key}.json", (2000 + age, 2000 + age))
    store.trim()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([writing.name, f"{keys[1]}.json"])

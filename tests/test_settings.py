"""Settings: saved atomically, read back, and never a reason not to start."""

import json

from reader import settings as store


def test_settings_round_trip(tmp_path):
    saved = store.Settings(theme="dark", zoom=3, panel_visible=False)
    saved.add_recent(str(tmp_path / "a.txt"))
    saved.set_language_of(str(tmp_path / "a.txt"), "en")
    assert store.save(saved, tmp_path)
    assert store.load(tmp_path) == saved
    assert not [p for p in tmp_path.iterdir() if p.name != store.FILE_NAME], "temporary file left"


def test_missing_or_corrupt_file_gives_defaults(tmp_path):
    assert store.load(tmp_path / "nowhere") == store.Settings()
    store.settings_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert store.load(tmp_path) == store.Settings()
    store.settings_path(tmp_path).write_text("[1, 2]", encoding="utf-8")
    assert store.load(tmp_path) == store.Settings()


def test_values_of_the_wrong_kind_fall_back_one_by_one(tmp_path):
    data = {"theme": "purple", "zoom": "big", "panel_visible": 1,
            "file_languages": {"/a.txt": "en", "/b.txt": "klingon"},
            "recent_files": ["/a.txt", 7, "/b.txt"]}
    store.settings_path(tmp_path).write_text(json.dumps(data), encoding="utf-8")
    loaded = store.load(tmp_path)
    assert (loaded.theme, loaded.zoom, loaded.file_languages) == ("system", 0, {"/a.txt": "en"})
    assert loaded.panel_visible is True
    assert loaded.recent_files == ["/a.txt", "/b.txt"]


def test_unwritable_folder_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert store.save(store.Settings(), blocker / "sub") is False


def test_recent_files_are_unique_newest_first_and_bounded(tmp_path):
    settings = store.Settings()
    paths = [str(tmp_path / f"{n}.txt") for n in range(store.MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent(path)
    settings.add_recent(paths[-5])
    assert settings.recent_files[0] == paths[-5]
    assert len(settings.recent_files) == store.MAX_RECENT
    assert len(set(settings.recent_files)) == store.MAX_RECENT


def test_config_folder_can_be_redirected(tmp_path, monkeypatch):
    monkeypatch.setenv(store.CONFIG_DIR_VARIABLE, str(tmp_path))
    assert store.settings_path() == tmp_path / store.FILE_NAME


def test_deeply_nested_settings_give_defaults(tmp_path):
    (tmp_path / store.FILE_NAME).write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert store.load(tmp_path) == store.Settings()


def test_reading_places_are_kept_per_file_bounded_and_checked_when_read(tmp_path):
    settings = store.Settings()
    for number in range(store.MAX_REMEMBERED_FILES + 5):
        settings.remember_place(str(tmp_path / f"{number}.txt"), top=number, claim=None)
    settings.remember_place(str(tmp_path / "a.txt"), top=120, claim=7)
    assert len(settings.reading_places) == store.MAX_REMEMBERED_FILES
    assert settings.place_in(str(tmp_path / "0.txt")) == (0, None)  # the oldest, forgotten
    assert settings.place_in(str(tmp_path / "a.txt")) == (120, 7)
    assert store.save(settings, tmp_path)
    assert store.load(tmp_path).place_in(str(tmp_path / "a.txt")) == (120, 7)
    data = {"reading_places": {"/x.txt": {"top": -3}, "/y.txt": {"top": 4, "claim": "2"},
                               "/z.txt": {"top": 9, "claim": 2}, "/w.txt": [1]}}
    store.settings_path(tmp_path).write_text(json.dumps(data), encoding="utf-8")
    assert store.load(tmp_path).reading_places == {"/z.txt": {"top": 9, "claim": 2}}

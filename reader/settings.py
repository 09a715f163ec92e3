"""The window's settings: one JSON file in the platform's config folder, never a reason not to start."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from reader.atomic import atomic_writer

APP_NAME = "claim-reader"
FILE_NAME = "settings.json"
# Tests and portable installs point the app at another folder with this variable.
CONFIG_DIR_VARIABLE = "CLAIM_READER_CONFIG_DIR"
MAX_RECENT = 10
MAX_REMEMBERED_FILES = 200  # files whose chosen language, or reading place, is kept
THEMES = ("system", "light", "dark")
LANGUAGES = ("auto", "fr", "en")
PALETTES = ("current", "high_contrast", "greyscale")  # the claims' colours on screen
# The preferences' bounds: a text size for the whole window, the reading column's line spacing
# and its width in characters (what leaves the margins).
TEXT_SCALES = (80, 250)
LINE_SPACINGS = (100, 250)
COLUMN_WIDTHS = (40, 140)


@dataclass
class Settings:
    """Everything the window remembers between runs."""

    geometry: str = ""
    splitter: str = ""
    theme: str = "system"
    interface_language: str = "auto"  # of menus and messages; the article's is apart
    zoom: int = 0
    file_languages: dict[str, str] = field(default_factory=dict)  # chosen for a file, not auto
    last_language: str = "fr"  # of the last article analysed: its model loads first
    panel_visible: bool = True
    text_scale: int = 100  # percent of the system's font size, for the whole window
    reading_font: str = ""  # the article's font family; empty for the reading fonts built in
    line_spacing: int = 145  # percent of the font's height, between the article's lines
    column_width: int = 72  # characters in a line of the reading column; the rest is margin
    palette: str = "current"  # the claims' colours: current, high_contrast or greyscale
    export_folder: str = ""  # where the last export went
    export_format: str = "json"  # and in which format
    recent_files: list[str] = field(default_factory=list)
    # Where the reader was in each file: the text offset at the top of the view, the claim selected.
    reading_places: dict[str, dict[str, int]] = field(default_factory=dict)

    def add_recent(self, path: str) -> None:
        """Put a file at the top of the recent list, once, keeping the list short."""
        path = str(Path(path).absolute())
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]

    def language_of(self, path: str) -> str:
        """The language chosen for a file: "auto" unless the reader chose one for it."""
        return self.file_languages.get(str(Path(path).absolute()), "auto")

    def set_language_of(self, path: str, language: str) -> None:
        """Remember the language chosen for a file; "auto" forgets it."""
        path = str(Path(path).absolute())
        self.file_languages.pop(path, None)
        if language != "auto":
            self.file_languages[path] = language  # newest last: the oldest are forgotten first
        while len(self.file_languages) > MAX_REMEMBERED_FILES:
            del self.file_languages[next(iter(self.file_languages))]

    def place_in(self, path: str) -> tuple[int, int | None]:
        """Where the reader left a file: the offset at the top of the view, and the claim's id."""
        place = self.reading_places.get(str(Path(path).absolute()), {})
        return place.get("top", 0), place.get("claim")

    def remember_place(self, path: str, top: int, claim: int | None) -> None:
        """Keep where the reader is in a file, forgetting the oldest files beyond a bound."""
        path = str(Path(path).absolute())
        self.reading_places.pop(path, None)
        self.reading_places[path] = {"top": top} | ({"claim": claim} if claim is not None else {})
        while len(self.reading_places) > MAX_REMEMBERED_FILES:
            del self.reading_places[next(iter(self.reading_places))]

    def forget_missing_recent(self) -> bool:
        """Drop the recent files that no longer exist; whether any was dropped."""
        kept = [path for path in self.recent_files if Path(path).is_file()]
        dropped = len(kept) < len(self.recent_files)
        self.recent_files = kept
        return dropped

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self.recent_files = []


def config_dir() -> Path:
    """Where settings live: the variable's folder if set, else the platform's config folder."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def settings_path(folder: Path | None = None) -> Path:
    """The settings file inside a folder (the config folder by default)."""
    return (folder or config_dir()) / FILE_NAME


def load(folder: Path | None = None) -> Settings:
    """The saved settings; the defaults when the file is missing, unreadable or corrupt."""
    try:
        data = json.loads(settings_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # deeply nested JSON exhausts the parser's stack
        return Settings()
    return from_dict(data) if isinstance(data, dict) else Settings()


def from_dict(data: dict) -> Settings:
    """Settings from parsed JSON, keeping only values of the expected type and range."""
    defaults = Settings()
    values = {}
    for spec in fields(Settings):
        value = data.get(spec.name, getattr(defaults, spec.name))
        values[spec.name] = value if _valid(spec.name, value, defaults) else getattr(defaults, spec.name)
    settings = Settings(**values)
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    settings.file_languages = {path: language for path, language in settings.file_languages.items()
                               if language in LANGUAGES[1:]}
    settings.reading_places = {path: place for path, place in settings.reading_places.items()
                               if _valid_place(place)}
    return settings


def _valid(name: str, value, defaults: Settings) -> bool:
    """Whether a value read from the file can stand for the setting."""
    expected = type(getattr(defaults, name))
    if type(value) is not expected:  # bool is an int subclass: compare exact types
        return False
    if name == "theme":
        return value in THEMES
    if name == "interface_language":
        return value in LANGUAGES
    if name == "last_language":
        return value in LANGUAGES[1:]
    if name == "export_format":
        from reader.export import FORMATS  # only when the file names one

        return value in FORMATS
    if name == "zoom":
        return -10 <= value <= 20
    if name == "palette":
        return value in PALETTES
    bounds = {"text_scale": TEXT_SCALES, "line_spacing": LINE_SPACINGS, "column_width": COLUMN_WIDTHS}
    if name in bounds:
        return bounds[name][0] <= value <= bounds[name][1]
    return True


def _valid_place(place) -> bool:
    """Whether a reading place read from the file is a top offset and maybe a claim id."""
    return (isinstance(place, dict) and set(place) <= {"top", "claim"} and "top" in place
            and all(type(value) is int and value >= 0 for value in place.values()))


def save(settings: Settings, folder: Path | None = None) -> bool:
    """Write the settings whole or not at all; False when the folder cannot be written."""
    path = settings_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(path) as stream:
            json.dump(asdict(settings), stream, ensure_ascii=False, indent=1)
    except OSError:
        return False
    return True

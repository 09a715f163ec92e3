"""The files that make the packaged app an app: icons, desktop entry, Info.plist, installer."""

from __future__ import annotations

import configparser
import os
import plistlib
import struct
import subprocess
from pathlib import Path

import pytest

from reader.document import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ENTRY = ROOT / "packaging" / "linux" / "claim-reader.desktop"
INSTALLER = ROOT / "packaging" / "linux" / "install-desktop.sh"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
# Every format the loader opens, with the MIME type desktops give it (from
# freedesktop.org's shared MIME database): the app must be offered for all of them.
ARTICLE_TYPES = {
    ".txt": "text/plain", ".text": "text/plain",
    ".md": "text/markdown", ".markdown": "text/markdown",
    ".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".epub": "application/epub+zip",
    ".pdf": "application/pdf",
}


def desktop_entry() -> configparser.SectionProxy:
    """The [Desktop Entry] group of the desktop entry."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_article_formats_cover_what_the_loader_opens():
    assert set(SUPPORTED_SUFFIXES) <= set(ARTICLE_TYPES)


def test_desktop_entry_opens_every_article_format():
    entry = desktop_entry()
    declared = entry["MimeType"].rstrip(";").split(";")
    assert set(ARTICLE_TYPES.values()) <= set(declared)
    assert entry["Exec"] == "claim-reader %F"
    assert entry["Icon"] == entry["StartupWMClass"] == "claim-reader"
    assert entry["Terminal"] == "false"


def test_info_plist_opens_every_article_format():
    plist = plistlib.loads(INFO_PLIST.read_bytes())
    extensions = {f".{ext}" for kind in plist["CFBundleDocumentTypes"]
                  for ext in kind["CFBundleTypeExtensions"]}
    assert extensions == set(ARTICLE_TYPES)
    assert all(kind["CFBundleTypeRole"] == "Viewer" and kind["LSItemContentTypes"]
               for kind in plist["CFBundleDocumentTypes"])
    assert plist["NSHighResolutionCapable"] is True


def test_rendered_icons_have_their_sizes():
    from PySide6.QtGui import QImage

    folders = sorted(HICOLOR.iterdir(), key=lambda folder: int(folder.name.split("x")[0]))
    assert [folder.name for folder in folders] == [
        "16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"]
    for folder in folders:
        image = QImage(str(folder / "apps" / "claim-reader.png"))
        assert f"{image.width()}x{image.height()}" == folder.name and image.hasAlphaChannel()


def test_windows_icon_holds_its_sizes_as_png():
    ico = (ROOT / "resources" / "claim-reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    entries = [struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i]) for i in range(count)]
    assert [width or 256 for width, *_ in entries] == [16, 24, 32, 48, 64, 128, 256]
    assert all(ico[offset:offset + 4] == b"\x89PNG" for *_, offset in entries)


def test_macos_icon_holds_its_sizes_as_png():
    icns = (ROOT / "resources" / "claim-reader.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, position = [], 8
    while position < len(icns):
        kinds.append(icns[position:position + 4])
        assert icns[position + 8:position + 12] == b"\x89PNG"
        position += struct.unpack(">I", icns[position + 4:position + 8])[0]
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09"]


def test_window_has_the_app_icon(qapp):
    from reader.ui.app import app_icon

    sizes = sorted(size.width() for size in app_icon().availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]


@pytest.fixture
def home(tmp_path):
    """Data and command folders of a user of our own, and a stand-in for the packaged app."""
    app = tmp_path / "dist" / "claim-reader"
    app.mkdir(parents=True)
    (app / "claim-reader").write_text("#!/bin/sh\necho packaged\n")
    (app / "claim-reader").chmod(0o755)
    system = tmp_path / "system"
    (system / "applications").mkdir(parents=True)
    environment = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
                       XDG_BIN_HOME=str(tmp_path / "bin"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_DIRS=str(system), XDG_CONFIG_DIRS=str(tmp_path / "etc"))
    return tmp_path, app, environment


def default_application(folder: Path, mime_type: str) -> str | None:
    """The application a desktop opens a type with, as the freedesktop.org rules pick it.

    The reader's own choice first; then, folder by folder (the user's data before the system's),
    the first entry that offers the type.
    """
    chosen = configparser.ConfigParser(interpolation=None, strict=False)
    chosen.optionxform = str
    chosen.read(folder / "config" / "mimeapps.list", encoding="utf-8")
    if chosen.has_option("Default Applications", mime_type):
        return chosen["Default Applications"][mime_type].split(";")[0]
    for applications in (folder / "data" / "applications", folder / "system" / "applications"):
        for entry in sorted(applications.glob("*.desktop")):
            if mime_type in entry.read_text(encoding="utf-8").split("MimeType=")[-1].split("\n")[0]:
                return entry.name
    return None


def test_install_desktop_adds_to_open_with_but_takes_no_type_from_its_default(home):
    folder, app, environment = home
    system = folder / "system" / "applications"
    (system / "okular.desktop").write_text(
        "[Desktop Entry]\nName=Okular\nExec=okular %U\nMimeType=application/pdf;text/html;\n")
    (system / "mimeinfo.cache").write_text("[MIME Cache]\napplication/pdf=okular.desktop;\n"
                                           "text/html=okular.desktop;\n")
    own_choice = "[Default Applications]\ntext/html=firefox.desktop;\n"
    (folder / "config").mkdir()
    (folder / "config" / "mimeapps.list").write_text(own_choice)
    installed = subprocess.run(["sh", str(INSTALLER), str(app)], env=environment,
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    assert default_application(folder, "application/pdf") == "okular.desktop"
    assert default_application(folder, "text/html") == "firefox.desktop"
    # Offered in "Open with" for every type, and the default only where nothing else opens it.
    entry = (folder / "data" / "applications" / "claim-reader.desktop").read_text(encoding="utf-8")
    assert "application/pdf;" in entry and "text/markdown;" in entry
    assert default_application(folder, "text/markdown") == "claim-reader.desktop"

    removed = subprocess.run(["sh", str(INSTALLER), "--uninstall"], env=environment,
                             capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert (folder / "config" / "mimeapps.list").read_text() == own_choice


def test_install_desktop_registers_the_app_and_uninstall_removes_it(home):
    folder, app, environment = home
    installed = subprocess.run(["sh", str(INSTALLER), str(app)], env=environment,
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    data = folder / "data"
    executable = data / "claim-reader" / "app" / "claim-reader"
    entry = (data / "applications" / "claim-reader.desktop").read_text(encoding="utf-8")
    assert f'Exec="{executable}" %F\n' in entry
    assert entry.replace(f'Exec="{executable}" %F', "Exec=claim-reader %F") == \
        DESKTOP_ENTRY.read_text(encoding="utf-8")
    assert subprocess.run([str(folder / "bin" / "claim-reader")], capture_output=True,
                          text=True).stdout == "packaged\n"
    for size in (16, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "claim-reader.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "claim-reader.svg").is_file()
    cache = data / "applications" / "mimeinfo.cache"  # where update-desktop-database is installed
    if cache.exists():
        assert "text/markdown=claim-reader.desktop;" in cache.read_text(encoding="utf-8")

    removed = subprocess.run(["sh", str(INSTALLER), "--uninstall"], env=environment,
                             capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    left = [path for path in folder.rglob("*") if path.is_file() and not path.is_relative_to(app)]
    assert left == ([cache] if cache.exists() else [])
    assert not cache.exists() or "claim-reader" not in cache.read_text(encoding="utf-8")


def test_install_desktop_without_an_app_says_so_in_one_line(home):
    folder, _, environment = home
    result = subprocess.run(["sh", str(INSTALLER), str(folder / "nowhere")], env=environment,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == (f"install-desktop: no packaged app in {folder / 'nowhere'}; "
                             "run 'make package' first.\n")
    assert not (folder / "data").exists()

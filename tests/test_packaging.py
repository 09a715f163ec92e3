"""The files that make the packaged app an app: icons, desktop entry, Info.plist, installer."""

from __future__ import annotations

import configparser
import plistlib
import struct
from pathlib import Path

from reader.document import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
DESKTOP_ENTRY = ROOT / "packaging" / "linux" / "claim-reader.desktop"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
# Every format the loader opens, or is about to, with the MIME type desktops give it (from
# freedesktop.org's shared MIME database): the app must be offered for all of them.
ARTICLE_TYPES = {
    ".txt": "text/plain", ".text": "text/plain",
    ".md": "text/markdown", ".markdown": "text/markdown",
    ".html": "text/html", ".htm": "text/html",
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

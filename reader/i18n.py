"""Messages of the Qt-free parts (command line, loaders, summaries) in the reader's language.

The catalogues are gettext .po files under reader/locale, read as they are when first needed:
there is no .mo to compile, so none can be missing or older than its .po, in a source tree, an
installed package or the packaged app alike. The window picks the language with use_language();
the command line follows the system's, as gettext does (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
"""

from __future__ import annotations

import ast
import gettext
import os
from functools import cache
from pathlib import Path

DOMAIN = "claim_reader"
LOCALE_FOLDER = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"  # the messages in the code are English
# The plural form each language takes after a count (gettext's Plural-Forms, for our languages).
PLURAL_FORMS = {"en": lambda n: int(n != 1), "fr": lambda n: int(n > 1)}
# Narrow no-break space: the French thin space before « % », between thousands.
THIN_SPACE = "\u202f"

_chosen: str | None = None  # the language the window chose; None follows the system


@cache
def available_languages() -> tuple[str, ...]:
    """The languages we have messages for: English and every catalogue's."""
    # Asked by every message translated: looked for once, not in the folder each time.
    found = sorted(path.parent.parent.name for path in LOCALE_FOLDER.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *found)


def system_language() -> str:
    """The first language of the environment that we have, as gettext looks for it; else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if not value:
            continue
        for entry in value.split(":"):
            code = entry.split(".")[0].split("_")[0].lower()
            if code in available_languages():
                return code
        if variable != "LANGUAGE":
            break  # gettext stops at the first variable set, LANGUAGE aside
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language messages are given in now."""
    return _chosen or system_language()


def use_language(language: str | None) -> None:
    """Give messages in a language from now on (None: the system's again)."""
    global _chosen
    _chosen = language if language in available_languages() else None


def _(message: str) -> str:
    """A message in the current language."""
    return catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for a count, in the current language."""
    return catalogue(current_language()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark a message for translation where it is defined; _() translates it where it is shown."""
    return message


def percent(share: float) -> str:
    """A share as a whole percentage, written as the current language writes it: 42% or 42 %."""
    figure = f"{share:.0%}"
    return figure.replace("%", f"{THIN_SPACE}%") if current_language() == "fr" else figure


def number(value: int) -> str:
    """A whole number with its thousands grouped as the current language groups them."""
    grouped = f"{value:,}"
    return grouped.replace(",", THIN_SPACE) if current_language() == "fr" else grouped


FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


def long_date(iso: str) -> str:
    """A YYYY-MM-DD or YYYY-MM date as the current language writes it (« 1er mars 2023 »,
    "14 March 2023", « septembre 2023 »); anything else as it is."""
    french = current_language() == "fr"
    try:
        parts = [int(part) for part in iso.split("-")]
        month = (FRENCH_MONTHS if french else ENGLISH_MONTHS)[parts[1] - 1]
    except (ValueError, IndexError):
        return iso
    if len(parts) == 2 and parts[1] >= 1:
        return f"{month} {parts[0]}"
    if len(parts) != 3 or parts[1] < 1 or not 1 <= parts[2] <= 31:
        return iso
    day = "1er" if parts[2] == 1 and french else str(parts[2])
    return f"{day} {month} {parts[0]}"


_catalogues: dict[str, gettext.NullTranslations] = {}


def catalogue(language: str) -> gettext.NullTranslations:
    """The messages of a language, read once; the source language needs none."""
    if language not in _catalogues:
        path = LOCALE_FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        _catalogues[language] = PoTranslations(path, language) if path.is_file() \
            else gettext.NullTranslations()
    return _catalogues[language]


class PoTranslations(gettext.NullTranslations):
    """A .po file's translations, as gettext's GNUTranslations gives a .mo file's."""

    def __init__(self, path: Path, language: str):
        super().__init__()
        self.messages = read_po(path.read_text(encoding="utf-8"))
        self.plural = PLURAL_FORMS.get(language, PLURAL_FORMS["en"])

    def gettext(self, message: str) -> str:
        """The translation, or the message itself if it has none."""
        return self.messages.get(message) or message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The plural form the count takes, or the English one if untranslated."""
        forms = self.messages.get((singular, plural))
        if forms and all(forms):
            return forms[min(self.plural(count), len(forms) - 1)]
        return singular if count == 1 else plural


def read_po(text: str) -> dict:
    """A .po file's translated entries: msgid to msgstr, (msgid, msgid_plural) to the forms.

    Fuzzy entries and the header are left out, as msgfmt leaves them out.
    """
    messages: dict = {}
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        if any(line.startswith("#,") and "fuzzy" in line for line in lines):
            continue
        fields = _po_fields(line for line in lines if line and not line.startswith("#"))
        msgid = fields.get("msgid")
        if not msgid:
            continue
        if "msgid_plural" in fields:
            forms = tuple(fields[key] for key in sorted(fields) if key.startswith("msgstr["))
            messages[(msgid, fields["msgid_plural"])] = forms
        elif fields.get("msgstr"):
            messages[msgid] = fields["msgstr"]
    return messages


def _po_fields(lines) -> dict[str, str]:
    """The keywords of a .po entry with their strings, continued lines joined."""
    fields: dict[str, str] = {}
    keyword = None
    for line in lines:
        if line.startswith('"'):
            fields[keyword] += ast.literal_eval(line)
        else:
            keyword, quoted = line.split(" ", 1)
            fields[keyword] = ast.literal_eval(quoted)
    return fields

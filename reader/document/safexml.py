"""XML read safely: entity declarations (billion laughs, external files) refused."""

from __future__ import annotations

from xml.etree.ElementTree import Element

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from reader.document.model import DocumentError
from reader.i18n import _


def parse_xml(data: bytes, name: str) -> Element:
    """An XML tree; entity declarations and external references are refused."""
    try:
        return defusedxml.ElementTree.fromstring(data)
    except DefusedXmlException:
        raise _entities_refused(name) from None
    except (defusedxml.ElementTree.ParseError, ValueError):
        raise DocumentError(_("{name} is damaged: its XML cannot be read.").format(name=name)) from None


def refuse_entity_declarations(markup: bytes, name: str) -> None:
    """Refuse markup that declares entities before any library parses it: no article needs them."""
    if b"<!ENTITY" in markup:
        raise _entities_refused(name)


def _entities_refused(name: str) -> DocumentError:
    """The error for a file that declares XML entities."""
    return DocumentError(_("{name} declares XML entities, which articles never need; it was not "
                           "opened.").format(name=name))

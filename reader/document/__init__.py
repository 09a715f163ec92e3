"""Article files of every format, read (never written) into text, paragraphs and metadata."""

from reader.document.loader import SUPPORTED_SUFFIXES, load_document
from reader.document.model import Document, DocumentError, paragraph_spans
from reader.document.text import decode_text, document_from_text

__all__ = ["SUPPORTED_SUFFIXES", "Document", "DocumentError", "decode_text", "document_from_text",
           "load_document", "paragraph_spans"]

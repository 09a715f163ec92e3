"""Who gets quoted: the sources of one article, and of a folder or archive of them (no Qt)."""

from reader.report.article import ArticleSources, SourceSummary, summarise_sources

__all__ = ["ArticleSources", "SourceSummary", "summarise_sources"]

"""The claim analysis engine: plain Python over spaCy, no user interface."""

from reader.analysis.engine import Cancelled, analyze, prepare

__all__ = ["Cancelled", "analyze", "prepare"]

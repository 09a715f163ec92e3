"""The claim analysis engine: plain Python over spaCy, no user interface."""

from reader.analysis.engine import (Cancelled, analyze, analyze_progressively, prepare,
                                    rule_pass)

__all__ = ["Cancelled", "analyze", "analyze_progressively", "prepare", "rule_pass"]

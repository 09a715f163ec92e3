"""Claim Reader: who said what in a news article."""

__version__ = "0.1.0"

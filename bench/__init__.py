"""Claim Reader's benchmark: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench` from the project folder."""

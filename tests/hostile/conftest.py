"""The battery's table: every case, how it ended, in how long, and at what cost.

Set CLAIM_READER_HOSTILE_REPORT to a file name to get it in Markdown, the slowest cases first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from battery import Row, table


@pytest.fixture(scope="session")
def battery_table():
    """The rows of the table, written out at the end of the session when asked for."""
    rows: list[Row] = []
    yield rows
    target = os.environ.get("CLAIM_READER_HOSTILE_REPORT")
    if target and rows:
        Path(target).write_text(table(rows), encoding="utf-8")

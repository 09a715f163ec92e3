"""The rows of the battery's table and the table they make."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    """One case of the battery as it ran: on the command line or in the window."""

    case: str
    status: str  # the exit status, or what the window did
    seconds: float
    peak_megabytes: int | None = None  # the command's peak memory
    stall_ms: float | None = None  # the longest the window's event loop did not turn


def table(rows: list[Row]) -> str:
    """The rows in Markdown, the slowest first."""
    lines = ["| case | status | seconds | peak MB | longest stall ms |", "|---|---|---|---|---|"]
    lines += [f"| {row.case} | {row.status} | {row.seconds:.1f} | {_or_dash(row.peak_megabytes)} "
              f"| {_or_dash(row.stall_ms)} |" for row in sorted(rows, key=lambda r: -r.seconds)]
    return "\n".join(lines) + "\n"


def _or_dash(value) -> str:
    """A figure rounded, or a dash where it was not measured."""
    return "—" if value is None else f"{value:.0f}"

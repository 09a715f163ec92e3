"""Printing each figure beside its target, in one table."""

from __future__ import annotations

import os


def header(title: str) -> None:
    """A section title."""
    print(f"\n{title}")


def figure(label: str, value: str, target: str = "", met: bool | None = None) -> None:
    """One measured figure, its target, and whether it is met."""
    verdict = "" if met is None else ("met" if met else "MISSED")
    print(f"  {label:<58} {value:>16}   {target:<14} {verdict}", flush=True)


def machine() -> str:
    """The cores and how busy they are: figures on a shared machine depend on it."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load}"

"""Seconds from launching Claim Reader to its window's first paint: source tree and packaged app.

Run after `make package`: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [RUNS]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "source tree": [str(ROOT / ".venv" / "bin" / "claim-reader")],
    "packaged app": [str(ROOT / "dist" / "claim-reader" / "claim-reader")],
}
RUNS = 5
EXIT_TIMEOUT_S = 120


def seconds_to_first_paint(command: list[str], config_dir: str) -> float:
    """Launch the window once and give the seconds until it reports its first paint."""
    environment = dict(os.environ, CLAIM_READER_CONFIG_DIR=config_dir)
    launched = time.time()
    process = subprocess.Popen([*command, "--quit-after-first-paint"], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    process.wait(EXIT_TIMEOUT_S)  # the next launch must not share the cores with this one
    if not line.startswith("first paint at "):
        raise RuntimeError(f"{command[0]} reported no first paint")
    return float(line.split()[-1]) - launched


def folder_size_mb(folder: Path) -> float:
    """The size of every file under a folder, links not counted twice, in MB."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    """Print the median and best time of each, side by side, and the packaged app's size."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    missing = [name for name, command in COMMANDS.items() if not shutil.which(command[0])]
    if missing:
        print(f"missing: {', '.join(missing)} (run `make package` first)", file=sys.stderr)
        return 2
    medians = {}
    with tempfile.TemporaryDirectory() as config_dir:
        for name, command in COMMANDS.items():
            times = [seconds_to_first_paint(command, config_dir) for _ in range(runs)]
            medians[name] = statistics.median(times)
            print(f"{name:>13}: first paint after {medians[name]:.2f} s median, "
                  f"{min(times):.2f} s best, {runs} runs")
    ratio = medians["packaged app"] / medians["source tree"]
    print(f"packaged / source: {ratio:.2f}×; "
          f"packaged app folder: {folder_size_mb(ROOT / 'dist' / 'claim-reader'):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

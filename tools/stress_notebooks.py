"""Run the full notebook validation (strict nbval over every notebook, 60 s cell timeout) several times in a row
and print the slowest cell of each run, to show that no widget cell stalls the runner.

    python tools/stress_notebooks.py --runs 30 [--stall 20] [notebooks/02_treaty.ipynb ...]

A run counts as a stall if it fails or its slowest cell took longer than --stall seconds (the notebooks' slowest
cell normally takes a few seconds; the old Output-widget stall held a cell for the whole timeout).
Exit status 1 if any run stalled or failed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATION = re.compile(r"^([\d.]+)s (?:call|setup|teardown)\s+(\S+::.+)$", re.MULTILINE)
SUMMARY = re.compile(r"^(?:=+ )?(\d+ (?:passed|failed|error).*?) in [\d.]+s", re.MULTILINE)


def one_run(notebooks: list[str]) -> tuple[bool, float, float, str, str]:
    """Passed?, wall seconds, slowest cell's seconds, its name, pytest's summary line."""
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "-q", "--nbval",
               "--nbval-current-env", "--nbval-cell-timeout=60", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
               "--durations=1", "--durations-min=0", *notebooks]
    start = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall = time.monotonic() - start
    durations = [(float(seconds), name) for seconds, name in DURATION.findall(result.stdout)]
    seconds, name = max(durations) if durations else (float("nan"), "?")
    summary = SUMMARY.search(result.stdout)
    return result.returncode == 0, wall, seconds, name, summary.group(1) if summary else result.stdout[-300:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--stall", type=float, default=20.0, help="seconds for one cell that count as a stall")
    parser.add_argument("notebooks", nargs="*", default=None)
    options = parser.parse_args()
    notebooks = options.notebooks or sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("*.ipynb"))
    print(f"{options.runs} runs of strict nbval over {len(notebooks)} notebooks: {', '.join(Path(n).stem for n in notebooks)}")
    stalls, walls, slowest = 0, [], []
    for number in range(1, options.runs + 1):
        passed, wall, seconds, name, summary = one_run(notebooks)
        stalled = not passed or not seconds < options.stall
        stalls += stalled
        walls.append(wall)
        slowest.append(seconds)
        print(f"run {number:2d}: {wall:6.1f} s  slowest cell {seconds:5.2f} s  {name}  [{summary}]"
              f"{'  <-- STALL OR FAILURE' if stalled else ''}", flush=True)
    print(f"\n{options.runs} runs, {stalls} stalled or failed; wall time per run {min(walls):.1f}-{max(walls):.1f} s "
          f"(median {sorted(walls)[len(walls) // 2]:.1f} s); slowest cell of all runs {max(slowest):.2f} s")
    return 1 if stalls else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start to first paint of the desktop bundle against the pip-installed app (this Python's edtrainer), on the demo,
offscreen: each run a fresh process, the two alternating; the median of each and their ratio.

    QT_QPA_PLATFORM=offscreen python packaging/startup.py [--runs 7] [BUNDLE]    # BUNDLE: dist/edtrainer

Each process writes the wall-clock time of its first paint (EDTRAINER_FIRST_PAINT_FILE, see bench/startup.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_paint(argv: list[str], env: dict[str, str], mark: Path) -> float:
    mark.unlink(missing_ok=True)
    started = time.time()
    proc = subprocess.run(argv, env={**env, "EDTRAINER_FIRST_PAINT_FILE": str(mark)}, capture_output=True,
                          text=True, timeout=300)
    if proc.returncode != 0 or not mark.exists():
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-800:]}")
    return float(mark.read_text()) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "edtrainer")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="edtrainer-bundle-startup-"))
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("EDTRAINER_")}
        env.update({"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                    "EDTRAINER_CONFIG_DIR": str(scratch / "config"), "EDTRAINER_DATA_DIR": str(scratch / "data"),
                    "EDTRAINER_CACHE_DIR": str(scratch / "cache"), "EDTRAINER_BACKUP_DIR": str(scratch / "backups")})
        demo = scratch / "demo.sqlite3"
        subprocess.run([sys.executable, "-m", "edtrainer", "--database", str(demo), "demo"], env=env, check=True,
                       capture_output=True)
        flags = ["--database", str(demo), "--quit-after-first-paint"]
        commands = {"bundle": [str(args.bundle.resolve() / "edtrainer"), *flags],
                    "pip-installed": [sys.executable, "-m", "edtrainer", *flags]}
        mark = scratch / "mark"
        for argv in commands.values():  # warm the file cache
            first_paint(argv, env, mark)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, argv in commands.items():
                times[name].append(first_paint(argv, env, mark))
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, values in times.items():
            print(f"{name:14} median {medians[name] * 1000:6.0f} ms  (runs: "
                  + ", ".join(f"{v * 1000:.0f}" for v in values) + ")")
        print(f"bundle / pip-installed: {medians['bundle'] / medians['pip-installed']:.2f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

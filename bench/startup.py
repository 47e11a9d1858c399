"""How fast edtrainer is ready (issue 13, "Fast to ready"): each figure beside its target, as a ratio to a
baseline measured in the same run, every measurement a fresh process, the app and its baseline alternating:

- (a) start to the first paint of the window, against a bare PySide6 script that shows an empty QMainWindow
  (bench/gui.py's script; target: at most 1.5x);
- (b) start until the Overview shows its data (read, filled in and painted: ``--quit-when-ready``) on the
  demo database, against the same bare window (target: at most 3x);
- (c) the same on the 5,000-trainee bench database (bench/generate.py; target: at most 6x);
- (d) ``python -m edtrainer cohorts list`` on the demo, against ``python -c "import sqlalchemy.orm"``
  (target: at most 1.5x);
- (e) the first start of the app without a database: creating the demo until the Overview shows it, and
  how much longer that takes than an ordinary start on the demo (target: at most 1 s, or a real progress
  display).

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs N] [--quick] [--large FILE]

Each process writes the wall-clock time of its moment (EDTRAINER_FIRST_PAINT_FILE, EDTRAINER_READY_FILE), so
a figure runs from starting the process to that moment, not to its exit.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from gui import BARE  # noqa: E402  (the bare PySide6 window of bench/gui.py)

DEFAULT_LARGE = HERE / "out" / "large.sqlite3"


def _cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Runner:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        # Compiled bytecode, as an installed app has it (pip compiles a wheel's modules; a checkout writes
        # __pycache__ on its first run): kept in the scratch folder, written by the warm-up runs, even where
        # PYTHONDONTWRITEBYTECODE is set (as on the development machine, where every start compiled edtrainer).
        drop = {"EDTRAINER_DATABASE_URL", "PYTHONDONTWRITEBYTECODE"}
        self.env = {k: v for k, v in os.environ.items() if k not in drop}
        self.env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        self.env.update({"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                         "EDTRAINER_CONFIG_DIR": str(scratch / "config"), "EDTRAINER_DATA_DIR": str(scratch / "data"),
                         "EDTRAINER_BACKUP_DIR": str(scratch / "backups"),
                         "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
        bare = scratch / "bare.py"
        bare.write_text(BARE)
        self.bare_cmd = [sys.executable, str(bare)]

    def marked(self, argv: list[str], variable: str, env: dict[str, str] | None = None) -> tuple[float, float]:
        """From starting the process to the moment it writes down (wall clock) in the file ``variable`` names;
        and the CPU time the process used (to its exit, which follows that moment at once)."""
        mark = self.scratch / "mark"
        mark.unlink(missing_ok=True)
        cpu = _cpu()
        started = time.time()
        proc = subprocess.run(argv, env={**(env or self.env), variable: str(mark)}, capture_output=True, text=True,
                              timeout=300)
        if proc.returncode != 0 or not mark.exists():
            raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-800:]}")
        return float(mark.read_text()) - started, _cpu() - cpu

    def wall(self, argv: list[str]) -> tuple[float, float]:
        """From starting the process until it has exited, and the CPU time it used."""
        cpu = _cpu()
        started = time.perf_counter()
        proc = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-800:]}")
        return elapsed, _cpu() - cpu

    def bare(self) -> tuple[float, float]:
        return self.marked(self.bare_cmd, "EDTRAINER_FIRST_PAINT_FILE")

    def app(self, *args: str, variable: str = "EDTRAINER_READY_FILE", env: dict[str, str] | None = None
            ) -> tuple[float, float]:
        return self.marked([sys.executable, "-m", "edtrainer", *args], variable, env)

    def first_start(self, index: int) -> tuple[float, float]:
        """The app without --database in an empty data folder: it makes the demo, then shows the Overview (the
        first-run wizard skipped: EDTRAINER_FIRST_RUN=demo, as --quit-when-ready does by itself)."""
        data = self.scratch / f"first-{index}"
        data.mkdir()
        try:
            return self.app("--quit-when-ready", env={**self.env, "EDTRAINER_DATA_DIR": str(data),
                                                      "EDTRAINER_FIRST_RUN": "demo"})
        finally:
            shutil.rmtree(data, ignore_errors=True)


def measure(runs: int, first_runs: int, large: Path | None) -> dict[str, list[tuple[float, float]]]:
    scratch = Path(tempfile.mkdtemp(prefix="edtrainer-startup-"))
    try:
        for name in ("config", "data", "backups"):
            (scratch / name).mkdir()
        r = Runner(scratch)
        demo = scratch / "demo.sqlite3"
        subprocess.run([sys.executable, "-m", "edtrainer", "--database", str(demo), "demo"], env=r.env, check=True,
                       capture_output=True)
        if large is not None:  # a copy: opening may upgrade its schema (with a backup first)
            shutil.copyfile(large, scratch / "large.sqlite3")
            large = scratch / "large.sqlite3"
        paint = ["--database", str(demo), "--quit-after-first-paint"]
        ready = ["--database", str(demo), "--quit-when-ready"]
        cli = [sys.executable, "-m", "edtrainer", "--database", str(demo), "cohorts", "list"]
        sqla = [sys.executable, "-c", "import sqlalchemy.orm"]
        # The floor of (b) and (c): Python, SQLAlchemy's ORM and edtrainer's tables mapped, with no window and
        # no database. Any start that shows data read through the ORM takes at least this long.
        floor = [sys.executable, "-c",
                 "import sqlalchemy.orm, edtrainer.core.models; sqlalchemy.orm.configure_mappers()"]
        # Warm the file cache (and let the first open of each file check and upgrade it).
        r.bare()
        r.app(*paint, variable="EDTRAINER_FIRST_PAINT_FILE")
        r.app(*ready)
        if large is not None:
            r.app("--database", str(large), "--quit-when-ready")
        r.wall(cli)
        r.wall(sqla)
        r.wall(floor)
        names = ("bare", "paint", "ready", "large", "sqla", "cli", "floor", "first")
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in names}
        for i in range(runs):
            times["bare"].append(r.bare())
            times["paint"].append(r.app(*paint, variable="EDTRAINER_FIRST_PAINT_FILE"))
            times["bare"].append(r.bare())
            times["ready"].append(r.app(*ready))
            if large is not None:
                times["bare"].append(r.bare())
                times["large"].append(r.app("--database", str(large), "--quit-when-ready"))
            times["sqla"].append(r.wall(sqla))
            times["cli"].append(r.wall(cli))
            times["floor"].append(r.wall(floor))
            if i < first_runs:
                times["first"].append(r.first_start(i))
        return times
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(times: dict[str, list[tuple[float, float]]], runs: int) -> None:
    med = {k: statistics.median(w for w, _c in v) for k, v in times.items() if v}
    cpu = {k: statistics.median(c for _w, c in v) for k, v in times.items() if v}
    walls = [w for w, _c in times["bare"]]
    print(f"median of {runs} fresh processes per figure (bare window: {len(walls)} runs, "
          f"{min(walls) * 1000:.0f} to {max(walls) * 1000:.0f} ms)\n")
    print(f"{'what':<58} {'measured':>9} {'compared with':>14}  {'ratio':>6}  {'target':<30} cpu ratio")
    rows = [("(a) start to first paint", "paint", "bare", 1.5),
            ("(b) start until the Overview shows its data, demo", "ready", "bare", 3.0)]
    if "large" in med:
        rows.append(("(c) the same on the 5,000-trainee bench database", "large", "bare", 6.0))
    rows.append(("(d) `edtrainer cohorts list` on the demo", "cli", "sqla", 1.5))
    for what, key, base, target in rows:
        value, ref = med[key], med[base]
        ok = "met" if value / ref <= target else "NOT met"
        print(f"{what:<58} {value * 1000:>6.0f} ms {ref * 1000:>11.0f} ms  {value / ref:>5.2f}x  "
              f"{f'at most {target:.1f}x: {ok}':<30} {cpu[key] / cpu[base]:.2f}x")
    print(f"{'    floor of (b) and (c): Python + the ORM + our tables':<58} {med['floor'] * 1000:>6.0f} ms "
          f"{med['bare'] * 1000:>11.0f} ms  {med['floor'] / med['bare']:>5.2f}x  "
          f"{'(no window, no database)':<30} {cpu['floor'] / cpu['bare']:.2f}x")
    print(f"{'    floor of (d): the same against import sqlalchemy.orm':<58} {med['floor'] * 1000:>6.0f} ms "
          f"{med['sqla'] * 1000:>11.0f} ms  {med['floor'] / med['sqla']:>5.2f}x  "
          f"{'(no query, no output)':<30} {cpu['floor'] / cpu['sqla']:.2f}x")
    if "first" in med:
        extra = med["first"] - med["ready"]
        ok = "met" if extra <= 1.0 else "NOT met: a progress display shows the steps"
        print(f"{'(e) first start: the demo made, until the Overview shows it':<58} {med['first'] * 1000:>6.0f} ms "
              f"{med['ready'] * 1000:>11.0f} ms  {extra * 1000:>+5.0f} ms  at most 1 s more: {ok}")
    print("\n(a)-(c) compared with the bare window, (d) with importing sqlalchemy.orm, (e) with an ordinary start "
          "on the demo (b).\nfloor: `import sqlalchemy.orm, edtrainer.core.models` and the mappers configured, start "
          "to exit: what any start that reads its data\nthrough SQLAlchemy's ORM spends before its first query.\n"
          "cpu ratio: the same comparison in CPU time (user + system, to the process's exit), "
          "which a busy machine disturbs less than the wall clock the targets are given in.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per figure (default 9)")
    parser.add_argument("--first-runs", type=int, default=None,
                        help="first starts that make the demo (default: as many as --runs, at most 5)")
    parser.add_argument("--quick", action="store_true", help="3 runs of each, 2 first starts: under 2 minutes")
    parser.add_argument("--large", default=str(DEFAULT_LARGE), help="the bench database (bench/generate.py)")
    parser.add_argument("--no-large", action="store_true", help="leave out (c)")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    first_runs = args.first_runs if args.first_runs is not None else (2 if args.quick else min(runs, 5))
    large = None if args.no_large else Path(args.large)
    if large is not None and not large.exists():
        print(f"{large} does not exist: run python bench/generate.py first (or pass --no-large)", file=sys.stderr)
        return 1
    began = time.perf_counter()
    times = measure(runs, first_runs, large)
    report(times, runs)
    print(f"\n({time.perf_counter() - began:.0f} s in all; load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Start-up of the command line: ``edtrainer cohorts list`` on the demo database against a bare
``python -c "import sqlalchemy.orm"`` (issue 13's target: at most 1.5x). Each run a fresh process, the two
alternated, medians of wall-clock and CPU time (CPU time is steadier on a busy machine).

    .venv/bin/python bench/cli.py [RUNS] [--against DIR]

``--against DIR`` times a third command line from another checkout (for example main's, unpacked with
``git archive main edtrainer db resources | tar -x -C DIR``) in the same rounds. Bytecode caching follows the
environment: with PYTHONDONTWRITEBYTECODE set, as here, every start compiles edtrainer's modules anew.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    args = sys.argv[1:]
    against = None
    if "--against" in args:
        i = args.index("--against")
        against = args[i + 1]
        del args[i:i + 2]
    runs = int(args[0]) if args else 15
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "EDTRAINER_DATA_DIR": tmp, "EDTRAINER_CONFIG_DIR": tmp, "PYTHONPATH": str(ROOT)}
        env.pop("EDTRAINER_DATABASE_URL", None)
        cli = [sys.executable, "-m", "edtrainer", "--lang", "en"]
        subprocess.run([*cli, "demo"], env=env, stdout=subprocess.DEVNULL, check=True)
        commands = {"python -c 'import sqlalchemy.orm'": ([sys.executable, "-c", "import sqlalchemy.orm"], env),
                    "edtrainer cohorts list": ([*cli, "cohorts", "list"], env)}
        if against:
            commands[f"edtrainer cohorts list ({against})"] = ([*cli, "cohorts", "list"],
                                                               {**env, "PYTHONPATH": against})
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for argv, e in commands.values():  # once each first: the file cache warm, bytecode written if it may be
            run(argv, e)
        for _ in range(runs):
            for name, (argv, e) in commands.items():
                times[name].append(run(argv, e))
    base_wall = statistics.median(w for w, _ in times["python -c 'import sqlalchemy.orm'"])
    base_cpu = statistics.median(c for _, c in times["python -c 'import sqlalchemy.orm'"])
    print(f"{'what':<44} {'wall':>8} {'ratio':>6} {'cpu':>8} {'ratio':>6}   (median of {runs}; target at most 1.50x)")
    for name, values in times.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        print(f"{name:<44} {wall * 1000:6.0f}ms {wall / base_wall:5.2f}x {cpu * 1000:6.0f}ms {cpu / base_cpu:5.2f}x")
    print(f"load average {os.getloadavg()[0]:.1f}, bytecode {'not ' if sys.flags.dont_write_bytecode else ''}cached")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

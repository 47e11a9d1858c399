"""Kill a writing process with SIGKILL a thousand times and count what was lost (it must be nothing).

The crash test of the suite (tests/test_crash.py, 100 kills) at a larger scale, with its harness
(tests/crash_writer.py): a child commits numbered records through the services and prints each one after
its commit returned, and is killed at a random moment; afterwards every printed record must be there with
all its rows, nothing never printed may be there in part, and the SQLite file must pass
``PRAGMA integrity_check`` and ``foreign_key_check`` (PostgreSQL: the rows are counted and cross-checked).

    python bench/crash.py                          # 1,000 kills on a fresh SQLite file in bench/out/
    python bench/crash.py --kills 300
    python bench/crash.py --database postgresql://...   # also on this empty PostgreSQL database
    EDTRAINER_TEST_DATABASE_URL=postgresql://... python bench/crash.py   # also on a scratch database there

Prints per database: kills, records committed and printed, lost, integrity, time and kills per second.
Exits 1 when anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from edtrainer.core.db import describe, open_database, resolve_url  # noqa: E402

# The harness lives with the tests (the suite runs it too); loaded by path, tests/ is not a package.
_spec = importlib.util.spec_from_file_location("crash_writer", ROOT / "tests" / "crash_writer.py")
assert _spec is not None and _spec.loader is not None
crash_writer = importlib.util.module_from_spec(_spec)
sys.modules["crash_writer"] = crash_writer  # dataclasses look their module up while the file runs
_spec.loader.exec_module(crash_writer)

OUT = Path(__file__).resolve().parent / "out"


def _is_sqlite(url: str) -> bool:
    return "://" not in url or url.startswith("sqlite")


@contextlib.contextmanager
def fresh_sqlite(path: Path, *, replace: bool) -> Iterator[str]:
    """A new SQLite file: bench/out/crash.sqlite3 is replaced each run; a file named by the user never is."""
    if not replace and path.exists():
        raise SystemExit(f"{path} exists: give the name of a new file")
    path.parent.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    yield str(path)


@contextlib.contextmanager
def scratch_postgres(server_url: str) -> Iterator[str]:
    """A new database on the server of ``server_url`` (as tests/conftest.py makes them), dropped afterwards."""
    name = f"edt_crash_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(make_url(server_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench(url: str, kills: int, seed: int) -> tuple[list[tuple[str, str]], bool]:
    """Migrate the empty database ``url``, run the kills, check; the figures and whether all was well."""
    open_database(url).dispose()
    crash_writer.prepare(url)

    def progress(i: int, _kill: object) -> None:
        if i % 100 == 0:
            print(f"  {i} kills", file=sys.stderr, flush=True)

    run = crash_writer.run_crash(url, kills, seed=seed, progress=progress)
    started = time.perf_counter()
    findings = crash_writer.check_records(run)
    checking = time.perf_counter() - started
    summary = crash_writer.summarise(run, findings)
    db = open_database(url)
    try:
        report = db.check()
    finally:
        db.dispose()
    ok = (findings.ok and summary.lost == 0 and summary.sigkill == summary.kills and report.ok
          and summary.while_writing >= kills / 2)
    integrity = findings.integrity if _is_sqlite(url) else "rows counted and cross-checked"
    rows = [
        ("kills (SIGKILL)", f"{summary.sigkill:,} of {summary.kills:,}"),
        ("  while writing (after a record, before finishing)", f"{summary.while_writing:,}"),
        ("  inside a unit of work, rolled back", f"{summary.mid_transaction:,}"),
        ("  after a commit returned, before it was printed", f"{summary.committed_unprinted:,}"),
        ("  between units of work (incl. checkpoints)", f"{summary.between_units:,}"),
        ("  while opening the database", f"{summary.while_opening:,}"),
        ("  after finishing and closing", f"{summary.finished:,}"),
        ("records printed (reported saved)", f"{summary.printed:,}"),
        ("records committed (present afterwards)", f"{summary.present:,}"),
        ("lost (printed, not present)", f"{summary.lost:,}"),
        ("half units of work and other problems", f"{len(findings.problems):,}"),
        ("integrity", integrity),
        ("foreign key problems", f"{findings.foreign_key_problems:,}"),
        ("edtrainer's own check", "ok" if report.ok else "; ".join(report.problems)),
        ("time", f"{run.seconds:.1f} s (+ {checking:.1f} s checking)"),
        ("kills per second", f"{summary.kills / run.seconds:.1f}"),
    ]
    for problem in findings.problems[:10]:
        rows.append(("  problem", problem))
    return rows, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="how many children to kill (default 1000)")
    parser.add_argument("--database", help="an empty PostgreSQL database to run on as well (or a new SQLite file "
                                           "instead of bench/out/crash.sqlite3)")
    parser.add_argument("--seed", type=int, help="the plan of the kills (default: a new one each run)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)

    targets: list[tuple[str, contextlib.AbstractContextManager[str]]] = []
    if args.database and _is_sqlite(args.database):
        path = Path(args.database.split("///", 1)[-1]).expanduser().resolve()
        targets.append(("SQLite", fresh_sqlite(path, replace=False)))
    else:
        targets.append(("SQLite", fresh_sqlite(OUT / "crash.sqlite3", replace=True)))
    if args.database and not _is_sqlite(args.database):
        targets.append(("PostgreSQL", contextlib.nullcontext(args.database)))
    elif os.environ.get("EDTRAINER_TEST_DATABASE_URL", "").strip():
        targets.append(("PostgreSQL", scratch_postgres(os.environ["EDTRAINER_TEST_DATABASE_URL"].strip())))

    all_ok = True
    print(f"crash test: {args.kills:,} SIGKILLs per database, seed {seed}")
    for label, target in targets:
        with target as url:
            print(f"\n{label}: {describe(resolve_url(url))}", flush=True)
            rows, ok = bench(url, args.kills, seed)
        for what, value in rows:
            print(f"  {what:<52} {value}")
        print(f"  {'result':<52} {'PASS' if ok else 'FAIL'}")
        all_ok &= ok
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""What keeping the data safe costs: the integrity check on open (and what the memo of the last good check
saves), a verified backup against a plain file copy, and a restore.

    .venv/bin/python bench/generate.py        # once: bench/out/large.sqlite3
    .venv/bin/python bench/safety.py          # or: bench/safety.py path/to/a.sqlite3

Prints each figure beside its baseline in the same run, so the ratio holds on any machine. Works on a copy
in a temporary folder; the large database itself is not changed.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out" / "large.sqlite3"
    if not source.exists():
        sys.exit(f"{source} is missing: run bench/generate.py first")
    work = Path(tempfile.mkdtemp(prefix="edt-safety-"))
    os.environ["EDTRAINER_DATA_DIR"] = str(work / "data")
    os.environ["EDTRAINER_CONFIG_DIR"] = str(work / "config")
    from edtrainer.core import backups, integrity
    from edtrainer.core.db import known_revisions, open_database

    db_path = work / "edtrainer.sqlite3"
    shutil.copyfile(source, db_path)
    size_mb = db_path.stat().st_size / 1e6
    print(f"database: {source} ({size_mb:.0f} MB), copied to {work}")

    def open_checked() -> None:
        integrity.forget(db_path)
        open_database(db_path, upgrade=False).dispose(checkpoint=False)

    def open_remembered() -> None:
        open_database(db_path, upgrade=False).dispose(checkpoint=False)

    open_remembered()  # the first open checks and remembers
    quick = timed(lambda: integrity.check(db_path), 5)
    full = timed(lambda: integrity.check(db_path, full=True), 3)
    checked = timed(open_checked, 5)
    remembered = timed(open_remembered, 9)
    print(f"quick_check:                    {quick:8.1f} ms")
    print(f"integrity_check (full):         {full:8.1f} ms")
    print(f"open, file changed (checks):    {checked:8.1f} ms")
    print(f"open, unchanged (memo):         {remembered:8.1f} ms   {checked / remembered:5.1f}x faster")

    n = [0]

    def plain_copy() -> None:
        n[0] += 1
        shutil.copyfile(db_path, work / f"plain-{n[0]}.sqlite3")

    def verified() -> None:
        backups.make(db_path, reason="manual", folder=work / "backups")

    (work / "backups").mkdir()
    copy_ms = timed(plain_copy, 3)
    backup_ms = timed(verified, 3)
    print(f"plain file copy (baseline):     {copy_ms:8.1f} ms")
    print(f"verified backup:                {backup_ms:8.1f} ms   {backup_ms / copy_ms:5.1f}x the plain copy "
          "(online backup API, integrity_check, fsync, SHA-256, rename)")
    newest = backups.list_backups(work / "backups", stem="edtrainer")[0]
    restore_ms = timed(lambda: backups.restore(db_path, newest.path, known_revisions=known_revisions(),
                                               folder=work / "backups"), 1)
    print(f"restore (incl. safety backup):  {restore_ms:8.1f} ms   {restore_ms / copy_ms:5.1f}x the plain copy")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Restoring a backup: check it, save what is there now, put it in place, and prove the result equal.

A damaged database is never restored over without first being put aside whole.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edtrainer.core import cipher, clock, integrity
from edtrainer.core.backups.making import copy_verified, make
from edtrainer.core.backups.store import SUFFIX, Backup, _fsync_path, _parse, inspect_file
from edtrainer.core.errors import DamagedError, FileError


def content_hash(path: Path | str) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a SHA-256 over all of them in key order (the restore drill)."""
    conn = cipher.connect(Path(path), read_only=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for table in tables:
            digest = hashlib.sha256()
            count = 0
            try:  # in the order of the row ids: no sorting, and the same in a file and its exact copy
                cursor = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
            except cipher.OperationalError:  # a table without row ids (none of edtrainer's): every column
                width = len(conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
                order = ", ".join(str(i) for i in range(1, width + 1))
                cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
            while batch := cursor.fetchmany(20_000):  # whole batches through repr(): a million rows in seconds
                digest.update(repr(batch).encode())
                count += len(batch)
            out[table] = (count, digest.hexdigest())
        return out
    finally:
        conn.close()


# Bytes of the first page that say how the file is used, not what it holds: the journal mode (18-19),
# the change counter (24-27), the schema cookie that tells other connections to re-read the schema (40-43:
# the backup API counts it up) and the SQLite version that last wrote the file (92-99).
_HEADER_NOISE = (*range(18, 20), *range(24, 28), *range(40, 44), *range(92, 100))


def same_pages(a: Path | str, b: Path | str) -> bool:
    """Two SQLite files hold exactly the same pages (what SQLite's backup API makes: a page-for-page copy).
    Byte for byte but for the few header bytes that record how a file is used; with its write-ahead log
    folded in, ``a`` then holds exactly what ``b`` holds. Fast: a read of both files, no rows decoded."""
    a, b = Path(a), Path(b)
    if a.stat().st_size != b.stat().st_size or Path(f"{a}-wal").exists() and Path(f"{a}-wal").stat().st_size:
        return False
    with a.open("rb") as fa, b.open("rb") as fb:
        first_a, first_b = bytearray(fa.read(100)), bytearray(fb.read(100))
        for i in _HEADER_NOISE:
            first_a[i] = first_b[i] = 0
        if first_a != first_b:
            return False
        while True:
            block_a, block_b = fa.read(1 << 20), fb.read(1 << 20)
            if block_a != block_b:
                return False
            if not block_a:
                return True


@dataclass
class RestoreReport:
    restored_from: Path
    counts: dict[str, int]
    revision: str | None
    safety_backup: Path | None = None  #: the current data, backed up first
    put_aside: Path | None = None  #: a damaged current file, renamed aside whole
    reapplied: Any = None  #: what was carried over from before (see ``services.restoring``)


def check_backup(path: Path | str, *, known_revisions: set[str] | None = None) -> Backup:
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileError("file_missing", path=str(path))
    health, counts, revision = inspect_file(path)
    if not health.ok and "not a database" in health.detail:  # another kind of file: not damaged, just not ours
        raise FileError("backup_not_edtrainer", path=str(path))
    if not health.ok:
        raise DamagedError("backup_damaged", path=str(path), detail=health.detail)
    if revision is None:
        raise FileError("backup_not_edtrainer", path=str(path))
    if known_revisions is not None and revision not in known_revisions:
        raise FileError("backup_newer", path=str(path), revision=revision)
    backup = _parse(path) or Backup(path=path, created=dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone(),
                                    size=path.stat().st_size, verified=False)
    backup.counts, backup.revision = counts, revision
    return backup


def _page_size(path: Path) -> int:
    conn = cipher.connect(path, read_only=True)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _restore_error(exc: BaseException, db_path: Path) -> FileError:
    """Why a restore did not happen, in words (the database is as it was)."""
    from edtrainer.core import i18n

    name = getattr(exc, "sqlite_errorname", "")
    if getattr(exc, "errno", None) == errno.ENOSPC or name == "SQLITE_FULL" or "disk is full" in str(exc):
        reason = i18n.text("reason_disk_full")
    elif isinstance(exc, OSError):
        reason = i18n.os_reason(exc)
    elif name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
        reason = i18n.text("reason_read_only")
    elif name.startswith("SQLITE_BUSY"):
        reason = i18n.text("reason_busy")
    else:
        reason = i18n.text("reason_unexpected")
    return FileError("restore_failed", path=str(db_path), reason=reason)


def _fold_log(db_path: Path) -> None:
    conn = cipher.connect(db_path, timeout=15)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _put_aside_logs(db_path: Path) -> None:
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("-wal", "-journal"):
        extra = Path(f"{db_path}{suffix}")
        if extra.exists() and extra.stat().st_size > 0:
            os.replace(extra, db_path.with_name(f"{db_path.stem}-{stamp}-orphaned{SUFFIX}{suffix}"))


def _put_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) aside, whole, for whoever wants to rescue from it."""
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}-{stamp}-damaged{SUFFIX}")
    n = 2
    while aside.exists():
        aside = db_path.with_name(f"{db_path.stem}-{stamp}-damaged-{n}{SUFFIX}")
        n += 1
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{db_path}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{aside}{suffix}"))
    os.replace(db_path, aside)
    return aside


def restore(db_path: Path | str, backup_path: Path | str, *, known_revisions: set[str] | None = None,
            folder: Path | str | None = None) -> RestoreReport:
    """Put a backup in place of the database file, after checking it and saving what is there now.

    A whole database is first backed up (reason ``before-restore``), then overwritten through SQLite's
    backup API: one transaction, so other connections see either the old or the restored data, and a crash
    half-way leaves the old. A damaged one is renamed aside whole and a verified copy of the backup is
    renamed into its place. Afterwards every table must equal the backup's, row for row.
    """
    db_path, backup_path = Path(db_path), Path(backup_path).expanduser()
    backup = check_backup(backup_path, known_revisions=known_revisions)
    if backup_path.resolve() == db_path.resolve():
        raise FileError("restore_same_file", path=str(db_path))
    report = RestoreReport(restored_from=backup_path, counts=backup.counts, revision=backup.revision)
    whole = db_path.exists() and integrity.check(db_path).ok
    if whole:
        report.safety_backup = make(db_path, reason="before-restore", folder=folder, keep=(backup_path,)).path
    if whole and cipher.is_encrypted(db_path) == cipher.is_encrypted(backup_path) \
            and _page_size(db_path) == _page_size(backup_path):
        src = cipher.connect(backup_path, read_only=True)
        dest = cipher.connect(db_path, timeout=15)
        try:
            dest.execute("PRAGMA busy_timeout=15000")
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except cipher.Error as exc:
            raise _restore_error(exc, db_path) from exc
        finally:
            dest.close()
            src.close()
    else:
        # A damaged file (or one SQLite cannot copy into: another page size) is swapped whole: a checked
        # copy under a hidden name beside it, then renamed into its place.
        staged = db_path.with_name(f".{db_path.name}.restoring.{os.getpid()}.part")
        staged.unlink(missing_ok=True)
        copy_verified(backup_path, staged)
        try:
            if whole:  # saved above; its log folded in and emptied, so nothing of it is left to apply
                _fold_log(db_path)
            elif db_path.exists():
                report.put_aside = _put_aside(db_path)
            else:
                _put_aside_logs(db_path)  # a log without its file: never apply it to the restored file
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
            os.chmod(db_path, 0o600)
            _fsync_path(db_path.parent, directory=True)
        except cipher.FileOrDatabaseError as exc:
            staged.unlink(missing_ok=True)
            raise _restore_error(exc, db_path) from exc
    if not same_pages(db_path, backup_path) and content_hash(db_path) != content_hash(backup_path):
        raise DamagedError("restore_mismatch", path=str(db_path), detail=str(backup_path))
    integrity.remember_good(db_path)
    return report

"""Verified, thinned backups of the SQLite file, and restoring one (Anki's and KeePassXC's way).

A backup is made with SQLite's online backup API (consistent while the app is open) into a hidden
temporary file in the backup folder, checked with ``integrity_check``, written to disk (fsync), and only
then renamed into place; an old backup is never deleted before the new one is proven good. A small JSON
file beside each backup records when it was made, why, its size, SHA-256, schema revision and how many
trainees, cohorts and sessions it holds (for the Restore dialog). Temporary files of a backup that was
interrupted (a crash, a full disk) are removed at the next start.

Thinning keeps every backup of the last day, then the newest of each day for 14 days, of each week for 8
weeks and of each month for 12 months; the newest backup always stays.

A damaged database is never backed up (its copy would push good backups out), and never restored over
without first being put aside whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from edtrainer.core import cipher, clock, integrity, preferences
from edtrainer.core.errors import DamagedError, FileError

SUFFIX = ".sqlite3"
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9-]+))?\.sqlite3$")
PARTIAL = re.compile(r"^\..+\.(?P<pid>\d+)\.part(?:-journal|-wal|-shm)?$")
LEFTOVER_AGE = dt.timedelta(hours=1)
COUNTED = (("trainees", "trainee"), ("cohorts", "cohort"), ("sessions", "cohort_session"))

# Why a backup was made: part of its file name, and shown in the Restore dialog.
REASONS = ("auto", "close", "manual", "before-upgrade", "before-restore", "before-demo-removal", "before-erasure",
           "before-import", "before-exchange")


@dataclass
class Backup:
    path: Path
    created: dt.datetime
    size: int
    verified: bool
    reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    sha256: str | None = None
    source: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["created"] = self.created.isoformat(timespec="seconds")
        return data


def folder_for(folder: Path | str | None = None) -> Path:
    """The backup folder: the one given, else the preferences' (made if it is the default one)."""
    if folder is not None:
        return Path(folder).expanduser()
    return preferences.backups_dir()


def _ensure_folder(folder: Path) -> None:
    from edtrainer.core.files import tighten

    if folder.is_dir():
        tighten(folder, 0o700)
        return
    default = preferences.Preferences().backups_dir()
    if folder.resolve() == default.resolve():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return
    # A folder the user chose (a USB stick, a network share) that is not there: say so, never guess.
    raise FileError("backup_folder_missing", path=str(folder))


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its rename is flushed with the file
    # A file is opened for writing: Windows flushes only a handle that may write (fsync on a read-only one
    # fails there); a folder is opened read-only, as POSIX asks.
    flags = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if directory else (os.O_RDWR | getattr(os, "O_BINARY", 0))
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inspect_file(path: Path) -> tuple[integrity.Health, dict[str, int], str | None]:
    """A backup file's integrity (the full check), its counts and its schema revision, read-only."""
    health = integrity.check(path, full=True)
    counts: dict[str, int] = {}
    revision = None
    if not health.ok:
        return health, counts, revision
    conn = cipher.connect(path, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for key, table in COUNTED:
            if table in tables:
                counts[key] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except cipher.Error as exc:
        return integrity.Health(False, str(exc)), {}, None
    finally:
        conn.close()
    return health, counts, revision


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _write_sidecar(backup: Backup) -> None:
    from edtrainer.core.files import write_private

    data = backup.as_dict()
    data.pop("path")
    write_private(_sidecar(backup.path), (json.dumps(data, indent=1) + "\n").encode(), overwrite=True)


def _cleanup_partial(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _os_error(exc: BaseException, where: Path) -> FileError:
    """A failed write as a sentence: full disk, read-only folder, or the system's own words."""
    code = getattr(exc, "errno", None)
    name = getattr(exc, "sqlite_errorname", "")
    if code == errno.ENOSPC or name == "SQLITE_FULL" or "disk is full" in str(exc):
        return FileError("backup_disk_full", path=str(where))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or name.startswith("SQLITE_READONLY") \
            or name.startswith("SQLITE_CANTOPEN"):
        return FileError("backup_folder_read_only", path=str(where))
    return FileError("backup_failed", path=str(where), reason=getattr(exc, "strerror", None) or str(exc))


def copy_verified(source: Path, target: Path, *, progress: Callable[[int, int], None] | None = None,
                  reason: str = "manual", overwrite: bool = False) -> Backup:
    """Copy ``source`` to ``target`` through a verified temporary file. An existing ``target`` is refused,
    or with ``overwrite`` replaced only once the new copy is proven good (it is never deleted first)."""
    source, target = Path(source), Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise FileError("backup_onto_database", path=str(target))
    health = integrity.check(source)
    if not health.ok:
        raise DamagedError("backup_of_damaged", path=str(source), detail=health.detail)
    if target.exists() and not overwrite:
        raise FileError("file_exists", path=str(target))
    if not target.parent.is_dir():
        raise FileError("folder_missing", path=str(target.parent))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        src = cipher.connect(source, read_only=True, timeout=15)
        dest = cipher.connect(tmp, encrypted=cipher.is_encrypted(source))  # a backup is as private as its source
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dest, pages=4096, progress=step)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
            src.close()
        health, counts, revision = inspect_file(tmp)
        if not health.ok:
            raise FileError("backup_unverified", path=str(target), detail=health.detail)
        _fsync_path(tmp)
        digest = _sha256(tmp)
        os.replace(tmp, target)
        _fsync_path(target.parent, directory=True)
    except cipher.FileOrDatabaseError as exc:
        _cleanup_partial(tmp)
        raise _os_error(exc, target.parent) from exc
    except BaseException:
        _cleanup_partial(tmp)
        raise
    return Backup(path=target, created=clock.now().astimezone(), size=target.stat().st_size, verified=True,
                  reason=reason, counts=counts, revision=revision, sha256=digest, source=str(source.resolve()))


def make(source: Path | str, *, reason: str, folder: Path | str | None = None,
         progress: Callable[[int, int], None] | None = None, keep: tuple[Path, ...] = ()) -> Backup:
    """A verified backup of ``source`` into the backup folder; older ones thinned afterwards (never those in
    ``keep``: the backup a restore is about to put back)."""
    assert reason in REASONS, reason
    source = Path(source)
    target_folder = folder_for(folder)
    _ensure_folder(target_folder)
    clean_leftovers(target_folder)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    target = target_folder / f"{source.stem}-{stamp}-{reason}{SUFFIX}"
    n = 2
    while target.exists():
        target = target_folder / f"{source.stem}-{stamp}-{reason}-{n}{SUFFIX}"
        n += 1
    backup = copy_verified(source, target, progress=progress, reason=reason)
    try:
        _write_sidecar(backup)
    except OSError as exc:  # the backup itself is good; without its note it lists as unverified
        raise _os_error(exc, target_folder) from exc
    thin(target_folder, stem=source.stem, source=source, keep=keep)
    return backup


def _parse(path: Path) -> Backup | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone()
    backup = Backup(path=path, created=created, size=st.st_size, verified=False, reason=match["reason"] or "")
    try:
        note = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return backup
    if isinstance(note, dict):
        with contextlib.suppress(TypeError, ValueError):
            backup.created = dt.datetime.fromisoformat(note["created"])
        # Verified means: checked when made, and still the very same size (a full hash is for restore).
        backup.verified = bool(note.get("verified")) and note.get("size") == st.st_size
        backup.counts = note.get("counts") or {}
        backup.revision = note.get("revision")
        backup.sha256 = note.get("sha256")
        backup.source = note.get("source")
    return backup


def stem_of(match_path: Path) -> str:
    match = NAME.match(match_path.name)
    return match["stem"] if match else match_path.stem


def list_backups(folder: Path | str | None = None, *, stem: str | None = None,
                 source: Path | str | None = None) -> list[Backup]:
    """The backups in the folder, newest first: of one database (its file name's stem, and where known,
    its path; a backup of a file that is no longer where it was counts as this one's: the data folder was
    moved), or all of them."""
    target_folder = folder_for(folder)
    if not target_folder.is_dir():
        return []
    wanted_source = str(Path(source).resolve()) if source is not None else None
    found = []
    for path in target_folder.glob(f"*{SUFFIX}"):
        if path.name.startswith("."):
            continue
        backup = _parse(path)
        if backup is None or (stem is not None and stem_of(path) != stem):
            continue
        if (wanted_source and backup.source and backup.source != wanted_source and Path(backup.source).exists()
                and target_folder != Path(wanted_source).parent / "backups"):
            # Another database of the same name, still there. A database that was moved or renamed counts as
            # this one, and so does one whose data folder was copied: the backups beside it are its own.
            continue
        found.append(backup)
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest(folder: Path | str | None = None, *, stem: str, source: Path | str | None = None) -> Backup | None:
    backups = list_backups(folder, stem=stem, source=source)
    return backups[0] if backups else None


def newest_good(folder: Path | str | None = None, *, stem: str, source: Path | str | None = None) -> Backup | None:
    """The newest backup that passes a check now (the verified ones first: no need to read them all)."""
    backups = list_backups(folder, stem=stem, source=source)
    for backup in sorted(backups, key=lambda b: (not b.verified, -b.created.timestamp())):
        if integrity.check(backup.path).ok:
            return backup
    return None


def due(folder: Path | str | None, *, stem: str, source: Path | str | None = None, minutes: int) -> bool:
    """True when there is no backup yet, or the newest is older than ``minutes``. A backup dated in the
    future (a clock that was wrong) does not count: it must not stop the backups for as long as it is ahead."""
    now = clock.now()
    made = [b for b in list_backups(folder, stem=stem, source=source) if b.created <= now + dt.timedelta(minutes=1)]
    return not made or now - made[0].created >= dt.timedelta(minutes=minutes)


KEEP_DAYS = 366  #: the oldest backup thinning keeps (one a month for a year)
SAFETY_DAYS = 14  #: a backup made before an upgrade, restore, demo removal, erasure or import stays this long


def to_keep(backups: list[Backup], now: dt.datetime) -> set[Path]:
    """The thinning rule: all of the last day, then the newest per day (14 days), per ISO week (8 weeks)
    and per month (12 months); the newest always. A backup made just before something drastic (its
    reason starts with ``before-``) stays 14 days whatever else was made since: it is the way back."""
    keep: set[Path] = set()
    seen: set[tuple[Any, ...]] = set()
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    if ordered:
        keep.add(ordered[0].path)
    for backup in ordered:
        age = now - backup.created
        local = backup.created.astimezone()
        if age <= dt.timedelta(days=1) or (backup.reason.startswith("before-")
                                           and age <= dt.timedelta(days=SAFETY_DAYS)):
            keep.add(backup.path)
            continue
        if age <= dt.timedelta(days=14):
            bucket: tuple[Any, ...] = ("day", local.date())
        elif age <= dt.timedelta(weeks=8):
            bucket = ("week", *local.isocalendar()[:2])
        elif age <= dt.timedelta(days=KEEP_DAYS):
            bucket = ("month", local.year, local.month)
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(backup.path)
    return keep


def thin(folder: Path | str | None = None, *, stem: str, source: Path | str | None = None,
         now: dt.datetime | None = None, keep: tuple[Path, ...] = ()) -> list[Path]:
    """Delete the backups the thinning rule does not keep; returns what went. Only backups known to be of
    this database (their note names it as their source) are thinned: what edtrainer cannot attribute, it
    leaves alone."""
    wanted = str(Path(source).resolve()) if source is not None else None
    backups = [b for b in list_backups(folder, stem=stem, source=source)
               if wanted is None or b.source == wanted]
    from edtrainer.core.files import tighten

    for backup in backups:  # backups copied in by hand or left by an older version: the user's only
        tighten(backup.path, 0o600)
        tighten(_sidecar(backup.path), 0o600)
    kept = to_keep(backups, now or clock.now()) | {Path(k).resolve() for k in keep} | set(keep)
    removed = []
    for backup in backups:
        if backup.path in kept or backup.path.resolve() in kept:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            _sidecar(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # rely on the age alone there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(folder: Path | str | None = None) -> list[Path]:
    """Remove the temporary files of backups that were interrupted: their process is gone (on Windows, where
    that cannot be asked, when they are an hour old). A process that still runs is still copying."""
    target_folder = folder_for(folder)
    removed: list[Path] = []
    if not target_folder.is_dir():
        return removed
    now = time.time()  # compared with the files' own times, which the system writes: not edtrainer's clock
    for path in target_folder.iterdir():
        match = PARTIAL.match(path.name)
        if match is None:
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        gone = age > LEFTOVER_AGE.total_seconds() if os.name == "nt" else not _pid_alive(int(match["pid"]))
        if gone:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


# --- restoring -----------------------------------------------------------------------------------------

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

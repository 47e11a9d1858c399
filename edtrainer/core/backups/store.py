"""The backup folder: what a backup is, its note beside it, and which backups are there.

A small JSON file beside each backup records when it was made, why, its size, SHA-256, schema revision and
how many trainees, cohorts and sessions it holds (for the Restore dialog).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from edtrainer.core import cipher, clock, integrity, preferences
from edtrainer.core.errors import FileError

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


"""Making a verified backup (Anki's and KeePassXC's way).

A backup is made with SQLite's online backup API (consistent while the app is open) into a hidden
temporary file in the backup folder, checked with ``integrity_check``, written to disk (fsync), and only
then renamed into place; an old backup is never deleted before the new one is proven good. A damaged
database is never backed up (its copy would push good backups out).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from edtrainer.core import cipher, clock, integrity
from edtrainer.core.backups.store import (
    REASONS,
    SUFFIX,
    Backup,
    _cleanup_partial,
    _ensure_folder,
    _fsync_path,
    _sha256,
    _write_sidecar,
    folder_for,
    inspect_file,
)
from edtrainer.core.backups.thinning import clean_leftovers, thin
from edtrainer.core.errors import DamagedError, FileError


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


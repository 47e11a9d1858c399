"""Turning encryption of the SQLite file on, off, or to another passphrase, with its backups.

The database is copied into a new file with SQLCipher's ``sqlcipher_export`` (encrypted with the new
passphrase, or plain), the copy is compared with the original table by table, written to disk, and only
then renamed over it: a failure half-way leaves the database as it was. Every backup of this database is
converted the same way, so no plain copy of the data stays behind in the backup folder; a backup that
cannot be read (damaged) is named in the report and left for the user to delete. Nothing else may have
the file open meanwhile (a second edtrainer, a sync program): its writes would be lost.

The passphrase is never stored. The conversion is noted in the audit log (who, when, on or off), without it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edtrainer.core import audit, backups, cipher, integrity
from edtrainer.core.backups import store as backup_store
from edtrainer.core.errors import DamagedError, DatabaseError, ValidationError

_UNCONVERTIBLE: tuple[type[Exception], ...] = (DatabaseError, DamagedError, *cipher.FileOrDatabaseError)


@dataclass
class EncryptionReport:
    encrypted: bool
    backups: int = 0  #: backups converted along
    unreadable: list[Path] = field(default_factory=list)  #: backups that could not be converted (damaged)


def _convert(path: Path, passphrase: str | None) -> None:
    """``path`` replaced by its converted copy, once the copy is proven to hold the same rows."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")  # cleaned up at the next start if left behind
    backup_store._cleanup_partial(tmp)
    try:
        cipher.export(path, tmp, passphrase=passphrase)
        if backups.content_hash(tmp) != backups.content_hash(path):
            raise DamagedError("db_convert_mismatch", where=str(path))
        backup_store._fsync_path(tmp)
        os.chmod(tmp, 0o600)
        for suffix in ("-wal", "-shm", "-journal"):  # emptied by the checkpoint; they belong to the old file
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
        backup_store._fsync_path(path.parent, directory=True)
    except BaseException:
        backup_store._cleanup_partial(tmp)
        raise


def set_encryption(db: Any, passphrase: str | None, *, actor: str | None = None,
                   folder: Path | str | None = None) -> EncryptionReport:
    """Encrypt the SQLite database ``db`` (and its backups) with ``passphrase``; give another passphrase to an
    encrypted one; or with None, store it plain again. ``db`` is reopened afterwards."""
    if not db.is_sqlite:
        raise DatabaseError("encrypt_sqlite_only")
    if not cipher.available():
        raise DatabaseError("db_cipher_missing", where=db.where)
    path: Path = db.path
    was_encrypted = cipher.is_encrypted(path)
    if passphrase is None and not was_encrypted:
        raise ValidationError("db_not_encrypted", field="passphrase")
    if passphrase is not None:
        cipher.check_passphrase(passphrase)
    if db.read_only:
        raise DamagedError("db_read_only_damaged", where=db.where)
    health = integrity.check(path)
    if not health.ok:
        raise DamagedError("db_damaged_no_convert", where=db.where, detail=health.detail)
    with db.uow(actor, write=True) as uow:
        audit.record(uow.session, action="encrypt" if passphrase is not None else "decrypt", entity="database",
                     entity_id=None, details={"before": "encrypted" if was_encrypted else "plain"})
        uow.commit()
    db.checkpoint(required=True)
    db.only_user(wait_ms=5000, key="db_in_use_convert")  # closes this program's own connections too
    report = EncryptionReport(encrypted=passphrase is not None)
    _convert(path, passphrase)
    integrity.remember_good(path)
    for backup in backups.list_backups(folder, stem=path.stem, source=path):
        try:
            _convert(backup.path, passphrase)
        except _UNCONVERTIBLE:
            report.unreadable.append(backup.path)
            continue
        backup.size = backup.path.stat().st_size
        backup.sha256 = backup_store._sha256(backup.path)
        backup_store._write_sidecar(backup)
        report.backups += 1
    cipher.set_passphrase(passphrase)
    db.reopen()
    return report

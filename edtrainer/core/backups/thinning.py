"""Retention: thinning old backups, and clearing what interrupted backups left behind.

Thinning keeps every backup of the last day, then the newest of each day for 14 days, of each week for 8
weeks and of each month for 12 months; the newest backup always stays. Temporary files of a backup that
was interrupted (a crash, a full disk) are removed at the next start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from pathlib import Path
from typing import Any

from edtrainer.core import clock
from edtrainer.core.backups.store import LEFTOVER_AGE, PARTIAL, Backup, _sidecar, folder_for, list_backups

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



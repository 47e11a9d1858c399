"""Is a SQLite file whole? ``PRAGMA quick_check``, run only when the file changed since its last good check.

A damaged file must be found before anything writes to it: a write (even an audit row) can spread the
damage, and a migration or a backup of a damaged file makes things worse. So the file is checked on
open when it changed since the last good check (its size and modification time, and those of its
write-ahead log, are remembered in ``integrity.json`` in the data folder), and always before a
migration, a backup, a restore and an erasure. A check opens the file read-only: it never changes a byte
of it.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edtrainer import paths
from edtrainer.core import cipher, clock


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str = ""  #: SQLite's own words for the damage (a few lines at most), empty when whole

    def __bool__(self) -> bool:
        return self.ok


def read_only_uri(path: Path) -> str:
    """A URI that opens the file read-only (SQLite may still make an empty -wal/-shm beside it)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def check(path: Path | str, *, full: bool = False, timeout: float = 15.0) -> Health:
    """``quick_check`` (or the slower ``integrity_check``, which also compares indexes with their tables)."""
    path = Path(path)
    try:
        conn = cipher.connect(path, read_only=True, timeout=timeout)
    except cipher.Error as exc:
        raise _not_damage(exc, path) from None
    try:
        pragma = "integrity_check(5)" if full else "quick_check(5)"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except cipher.Error as exc:  # "file is not a database", "database disk image is malformed"
        name = getattr(exc, "sqlite_errorname", "")
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(exc):
            return Health(False, str(exc))
        raise _not_damage(exc, path) from None
    finally:
        conn.close()
    if rows == ["ok"]:
        return Health(True)
    return Health(False, _one_line(rows))


def _one_line(rows: list[str]) -> str:
    """SQLite's findings on one line, without its '*** in database main ***' headings."""
    lines = [line.strip() for row in rows for line in row.splitlines()
             if line.strip() and not line.startswith("***")]
    return "; ".join(lines[:3])


def _not_damage(exc: Exception, path: Path) -> Exception:
    """A file that cannot be read (missing, no access, read-only folder, locked) is not a damaged file."""
    from edtrainer.core.db_errors import explain, file_problem

    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in str(exc):
        return file_problem(path)
    return explain(exc, str(path)) or exc


def _state(path: Path) -> dict[str, int]:
    state: dict[str, int] = {}
    for suffix, key in (("", "db"), ("-wal", "wal")):
        try:
            st = Path(f"{path}{suffix}").stat()
        except FileNotFoundError:
            continue
        if key == "wal" and st.st_size == 0:
            continue  # an empty log comes and goes with every open and close; it holds nothing
        state[f"{key}_size"] = st.st_size
        state[f"{key}_mtime_ns"] = st.st_mtime_ns
    return state


def _memo_file() -> Path:
    return paths.data_dir() / "integrity.json"


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store(data: dict[str, Any]) -> None:
    from edtrainer.core.files import write_private

    # A memo that cannot be written only means the next open checks again.
    with contextlib.suppress(OSError):
        write_private(_memo_file(), json.dumps(data, indent=1).encode(), overwrite=True)


def remember_good(path: Path | str) -> None:
    """The file as it is now passed a check."""
    path = Path(path).resolve()
    data = _load()
    data[str(path)] = {**_state(path), "checked": clock.now().isoformat(timespec="seconds")}
    _store(data)


def forget(path: Path | str) -> None:
    data = _load()
    if data.pop(str(Path(path).resolve()), None) is not None:
        _store(data)


def unchanged_since_good_check(path: Path | str) -> bool:
    path = Path(path).resolve()
    memo = _load().get(str(path))
    if not isinstance(memo, dict):
        return False
    return {k: v for k, v in memo.items() if k != "checked"} == _state(path)


def check_on_open(path: Path | str) -> Health:
    """Quick when nothing changed since the last good check; otherwise ``quick_check``."""
    path = Path(path)
    if unchanged_since_good_check(path):
        return Health(True)
    health = check(path)
    if health.ok:
        remember_good(path)
    else:
        forget(path)
    return health

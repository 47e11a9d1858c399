"""Which schema revision this edtrainer makes and which one a database has, known without importing Alembic.

Importing Alembic (and the parts of SQLAlchemy only it needs) costs more than everything else edtrainer
does to open a database, while the schema is nearly always current already. So the revisions are read
from the migration files' own ``revision = "..."`` and ``down_revision = "..."`` lines, and the database's
from its ``alembic_version`` row; Alembic is imported only when an upgrade is really needed
(``db.Database.upgrade``) or for the full check (``edtrainer db check``). A test holds this reading equal
to what Alembic itself finds (``tests/test_schema.py``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from edtrainer import paths

_ASSIGNMENT = re.compile(r"""^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:None|(["'])([^"'\n]+)\2)\s*(?:#.*)?$""",
                         re.MULTILINE)


def revisions() -> dict[str, str | None]:
    """Every revision in the migrations folder, each with the one it follows (None for the first)."""
    folder = paths.migrations_dir() / "versions"
    return dict(_read(folder, folder.stat().st_mtime_ns))


@functools.cache
def _read(folder: Path, _changed: int) -> dict[str, str | None]:
    """Read once per folder and version of it (a revision added to the folder is seen)."""
    found: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        values: dict[str, str | None] = {}
        for match in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8")):
            values.setdefault(match.group(1), match.group(3))
        if values.get("revision"):
            found[str(values["revision"])] = values.get("down_revision")
    return found


def known_revisions() -> set[str]:
    """Every schema revision this version of edtrainer can open (and upgrade)."""
    return set(revisions())


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    found = revisions()
    heads = set(found) - {down for down in found.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations folder has {len(heads)} heads, not one: {sorted(heads)}")
    return heads.pop()


def current_revision(conn: Any) -> str | None:
    """The revision a database is at (its ``alembic_version`` row), or None for a database without one."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database is at more than one revision: {sorted(rows)}")
    return rows[0] if rows else None

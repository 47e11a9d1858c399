"""Knowing the schema is current without Alembic (core.schema): the revisions read from the migration files
are Alembic's own, a database behind them is still upgraded, and opening a current one imports no Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from edtrainer.core import schema
from edtrainer.core.db import Database, _sqlite_engine, alembic_config, open_database, resolve_url

ROOT = Path(__file__).resolve().parent.parent


def test_head_and_revisions_are_alembics_own() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert schema.revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}


def test_a_database_one_revision_behind_is_upgraded(tmp_path: Path) -> None:
    head = schema.head_revision()
    behind = schema.revisions()[head]
    assert behind is not None
    path = tmp_path / "behind.sqlite3"
    db = Database(resolve_url(path))
    engine = _sqlite_engine(db.url, foreign_keys=False)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, behind)
    engine.dispose()
    assert db.current_revision() == behind
    db.dispose()

    opened = open_database(path)
    try:
        assert opened.current_revision() == head
    finally:
        opened.dispose()


def test_opening_a_current_database_imports_no_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    open_database(path).dispose()  # made and upgraded to the head here, with Alembic
    code = ("import sys\nfrom edtrainer.core.db import open_database\n"
            f"db = open_database({str(path)!r})\nassert db.current_revision() == {schema.head_revision()!r}\n"
            "db.dispose()\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]", out.stdout

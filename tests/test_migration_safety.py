"""The SQLite/Alembic pitfalls of TOOLCHAIN.md, proven handled with throwaway revisions:
a batch migration rebuilding a parent table must not cascade-delete child rows, and a migration that
fails half-way must leave the database exactly as it was (no _alembic_tmp_ tables, same revision)."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from edtrainer import paths
from edtrainer.core import backups
from edtrainer.core.db import head_revision, open_database
from edtrainer.core.services import demo


def _with_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> str:
    """Copy the migrations, add revision 9001 running ``body``, and use the copy; returns the old head."""
    copy = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    lines = [
        "import sqlalchemy as sa",
        "from alembic import op",
        "",
        'revision = "9001"',
        f"down_revision = {head!r}",
        "branch_labels = None",
        "depends_on = None",
        "",
        "",
        "def upgrade():",
        textwrap.indent(textwrap.dedent(body).strip("\n"), "    "),
        "",
        "",
        "def downgrade():",
        "    pass",
        "",
    ]
    (copy / "versions" / "9001_extra.py").write_text("\n".join(lines))
    monkeypatch.setattr(paths, "migrations_dir", lambda: copy)
    return head


def _demo_database(path: Path):  # noqa: ANN202
    db = open_database(path)
    with db.uow() as uow:
        demo.create_demo(uow)
        uow.commit()
    return db


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("cohort_session", "attendance_mark", "enrolment", "session_trainer")}
    finally:
        con.close()


def test_batch_rebuild_of_a_parent_table_keeps_child_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    _demo_database(path).dispose()
    before = _counts(path)
    assert before["attendance_mark"] > 400
    _with_extra_revision(tmp_path, monkeypatch, '''
        with op.batch_alter_table("cohort_session", recreate="always") as batch:
            batch.add_column(sa.Column("room", sa.String(40), nullable=True))
    ''')
    db = open_database(path)  # upgrades to 9001: rebuilds cohort_session, whose marks cascade on delete
    assert db.current_revision() == "9001"
    db.dispose()
    assert _counts(path) == before


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    _demo_database(path).dispose()
    before = _counts(path)
    old_head = _with_extra_revision(tmp_path, monkeypatch, '''
        with op.batch_alter_table("enrolment", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.String(40), nullable=True))
        raise RuntimeError("simulated failure half-way")
    ''')
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(path)
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = [r[1] for r in con.execute("PRAGMA table_info(enrolment)")]
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    assert not [t for t in tables if t.startswith("_alembic_tmp")]
    assert "note" not in columns and revision == old_head
    assert _counts(path) == before
    # a backup was taken before the attempt
    (backup,) = backups.list_backups(stem="edtrainer")
    assert backup.reason == "before-upgrade" and backup.verified and backup.revision == old_head

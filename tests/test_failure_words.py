"""Every way the database can fail has its own sentence, in the user's language, saying what to do; the
command line gives it as one line with exit code 1, and nothing is half-done. Real failures: a full tmpfs,
a read-only mount, a file deleted while open, a held lock, and on a real PostgreSQL server a deadlock, a
row stored at the same moment and a connection cut by the server."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from clikit import run
from sqlalchemy import text

from edtrainer.core import engines, integrity
from edtrainer.core.db import Database, open_database, resolve_url
from edtrainer.core.errors import ConflictError, DatabaseError, EdtrainerError, RetryError, ValidationError
from edtrainer.core.services import programmes, sessions, trainees
from edtrainer.core.uow import RETRIES

from conftest import PG_URL, downgrade, fill_up, mount_tmpfs, unmount
from factories import make_world

RAW = ("Traceback", "Error", "sqlite3", "psycopg", "errno", "uq_", "constraint", "deadlock detected")




def one_plain_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("edtrainer: "), err
    assert not [r for r in RAW if r in err.replace(".sqlite3", "")], err
    return err


@pytest.fixture
def disk(tmp_path: Path, sqlite_template: Path):  # noqa: ANN201
    """An edtrainer database alone on a 2 MiB file system."""
    folder = tmp_path / "disk"
    if not mount_tmpfs(folder, "2m"):
        pytest.skip("a full disk needs root to mount a tmpfs")
    try:
        path = folder / "edtrainer.sqlite3"
        shutil.copyfile(sqlite_template, path)
        yield path
    finally:
        unmount(folder)


def test_a_full_disk(disk: Path, capsys) -> None:  # noqa: ANN001
    ballast = fill_up(disk.parent)
    code, out, err = run(capsys, "--database", str(disk), "demo")
    assert code == 1 and out == ""
    assert "schijf is vol" in one_plain_line(err)
    ballast.unlink()
    assert integrity.check(disk, full=True).ok
    with sqlite3.connect(disk) as conn:
        assert conn.execute("SELECT count(*) FROM programme").fetchone() == (0,), "nothing half-done"
    code, _out, err = run(capsys, "--lang", "en", "--database", str(disk), "demo")
    assert code == 0, err


def test_a_read_only_folder(read_only_folder: Path, sqlite_template: Path, capsys) -> None:  # noqa: ANN001
    source = read_only_folder.parent / "read-only-source"
    if source.is_dir():  # the bind mount shows what is in its source
        shutil.copyfile(sqlite_template, source / "edtrainer.sqlite3")
    path = read_only_folder / "edtrainer.sqlite3"
    for argv in (["cohorts", "list"], ["demo"]):
        code, out, err = run(capsys, "--database", str(path), *argv)
        assert code == 1 and out == ""
        assert "alleen-lezen" in one_plain_line(err)
    code, out, err = run(capsys, "--database", str(read_only_folder / "new.sqlite3"), "demo")
    assert code == 1 and "alleen-lezen" in one_plain_line(err)


def test_a_file_deleted_while_open(sqlite_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(path)
    try:
        with database.uow() as uow:
            programmes.list_programmes(uow)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        with pytest.raises(DatabaseError) as err, database.uow(write=True) as uow:
            programmes.create_programme(uow, name="Na verwijderen", code="NV", certificate_title="x")
            uow.commit()
        assert err.value.key in ("db_file_moved", "db_cannot_open", "db_io_error"), err.value.key
        assert "verplaatst of verwijderd" in str(err.value) or "bestaat niet" in str(err.value)
    finally:
        database.dispose(checkpoint=False)


def test_a_database_another_program_holds_locked(sqlite_template: Path, tmp_path: Path, capsys,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_template, path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(capsys, "--database", str(path), "issuer", "set", "--organisation", "Sterk",
                             "--place", "Veendam")
        assert code == 1 and "probeer het" in one_plain_line(err).lower()
        database = Database(resolve_url(path))
        try:
            with pytest.raises(ConflictError, match="niets opgeslagen"), database.uow(write=True):
                pass
        finally:
            database.dispose(checkpoint=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --- PostgreSQL -----------------------------------------------------------------------------------------

pg = pytest.mark.skipif(not PG_URL, reason="PostgreSQL: EDTRAINER_TEST_DATABASE_URL is not set")


def _two_trainees(url: str) -> tuple[Database, list[int]]:
    database = Database(resolve_url(url))
    w = make_world(database, sessions_past=2)
    return database, w.trainee_ids[:2]


def _cross_update(database: Database, first: int, second: int, barrier: threading.Barrier, phone: str,
                  *, retry: bool) -> BaseException | None:
    attempts = [0]

    def work(uow) -> None:  # noqa: ANN001
        attempts[0] += 1
        trainees.update_trainee(uow, trainee_id=first, phone=phone)
        uow.flush()
        if attempts[0] == 1:  # both hold their first row, then each reaches for the other's
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait()
        trainees.update_trainee(uow, trainee_id=second, phone=phone)
        uow.flush()

    try:
        if retry:
            database.run(work)
        else:
            with database.uow(write=True) as uow:
                work(uow)
                uow.commit()
    except BaseException as exc:  # noqa: BLE001
        return exc
    return None


@pg
@pytest.mark.postgres
@pytest.mark.parametrize("retry", [False, True], ids=["said", "run-again"])
def test_a_deadlock(pg_url: str, retry: bool) -> None:
    from edtrainer.core.db import open_database as opened

    opened(pg_url).dispose()
    database, (a, b) = _two_trainees(pg_url)
    try:
        barrier = threading.Barrier(2)
        results: list[BaseException | None] = [None, None]
        before = RETRIES["count"]
        threads = [threading.Thread(target=lambda i=i, x=x, y=y, p=p: results.__setitem__(
                       i, _cross_update(database, x, y, barrier, p, retry=retry)))
                   for i, (x, y, p) in enumerate(((a, b, "0598 111111"), (b, a, "0598 222222")))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        barrier.abort()
        if retry:
            assert results == [None, None], results
            assert RETRIES["count"] > before, "one of the two ran again"
        else:
            failed = [r for r in results if r is not None]
            assert len(failed) == 1 and isinstance(failed[0], RetryError), results
            message = failed[0].message("nl")
            assert "tegelijk" in message and "niets opgeslagen" in message
            assert not [r for r in RAW if r in message]
    finally:
        database.dispose()


@pg
@pytest.mark.postgres
def test_a_mark_stored_at_the_same_moment(pg_url: str) -> None:
    from edtrainer.core.db import open_database as opened

    opened(pg_url).dispose()
    database = Database(resolve_url(pg_url))
    try:
        w = make_world(database, sessions_past=2)
        sid, eid = w.session_ids[0], w.enrolment_ids[0]
        first = database.uow(write=True)
        with first:
            sessions.record_attendance(first, session_id=sid, enrolment_id=eid, status="present")
            outcome: list[BaseException | None] = []

            def second() -> None:
                try:
                    database.run(lambda uow: sessions.record_attendance(uow, session_id=sid, enrolment_id=eid,
                                                                        status="late"))
                    outcome.append(None)
                except BaseException as exc:  # noqa: BLE001
                    outcome.append(exc)

            thread = threading.Thread(target=second)
            thread.start()
            _until_waiting_for_a_lock(database)  # the second waits for the first transaction's row
            first.commit()
        thread.join(timeout=30)
        (error,) = outcome
        assert isinstance(error, ValidationError) and error.key == "mark_exists", error
        assert not [r for r in RAW if r in error.message("nl")]
    finally:
        database.dispose()


def _until_waiting_for_a_lock(database: Database) -> None:
    """Poll the server (not a timed wait: those never end under faketime) until a transaction waits."""
    import time

    for _ in range(400):
        with database.engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).scalar():
                return
        time.sleep(0.025)
    raise AssertionError("the second transaction never waited for the first")


@pg
@pytest.mark.postgres
def test_a_server_that_goes_away(pg_url: str, capsys) -> None:  # noqa: ANN001
    from sqlalchemy import create_engine

    database = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(EdtrainerError) as err, database.uow() as uow:
            pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            programmes.list_programmes(uow)
        assert err.value.key == "db_server_lost" and "weggevallen" in str(err.value)
        assert not [r for r in RAW if r in str(err.value)]
    finally:
        admin.dispose()
        database.dispose()
    code, out, err = run(capsys, "--database", "postgresql://nobody@127.0.0.1:9/none", "cohorts", "list")
    assert code == 1 and "niet bereiken" in one_plain_line(err)


def test_every_failure_has_a_sentence_in_both_languages() -> None:
    from edtrainer.core import i18n

    keys = ["db_disk_full", "db_file_moved", "db_read_only", "db_read_only_damaged", "db_cannot_open", "db_busy",
            "db_damaged_now", "db_io_error", "db_duplicate", "db_deadlock", "db_gave_up", "integrity_plain",
            "db_failed", "db_server_disk_full", "db_server_read_only", "db_login_failed", "db_missing_on_server",
            "db_no_permission", "db_server_unreachable", "db_server_lost", "backup_disk_full",
            "backup_folder_read_only", "backup_folder_missing"]
    for key in keys:
        nl, en = i18n.template(key, "nl"), i18n.template(key, "en")
        assert nl != en and nl.rstrip().endswith((".", "?")) and en.rstrip().endswith((".", "?")), key
    assert os.sep  # (the messages name the file; nothing here depends on the platform)


def test_an_upgrade_on_a_full_disk(tmp_path: Path, sqlite_demo_template: Path) -> None:
    """The upgrade on open when the disk is full: one sentence, and the file still at its old revision."""


    folder = tmp_path / "disk"
    if not mount_tmpfs(folder, "3m"):
        pytest.skip("a full disk needs root to mount a tmpfs")
    try:
        path = folder / "edtrainer.sqlite3"
        shutil.copyfile(sqlite_demo_template, path)
        database = open_database(path)
        downgrade(database, "0004")
        database.dispose()
        ballast = fill_up(folder)
        with pytest.raises(DatabaseError) as err:
            open_database(path)
        assert err.value.key == "db_disk_full", err.value.key
        assert not [r for r in RAW if r in str(err.value).replace(".sqlite3", "")]
        ballast.unlink()
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        unmount(folder)


@pg
@pytest.mark.postgres
def test_a_login_the_server_refuses(capsys) -> None:  # noqa: ANN001
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL).set(username="nobody_at_all", password="wrong")
    code, out, err = run(capsys, "--database", url.render_as_string(hide_password=False), "cohorts", "list")
    assert code == 1 and "weigert de aanmelding" in one_plain_line(err) and "wrong" not in err
    missing = make_url(PG_URL).set(database="no_such_database_here")
    code, out, err = run(capsys, "--database", missing.render_as_string(hide_password=False), "cohorts", "list")
    assert code == 1 and "bestaat niet op de server" in one_plain_line(err)

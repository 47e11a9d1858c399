"""Test fixtures: every database test runs on a real SQLite file and, when EDTRAINER_TEST_DATABASE_URL
points at a PostgreSQL server, again on PostgreSQL (one fresh database per test, cloned from a
migrated template)."""

from __future__ import annotations

import os
import sys

# Qt draws offscreen in tests (no screen on CI); set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import itertools
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from edtrainer.core import clock, i18n
from edtrainer.core.db import Database, open_database, resolve_url

PG_URL = os.environ.get("EDTRAINER_TEST_DATABASE_URL", "").strip()
REQUIRE_PG = os.environ.get("EDTRAINER_REQUIRE_POSTGRES") == "1"
_counter = itertools.count()


# The day the suite runs on, whatever the calendar says: a Tuesday, the demo's lesson day, so the demo
# holds a session today (the case that once failed the suite every Tuesday). The clock runs on from ten
# in the morning. Tests that need another day say so with @pytest.mark.today("YYYY-MM-DD[THH:MM]");
# tests/test_clock.py builds the demo on many days, the turn of the year included.
TEST_NOW = dt.datetime(2026, 11, 24, 10, 0)


def pytest_configure(config: pytest.Config) -> None:
    if REQUIRE_PG and not PG_URL:
        raise pytest.UsageError("EDTRAINER_REQUIRE_POSTGRES=1 but EDTRAINER_TEST_DATABASE_URL is not set")
    config.addinivalue_line("markers", "today(moment): run the test with edtrainer's clock set to this date/time")
    # Set here, before any session fixture builds a database, and in the environment for the command
    # lines the tests start.
    os.environ["EDTRAINER_NOW"] = TEST_NOW.isoformat()
    clock.set_now(TEST_NOW)


@pytest.fixture(autouse=True)
def _the_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The suite's day, or the one a test asks for; put back after each test whatever the test did. The
    suite's clock runs on through the whole run, so records made in a test are younger than the demo
    the run made at its start, as they would be for a coordinator."""
    marker = request.node.get_closest_marker("today")
    with clock.kept():
        if marker is not None:
            moment = dt.datetime.fromisoformat(marker.args[0])
            monkeypatch.setenv("EDTRAINER_NOW", moment.isoformat())
            clock.set_now(moment)
        yield


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's own data folder or database, and speak Dutch unless told otherwise."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EDTRAINER_DATA_DIR", str(data))
    monkeypatch.setenv("EDTRAINER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("EDTRAINER_DATABASE_URL", raising=False)
    monkeypatch.delenv("EDTRAINER_LANG", raising=False)
    monkeypatch.setenv("EDTRAINER_USER", "tester")
    monkeypatch.delenv("EDTRAINER_DB_PASSPHRASE", raising=False)
    i18n.set_language("nl")


@pytest.fixture(autouse=True)
def _no_database_passphrase() -> Iterator[None]:
    """The passphrase of an encrypted database lives in the process: never from one test into the next."""
    from edtrainer.core import cipher

    cipher.set_passphrase(None)
    yield
    cipher.set_passphrase(None)


@pytest.fixture
def demo_copy(sqlite_demo_template: Path, tmp_path: Path) -> Path:
    """A SQLite file holding the demo, readable by its user only, as the app makes one."""
    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    path.chmod(0o600)
    return path


# --- SQLite ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(path)
    db.dispose()
    return path


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    return Database(resolve_url(target))


# --- PostgreSQL -----------------------------------------------------------------------------------------

def _admin_engine():  # noqa: ANN202
    return create_engine(make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("PostgreSQL: EDTRAINER_TEST_DATABASE_URL is not set")
    name = f"edt_tmpl_{os.getpid()}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(drivername="postgresql+psycopg", database=name)
    db = open_database(url.render_as_string(hide_password=False))
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """An empty PostgreSQL database (no schema), dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL: EDTRAINER_TEST_DATABASE_URL is not set")
    yield from _fresh_pg(None)


def _fresh_pg(template: str | None) -> Iterator[str]:
    name = f"edt_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield make_url(PG_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- the fixture most tests use -------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a migrated, empty edtrainer database of each kind."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "edtrainer.sqlite3"
        shutil.copyfile(template, target)
        os.chmod(target, 0o600)
        yield str(target)
    else:
        template = request.getfixturevalue("pg_template")
        yield from _fresh_pg(template)


# --- a database holding the demo, made once per run and copied for each test -----------------------------

def with_demo(url: str) -> None:
    from edtrainer.core.services import demo

    database = Database(resolve_url(url))
    try:
        with database.uow() as uow:
            demo.create_demo(uow)
            uow.commit()
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def sqlite_demo_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with_demo(str(path))
    return path


@pytest.fixture(scope="session")
def pg_demo_template(pg_template: str) -> Iterator[str]:
    name = f"edt_demo_{os.getpid()}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    with_demo(make_url(PG_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False))
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database holding the demo (made today), of each kind."""
    if request.param == "sqlite":
        target = tmp_path / "edtrainer.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_demo_template"), target)
        os.chmod(target, 0o600)
        yield str(target)
    else:
        yield from _fresh_pg(request.getfixturevalue("pg_demo_template"))


@pytest.fixture
def demo_db(demo_url: str) -> Iterator[Database]:
    database = Database(resolve_url(demo_url))
    yield database
    database.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(resolve_url(db_url))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


def count_rows(database: Database, table: str) -> int:
    with database.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


# --- damage and full disks, for the tests of what goes wrong ---------------------------------------------

def damage(path: Path, table: str = "attendance_mark") -> None:
    """Overwrite 4 KiB of a data page, as a failing disk or a half-finished copy does: the root page of
    ``table`` (so a read of that table fails, and every check finds it)."""
    import sqlite3

    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "damage a file whose log is folded in"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes(range(256)) * (4096 // 256))


def mount_tmpfs(folder: Path, size: str) -> bool:
    """A real, tiny file system at ``folder`` (needs root, as in CI); False where it cannot be made."""
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    return os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                                                 str(folder)], capture_output=True).returncode == 0


def unmount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a file system of 256 KiB that fills up at once."""
    folder = tmp_path / "small-disk"
    if not mount_tmpfs(folder, "256k"):
        pytest.skip("a small disk needs root to mount a tmpfs")
    try:
        yield folder
    finally:
        unmount(folder)


def fill_up(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the ballast file (delete it to free)."""
    ballast = folder / "ballast"
    with ballast.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return ballast


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder edtrainer cannot write in: a read-only bind mount as root (root ignores file modes), else a
    folder without write permission."""
    import subprocess

    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        source = tmp_path / "read-only-source"
        source.mkdir()
        yield_from = source
        if subprocess.run(["mount", "--bind", str(source), str(folder)], capture_output=True).returncode != 0 or \
                subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            pytest.skip("a read-only folder needs a bind mount here")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            del yield_from
    else:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)


def downgrade(database: Database, target: str) -> None:
    """Take a database back to an older revision the way the application migrates: SQLite with foreign keys
    off (a batch migration rebuilds tables that others refer to)."""
    from alembic import command

    from edtrainer.core.db import _sqlite_engine, alembic_config

    engine = _sqlite_engine(database.url, foreign_keys=False) if database.is_sqlite else database.engine
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
    if engine is not database.engine:
        engine.dispose()


@pytest.fixture(autouse=True)
def _answerers_end_with_their_test() -> Iterator[None]:
    """A GUI test's dialog answerers (tests/guikit.py) never outlive it."""
    yield
    guikit = sys.modules.get("guikit")
    if guikit is not None:
        guikit.end_answerers()


@pytest.fixture
def demo_app(qtbot, demo_url: str) -> Iterator[object]:  # noqa: ANN001
    """The app on the demo (SQLite, and PostgreSQL when there is one), its window shown at 1280 x 860."""
    from guikit import start_app, stop_app

    controller = start_app(qtbot, demo_url)
    controller.window.resize(1280, 860)
    controller.window.show()
    yield controller
    stop_app(controller)

"""A writer that is killed with SIGKILL while it commits, and the checks of what it leaves behind.

What it proves (issue "Nothing lost, ever", item 9): a record the app reported as saved survives the
process being killed at any moment, a unit of work is all there or not there at all, and the database
file stays sound (``PRAGMA integrity_check`` ok, no broken reference) however often that happens.

Two halves, shared by tests/test_crash.py and bench/crash.py:

* ``python tests/crash_writer.py URL`` is a *zygote*: it imports edtrainer's services once, then reads
  commands on stdin. For ``go SEED START COUNT`` it forks a child that opens the database itself (a
  fresh engine after the fork: connections never cross a fork), commits records START, START+1, ... one
  unit of work each through the real services, and writes ``begin N`` before and ``rec N`` after each
  commit returned. Forking a warm process is what makes hundreds of kills affordable: a fresh Python
  importing SQLAlchemy would take ~0.5 s per kill.
* :func:`run_crash` (the parent) starts the zygote, kills each child with SIGKILL at a random moment and
  collects what every child printed; :func:`check_records` then reads the database with plain sqlite3
  (or psycopg) and compares.

The zygote's stdout carries one line per event; the child writes to the same pipe with ``os.write``
(one write of a short line is atomic on a pipe), so lines of the two never interleave:

    ready               the zygote has imported everything
    pid P               forked child P
    open                the child opened the database (after recovering what the last kill left)
    begin N / rec N     unit of work N started / committed (written after commit() returned)
    done                the child wrote COUNT records and closed the database; it lingers to be killed
    dead P SIG / exit P CODE   the zygote reaped P: killed by signal SIG / exited with CODE

Every number is written by exactly one kind of unit of work, decided by the number itself
(:func:`kind_of`), so the checker knows which rows a number must have even when it was never printed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve()
GIVEN = "Crash"
KINDS = ("trainee", "enrolment", "register", "withdrawal")
STATUSES = ("present", "late", "absent", "excused")
LINGER_S = 30.0  # a finished child waits this long for its SIGKILL (see _child)
COHORT = "Oost-Groningen"  # the cohort of tests/factories.py's make_world


def kind_of(n: int) -> str:
    """What unit of work number ``n`` is:

    trainee     one trainee (1 row + its audit entry)
    enrolment   a trainee enrolled in the cohort (2 rows + 2 audit entries)
    register    a trainee, the enrolment, and a mark at every session of the cohort (12 rows + 12 entries):
                the largest transaction, spanning several pages
    withdrawal  a trainee enrolled and withdrawn again: an insert, then an update of the same row, and
                after the commit a WAL checkpoint (what erasing a trainee does), so kills also land there
    """
    return KINDS[n % len(KINDS)]


def family_name(n: int) -> str:
    return f"Record {n:07d}"


# --- the child: writes records until killed ------------------------------------------------------------

def _say(line: str) -> None:
    # Unbuffered and in one write: the zygote's stdout is a pipe shared with the child, and a line must
    # be in the pipe the moment the commit returned (a buffered print would die with the process).
    os.write(1, (line + "\n").encode())


@dataclass(frozen=True)
class _World:
    cohort_id: int
    start_date: dt.date
    session_ids: tuple[int, ...]


def _load_world(db: Any) -> _World:
    from sqlalchemy import select as sql_select

    from edtrainer.core.models import Cohort, CohortSession

    with db.uow() as uow:
        cohort = uow.session.scalars(sql_select(Cohort).where(Cohort.name == COHORT)).one()
        sessions = uow.session.scalars(sql_select(CohortSession.id).where(CohortSession.cohort_id == cohort.id)
                                       .order_by(CohortSession.date)).all()
        return _World(cohort.id, cohort.start_date, tuple(sessions))


def write_record(uow: Any, world: _World, n: int) -> None:
    """Unit of work ``n`` (see :func:`kind_of`), through the services the app uses; the caller commits."""
    from edtrainer.core.services import sessions, trainees

    kind = kind_of(n)
    trainee = trainees.create_trainee(uow, given_names=GIVEN, family_name=family_name(n),
                                      email=f"crash{n}@example.org")
    if kind == "trainee":
        return
    enrolment = trainees.enrol(uow, trainee_id=trainee.id, cohort_id=world.cohort_id, enrolled_on=world.start_date)
    if kind == "register":
        for i, session_id in enumerate(world.session_ids):
            sessions.set_attendance(uow, session_id=session_id, enrolment_id=enrolment.id,
                                    status=STATUSES[(n + i) % len(STATUSES)])
    elif kind == "withdrawal":
        trainees.withdraw(uow, enrolment_id=enrolment.id, reason="crash test",
                          on=world.start_date + dt.timedelta(days=7))


def _child(url: str, world: _World, seed: int, start: int, count: int) -> None:
    from edtrainer.core.db import Database, resolve_url

    zygote = os.getppid()
    rng = random.Random(seed)
    db = Database(resolve_url(url))  # after the fork: this process's own engine and connections
    try:
        with db.engine.connect() as conn:  # opening the file recovers what the last kill left
            conn.exec_driver_sql("SELECT 1")
        _say("open")
        for n in range(start, start + count):
            if os.getppid() != zygote:  # the harness is gone: stop rather than write on as an orphan
                return
            _say(f"begin {n}")
            # Both ways the app opens a unit of work: a plain BEGIN, and BEGIN IMMEDIATE (write=True).
            with db.uow(write=rng.random() < 0.5) as uow:
                write_record(uow, world, n)
                uow.commit()
            _say(f"rec {n}")
            if kind_of(n) == "withdrawal":
                db.checkpoint()
    finally:
        db.dispose()
    _say("done")
    # Wait to be killed instead of exiting: until the zygote reaps this process its pid cannot be reused,
    # so the parent's os.kill() can never hit a stranger. Leave if the zygote went away.
    until = time.monotonic() + LINGER_S
    while time.monotonic() < until and os.getppid() == zygote:
        time.sleep(0.02)


def _sqlite_path(url: str) -> str | None:
    if "://" not in url:
        return url
    return url.split("///", 1)[1] if url.startswith("sqlite") else None


def _warm_up(url: str) -> _World:
    """Read the world the children write into, and run each kind of unit of work once without committing.

    The ORM builds much on first use (loader strategies, persistence plans, cache-key traversals) and
    keeps it per process: done here once, every child inherits it instead of spending its first ~25 ms on
    it. What is written is rolled back, and the engine is disposed (its connections closed) before the
    first fork, so no connection or open file of it reaches a child: each child makes its own engine,
    connects and recovers the database afresh.
    """
    from edtrainer.core.db import Database, resolve_url

    db = Database(resolve_url(url))
    try:
        world = _load_world(db)
        for n in range(len(KINDS)):
            with db.uow(write=n % 2 == 0) as uow:
                write_record(uow, world, -1 - n)  # numbers no child uses; leaving the block rolls back
    finally:
        db.dispose()
    return world


def zygote_main(url: str) -> int:
    # Import and configure everything once, here, so each child starts warm. This process opens the
    # database only for the warm-up and has closed it before the first fork: an engine (its connections,
    # its file handles and locks) must never be used on both sides of a fork.
    import psycopg  # noqa: F401  (the drivers and dialects load on an engine's first use otherwise: ~15 ms)
    import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    import edtrainer.core.db  # noqa: F401
    import edtrainer.core.services.sessions  # noqa: F401
    import edtrainer.core.services.trainees  # noqa: F401
    import edtrainer.core.uow  # noqa: F401

    configure_mappers()
    world = _warm_up(url)
    # Out of the collector's reach: a child's garbage collections would otherwise touch (and so copy) every
    # page of the objects inherited from here.
    gc.freeze()
    _say("ready")
    while True:
        words = sys.stdin.readline().split()  # an empty line is end of input: the parent is gone
        if not words or words[0] == "quit":
            break
        seed, start, count = (int(w) for w in words[1:4])
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(url, world, seed, start, count)
            except BaseException:
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            finally:
                os._exit(code)  # never return into the zygote's loop, never run its exit handlers
        _say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            _say(f"dead {pid} {os.WTERMSIG(status)}")
        else:
            _say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")
    return 0


# --- the parent: kills children and keeps count --------------------------------------------------------

class HarnessError(AssertionError):
    """The harness itself went wrong (a child failed, a line never came): not a finding about the data."""


@dataclass
class Kill:
    """One child and how it ended."""

    plan: str  # "opening": killed 0-15 ms after the fork; "first": right after the first record;
    #            "mid": 0-40 ms after the first record; "finish": only once it wrote its few records
    delay_s: float
    pid: int = 0
    signal: int | None = None  # the signal that ended it (SIGKILL), None if it exited
    exit_code: int | None = None
    opened: bool = False
    printed: list[int] = field(default_factory=list)
    begun: list[int] = field(default_factory=list)
    done: bool = False

    @property
    def in_flight(self) -> int | None:
        """The unit of work that had begun and was not reported committed when the kill landed."""
        if self.begun and (not self.printed or self.begun[-1] != self.printed[-1]):
            return self.begun[-1]
        return None

    @property
    def while_writing(self) -> bool:
        """Killed after it reported at least one record and before it finished on its own."""
        return bool(self.printed) and not self.done


@dataclass
class CrashRun:
    url: str
    kills: list[Kill]
    seconds: float

    @property
    def printed(self) -> set[int]:
        return {n for k in self.kills for n in k.printed}

    @property
    def begun(self) -> set[int]:
        return {n for k in self.kills for n in k.begun}


class Zygote:
    """The zygote process and a line reader over its stdout, with deadlines (a hang fails, never stalls)."""

    def __init__(self, url: str, *, python: str = sys.executable, env: dict[str, str] | None = None) -> None:
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (lives as long as the zygote: close())
        # Its own session (process group), so cleanup can reach a child whose pid was never read.
        self.proc = subprocess.Popen([python, str(HERE), url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=env, start_new_session=True, bufsize=0)
        self._buffer = b""
        try:
            self.expect("ready", timeout=60)
        except BaseException:
            self.close()
            raise

    def stderr_tail(self, chars: int = 3000) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")[-chars:]

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def line(self, timeout: float) -> str | None:
        """The next line, or None when ``timeout`` passed first; HarnessError when the zygote is gone."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            # Looks at the pipe at least once, even with no time left: a line may be waiting there.
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise HarnessError(f"the zygote exited ({self.proc.poll()}):\n{self.stderr_tail()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def expect(self, word: str, timeout: float) -> str:
        line = self.line(timeout)
        if line is None or line.split()[:1] != [word]:
            raise HarnessError(f"expected {word!r} from the zygote, got {line!r}:\n{self.stderr_tail()}")
        return line

    def close(self) -> None:
        # SIGKILL to the zygote's whole process group: the zygote and, if one is alive, its child; both
        # are ours (start_new_session above), and nothing else is in that group.
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self._stderr.close()


def _plan(rng: random.Random) -> tuple[str, float, int]:
    """How the next child dies: (plan, delay in seconds, how many records it may write)."""
    roll = rng.random()
    if roll < 0.10:  # while it opens the database, i.e. while SQLite recovers the WAL the last kill left
        return "opening", rng.uniform(0, 0.015), 10_000
    if roll < 0.30:
        return "first", 0.0, 10_000
    if roll < 0.90:
        return "mid", rng.uniform(0, 0.040), 10_000
    return "finish", 0.0, rng.randint(1, 3)  # finishes and closes the database cleanly, then is killed


def _one_child(zygote: Zygote, kill: Kill, seed: int, start: int, count: int, timeout: float) -> None:
    zygote.send(f"go {seed} {start} {count}")
    deadline = time.monotonic() + timeout
    kill_at: float | None = None
    sent = False
    while True:
        now = time.monotonic()
        if now > deadline:
            raise HarnessError(f"child {kill.pid or '?'} gave no end within {timeout} s:\n{zygote.stderr_tail()}")
        wait = deadline - now
        if kill_at is not None and not sent:
            wait = max(0.0, kill_at - now)
        line = zygote.line(wait)
        if line is None:
            if kill_at is not None and not sent and kill.pid and time.monotonic() >= kill_at:
                # Safe by pid: the child cannot have been reaped (the zygote reports that first, and a child
                # never exits on its own except on failure), so the pid is still this child's.
                os.kill(kill.pid, signal.SIGKILL)
                sent = True
            continue
        word, *rest = line.split()
        if word == "pid":
            kill.pid = int(rest[0])
            if kill.plan == "opening":
                kill_at = time.monotonic() + kill.delay_s
        elif word == "open":
            kill.opened = True
        elif word == "begin":
            kill.begun.append(int(rest[0]))
        elif word == "rec":
            kill.printed.append(int(rest[0]))
            if kill_at is None and kill.plan in ("first", "mid"):
                kill_at = time.monotonic() + kill.delay_s
        elif word == "done":
            kill.done = True
            kill_at = time.monotonic()
        elif word in ("dead", "exit"):
            if int(rest[0]) != kill.pid:
                raise HarnessError(f"reaped {rest[0]}, expected {kill.pid}")
            if word == "dead":
                kill.signal = int(rest[1])
            else:
                kill.exit_code = int(rest[1])
                raise HarnessError(f"child {kill.pid} exited by itself ({rest[1]}) instead of being killed:\n"
                                   f"{zygote.stderr_tail()}")
            return
        else:
            raise HarnessError(f"unexpected line {line!r}")
        if kill_at is not None and not sent and kill.pid and time.monotonic() >= kill_at:
            os.kill(kill.pid, signal.SIGKILL)
            sent = True


def run_crash(url: str, kills: int, *, seed: int = 0, env: dict[str, str] | None = None,
              progress: Any = None) -> CrashRun:
    """Fork ``kills`` children in turn against the prepared database ``url`` and SIGKILL each one.

    The database must hold the world of tests/factories.py's ``make_world`` (see :func:`prepare`).
    """
    rng = random.Random(seed)
    done: list[Kill] = []
    next_number = 1
    started = time.perf_counter()
    zygote = Zygote(url, env=env)
    try:
        for i in range(kills):
            plan, delay, count = _plan(rng)
            kill = Kill(plan=plan, delay_s=delay)
            _one_child(zygote, kill, rng.randrange(2**32), next_number, count, timeout=60)
            done.append(kill)
            # Numbers are unique across children: the next child starts after the last one begun here.
            next_number = max([next_number - 1, *kill.begun]) + 1
            if progress is not None:
                progress(i + 1, kill)
        zygote.send("quit")
    finally:
        zygote.close()
    return CrashRun(url=url, kills=done, seconds=time.perf_counter() - started)


def prepare(url: str) -> None:
    """Put the small world the children write into (a cohort with 10 sessions) in a migrated database."""
    sys.path.insert(0, str(HERE.parent))
    try:
        from factories import make_world
    finally:
        sys.path.remove(str(HERE.parent))
    from edtrainer.core.db import Database, resolve_url

    db = Database(resolve_url(url))
    try:
        make_world(db, sessions_past=10)
    finally:
        db.dispose()


# --- the checks --------------------------------------------------------------------------------------

@dataclass
class Findings:
    integrity: str  # "ok", the first lines of integrity_check, or how PostgreSQL was checked
    foreign_key_problems: int
    present: set[int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.foreign_key_problems and not self.problems


def _connect(url: str) -> tuple[Any, bool]:
    path = _sqlite_path(url)
    if path is not None:
        return sqlite3.connect(path), True
    import psycopg
    from sqlalchemy.engine import make_url

    return psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)), False


def _rows(conn: Any, sql: str) -> list[tuple]:
    cur = conn.cursor()
    try:
        cur.execute(sql)
        return list(cur.fetchall())
    finally:
        cur.close()


def check_records(run: CrashRun) -> Findings:
    """Read the database behind the app's back and hold it against what the children printed."""
    conn, is_sqlite = _connect(run.url)
    try:
        if is_sqlite:
            lines = [r[0] for r in _rows(conn, "PRAGMA integrity_check")]
            integrity = "ok" if lines == ["ok"] else "; ".join(lines[:5])
            fk_problems = len(_rows(conn, "PRAGMA foreign_key_check"))
        else:
            # PostgreSQL has no integrity_check: its pages are its own business. What can be checked is
            # that the rows add up (below) and that every table can be read to its end.
            for (table,) in _rows(conn, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"):
                _rows(conn, f'SELECT count(*) FROM "{table}"')
            integrity, fk_problems = "ok", 0
        trainees = _rows(conn, f"SELECT id, family_name FROM trainee WHERE given_names = '{GIVEN}'")
        enrolments = _rows(conn, "SELECT e.id, e.trainee_id, e.status FROM enrolment e JOIN trainee t "
                                 f"ON t.id = e.trainee_id WHERE t.given_names = '{GIVEN}'")
        marks = Counter(r[0] for r in _rows(conn, "SELECT enrolment_id FROM attendance_mark"))
        audit = Counter((r[0], r[1], r[2]) for r in _rows(conn, "SELECT entity, action, entity_id FROM audit_entry"))
        existing = {entity: {r[0] for r in _rows(conn, f"SELECT id FROM {entity}")}
                    for entity in ("trainee", "enrolment", "attendance_mark")}
        sessions = _rows(conn, f"SELECT count(*) FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id "
                               f"WHERE c.name = '{COHORT}'")[0][0]
    finally:
        conn.close()

    problems: list[str] = []
    by_number: dict[int, int] = {}
    for tid, name in trainees:
        n = int(name.removeprefix("Record "))
        if n in by_number:
            problems.append(f"record {n} is there twice")
        by_number[n] = tid
    enrolment_of: dict[int, list[tuple[int, str]]] = {}
    for eid, tid, status in enrolments:
        enrolment_of.setdefault(tid, []).append((eid, status))

    for n, tid in sorted(by_number.items()):
        kind = kind_of(n)
        found = enrolment_of.get(tid, [])
        want_enrolments = 0 if kind == "trainee" else 1
        if len(found) != want_enrolments:
            problems.append(f"record {n} ({kind}): {len(found)} enrolments, not {want_enrolments}")
            continue
        if audit[("trainee", "create", tid)] != 1:
            problems.append(f"record {n} ({kind}): {audit[('trainee', 'create', tid)]} audit entries for the trainee")
        if not found:
            continue
        eid, status = found[0]
        want_status = "withdrawn" if kind == "withdrawal" else "active"
        if status != want_status:
            problems.append(f"record {n} ({kind}): enrolment {status}, not {want_status}")
        want_marks = sessions if kind == "register" else 0
        if marks[eid] != want_marks:
            problems.append(f"record {n} ({kind}): {marks[eid]} attendance marks, not {want_marks}")
        want_audit = {("enrolment", "create"): 1, ("enrolment", "update"): 1 if kind == "withdrawal" else 0}
        for (entity, action), want in want_audit.items():
            if audit[(entity, action, eid)] != want:
                problems.append(f"record {n} ({kind}): {audit[(entity, action, eid)]} {action} entries "
                                f"for the enrolment, not {want}")
    # The other way round: an audit entry of a creation whose row is missing is half a unit of work.
    for (entity, action, entity_id), _count in audit.items():
        if action == "create" and entity in existing and entity_id not in existing[entity]:
            problems.append(f"audit entry for {entity} {entity_id}, which is not there")

    present = set(by_number)
    printed, begun = run.printed, run.begun
    in_flight = {k.in_flight for k in run.kills if k.in_flight is not None}
    lost = sorted(printed - present)
    if lost:
        problems.append(f"{len(lost)} printed records lost: {lost[:10]}")
    # Present but never printed is fine only for the unit of work a kill interrupted after its commit.
    strays = sorted(present - printed - in_flight)
    if strays:
        problems.append(f"{len(strays)} records present that no child was writing when killed: {strays[:10]}")
    never = sorted(present - begun)
    if never:
        problems.append(f"{len(never)} records present that were never begun: {never[:10]}")
    return Findings(integrity=integrity, foreign_key_problems=fk_problems, present=present, problems=problems)


@dataclass(frozen=True)
class Summary:
    kills: int
    sigkill: int
    while_writing: int  # after the first printed record and before finishing on its own
    mid_transaction: int  # a unit of work had begun and was rolled back on recovery
    committed_unprinted: int  # killed after commit() returned, before "rec N" was written
    between_units: int  # after a record was printed, before the next began (e.g. during a checkpoint)
    while_opening: int  # before the database was open
    finished: int  # had written all its records and closed the database
    printed: int
    present: int
    lost: int


def summarise(run: CrashRun, findings: Findings) -> Summary:
    k = run.kills
    flights = [x for x in k if x.in_flight is not None]
    return Summary(
        kills=len(k),
        sigkill=sum(x.signal == signal.SIGKILL for x in k),
        while_writing=sum(x.while_writing for x in k),
        mid_transaction=sum(x.in_flight not in findings.present for x in flights),
        committed_unprinted=sum(x.in_flight in findings.present for x in flights),
        between_units=sum(x.in_flight is None and bool(x.printed) and not x.done for x in k),
        while_opening=sum(not x.opened for x in k),
        finished=sum(x.done for x in k),
        printed=len(run.printed),
        present=len(findings.present),
        lost=len(run.printed - findings.present),
    )


if __name__ == "__main__":
    sys.exit(zygote_main(sys.argv[1]))

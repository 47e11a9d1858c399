"""Roles on a shared PostgreSQL database, enforced by the server: a trainer's login sees the cohorts they
train, names and attendance only, also with psql; the audit log's actor is the login that writes it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from edtrainer.cli import main
from edtrainer.core import roles
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.services import cohorts, sessions, staff

from conftest import _admin_engine, _fresh_pg

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(pg_demo_template: str) -> Iterator[str]:
    yield from _fresh_pg(pg_demo_template)


@pytest.fixture
def logins(shared: str) -> Iterator[dict[str, str]]:
    """Two real logins on the server (as an administrator makes them), dropped afterwards."""
    made = {kind: f"{kind}_{uuid.uuid4().hex[:8]}" for kind in ("trainer", "coordinator")}
    admin = _admin_engine()
    with admin.connect() as conn:
        for name in made.values():
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    yield made
    database = make_url(shared).database
    with admin.connect() as conn:
        for name in made.values():
            conn.execute(text(f'REVOKE CONNECT ON DATABASE "{database}" FROM "{name}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


def _as(url: str, login: str) -> psycopg.Connection:
    """psql, in effect: a plain connection with that login, no edtrainer in between."""
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=login, autocommit=True)


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_trainer_login_sees_only_their_cohort_and_no_private_data(shared: str, logins: dict[str, str],
                                                                    capsys) -> None:  # noqa: ANN001
    db = Database(resolve_url(shared))
    try:
        with db.uow() as uow:
            tessa = staff.create_staff(uow, full_name="Tessa Trainer", role="trainer")
            pekela = cohorts.find_cohort(uow, "Pekela")
            cohorts.assign_trainer(uow, cohort_id=pekela.id, staff_id=tessa.id)
            pekela_id, oost_id = pekela.id, cohorts.find_cohort(uow, "Oost").id
            own_session = sessions.list_sessions(uow, cohort_id=pekela_id)[0].id
            other_session = sessions.list_sessions(uow, cohort_id=oost_id)[0].id
            uow.commit()
    finally:
        db.dispose()
    trainer, coordinator = logins["trainer"], logins["coordinator"]
    assert _run(capsys, "--database", shared, "db", "roles")[0] == 0
    assert _run(capsys, "--database", shared, "db", "roles")[0] == 0, "running it again changes nothing"
    code, out, err = _run(capsys, "--database", shared, "db", "roles", "--grant", trainer, "--as", "trainer",
                          "--staff", "Tessa Trainer")
    assert code == 0 and "edtrainer_trainer" in out, err
    assert _run(capsys, "--database", shared, "db", "roles", "--grant", coordinator, "--as", "coordinator")[0] == 0
    assert _run(capsys, "--database", shared, "db", "roles", "--grant", "nobody_here")[0] == 1

    with _as(shared, trainer) as conn:
        names = conn.execute("SELECT DISTINCT c.name FROM cohort c").fetchall()
        assert names == [("Pekela 2026",)]
        assert len(conn.execute("SELECT given_names, family_name FROM trainee").fetchall()) == 8
        assert {r[0] for r in conn.execute("SELECT cohort_id FROM enrolment")} == {pekela_id}
        # what the app reads about people: the same columns, the private ones always empty
        rows = conn.execute("SELECT email, phone, date_of_birth, birth_place FROM trainee").fetchall()
        assert rows and all(r == (None, None, None, None) for r in rows)
        assert {r[0] for r in conn.execute("SELECT withdrawal_reason FROM enrolment")} == {None}
        assert {r[0] for r in conn.execute("SELECT email FROM staff_member")} == {None}
        for forbidden in ("SELECT email FROM public.trainee", "SELECT given_names FROM public.trainee",
                          "SELECT withdrawal_reason FROM public.enrolment", "SELECT phone FROM public.staff_member",
                          "SELECT remarks FROM evaluation", "SELECT activity FROM hour_log_entry",
                          "SELECT end_reason FROM placement", "SELECT remark FROM module_result",
                          "SELECT override_reason FROM certificate", "SELECT private_key FROM signing_key",
                          "SELECT changes FROM audit_entry", "UPDATE trainee SET family_name = 'x'",
                          "SET search_path = public; SELECT email FROM trainee"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forbidden)
            conn.execute("RESET search_path")
        # the attendance register of their own cohort, yes; another cohort's, no
        enrolment = conn.execute("SELECT id FROM enrolment LIMIT 1").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO attendance_mark (session_id, enrolment_id, status, minutes_present, version, "
                         "created_at, updated_at) VALUES (%s, %s, 'present', 180, 1, now(), now())",
                         (other_session, enrolment))
        assert conn.execute("SELECT count(*) FROM attendance_mark WHERE session_id = %s",
                            (other_session,)).fetchone()[0] == 0, "another cohort's register is invisible"
        assert conn.execute("SELECT count(*) FROM cohort_session WHERE id = %s", (own_session,)).fetchone()[0] == 1
        # nobody breaks the audit chain by hand: no ids of one's own, no row that does not build on the newest
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit_entry (id, at, actor, action, entity) "
                         "VALUES (999999, now(), session_user, 'view', 'x')")
        with pytest.raises(psycopg.errors.RaiseException, match="prev_hash"):
            conn.execute("INSERT INTO audit_entry (at, actor, action, entity, prev_hash, hash) "
                         "VALUES (now(), session_user, 'view', 'x', 'bogus', 'bogus')")
    with _as(shared, coordinator) as conn:
        assert len(conn.execute("SELECT email FROM trainee").fetchall()) == 20

    # Through edtrainer with the trainer's login: the attendance is recorded, and the log names the login.
    trainer_url = make_url(shared).set(username=trainer).render_as_string(hide_password=False)
    as_trainer = Database(resolve_url(trainer_url))
    try:
        assert roles.who(as_trainer) == roles.Who(login=trainer, role="trainer")
        with as_trainer.uow(actor="someone-else") as uow:
            register = sessions.session_register(uow, session_id=own_session)
            unmarked = next(r for r in register if r.status is None) if any(
                r.status is None for r in register) else register[0]
            sessions.set_attendance(uow, session_id=own_session, enrolment_id=unmarked.enrolment_id,
                                    status="late", minutes_present=150)
            uow.commit()
    finally:
        as_trainer.dispose()
    with _as(shared, coordinator) as conn:
        actors = conn.execute("SELECT actor FROM audit_entry WHERE entity = 'attendance_mark' "
                              "ORDER BY id DESC LIMIT 1").fetchone()
        assert actors == (trainer,)
    assert _run(capsys, "--database", shared, "audit", "verify")[0] == 0


def test_the_app_with_a_trainer_login_offers_the_attendance_of_their_cohort_only(qtbot, shared: str,  # noqa: ANN001
                                                                                   logins: dict[str, str]) -> None:
    from PySide6.QtCore import Qt

    from guikit import start_app, stop_app

    db = Database(resolve_url(shared))
    try:
        with db.uow() as uow:
            tessa = staff.create_staff(uow, full_name="Tessa Trainer", role="trainer")
            pekela = cohorts.find_cohort(uow, "Pekela")
            cohorts.assign_trainer(uow, cohort_id=pekela.id, staff_id=tessa.id)
            uow.commit()
        roles.setup(db)
        roles.grant(db, login=logins["trainer"], role="trainer", staff="Tessa Trainer")
    finally:
        db.dispose()
    trainer_url = make_url(shared).set(username=logins["trainer"]).render_as_string(hide_password=False)
    controller = start_app(qtbot, trainer_url)
    try:
        window = controller.window
        page = window.page("sessions")
        qtbot.waitUntil(lambda: window.current_page_name() == "sessions" and page.isVisible()
                        and not page.loading and page.register_model.rowCount() > 0, timeout=20000)
        hidden = [window.nav.item(i).isHidden() for i in range(window.nav.count())]
        assert sum(not h for h in hidden) == 1, "only the attendance page is offered"
        assert not window.page_actions["placements"].isEnabled()
        assert all(not a.isEnabled() for a in window.coordinator_actions)
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the Overview's shortcut
        assert window.current_page_name() == "sessions"
        session = page.current_session()
        page.register_view.setFocus()
        qtbot.keyClick(page.register_view, "A", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        model = page.register_model
        qtbot.waitUntil(lambda: all(model.cell(i) is not None for i in range(model.rowCount())), timeout=20000)
    finally:
        stop_app(controller)
    with _as(shared, logins["trainer"]) as conn:
        marked = conn.execute("SELECT count(*) FROM attendance_mark WHERE session_id = %s", (session.id,)).fetchone()
    assert marked[0] > 0

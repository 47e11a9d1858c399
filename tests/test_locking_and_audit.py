"""Optimistic locking on a shared database, and the audit trail of personal data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from edtrainer.core.errors import ConflictError
from edtrainer.core.models import AuditEntry, Trainee
from edtrainer.core.services import access, trainees

from factories import make_world


def test_second_editor_gets_a_clear_conflict_and_nothing_is_lost(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    tid = w.trainee_ids[0]
    # Two coordinators open the same trainee's form (both see version 1).
    with db.uow(actor="marieke") as uow:
        seen_by_marieke = trainees.get_trainee(uow, tid).version
    with db.uow(actor="henk") as uow:
        seen_by_henk = trainees.get_trainee(uow, tid).version
    # Marieke saves first.
    with db.uow(actor="marieke") as uow:
        trainees.update_trainee(uow, trainee_id=tid, expected_version=seen_by_marieke, email="anja@example.org")
        uow.commit()
    # Henk saves his form later: refused, with who changed it and what is there now.
    with db.uow(actor="henk") as uow:
        with pytest.raises(ConflictError) as err:
            trainees.update_trainee(uow, trainee_id=tid, expected_version=seen_by_henk, phone="0598 123456")
        uow.commit()
    marieke = "marieke" if db.is_sqlite else db.login()  # on a shared server her login names her
    assert marieke in str(err.value) and "niets opgeslagen" in str(err.value)
    assert err.value.current["version"] == 2
    with db.uow() as uow:
        t = trainees.get_trainee(uow, tid)
        assert (t.email, t.phone, t.version, t.updated_by) == ("anja@example.org", None, 2, marieke)


def test_lost_update_between_load_and_save_is_caught_by_the_version_column(db) -> None:  # noqa: ANN001
    """Two sessions hold the same row at once; the second flush must not overwrite the first."""
    w = make_world(db, sessions_past=0)
    tid = w.trainee_ids[1]
    first, second = db.uow(actor="a"), db.uow(actor="b")
    with first, second:
        t1 = first.session.get(Trainee, tid)
        t2 = second.session.get(Trainee, tid)
        t1.phone = "0598 111111"
        first.commit()
        t2.phone = "0598 222222"
        with pytest.raises(ConflictError) as err:
            second.commit()
    assert "niets opgeslagen" in str(err.value)
    with db.uow() as uow:
        assert trainees.get_trainee(uow, tid).phone == "0598 111111"


def test_changes_are_audited_without_copying_personal_values(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    tid = w.trainee_ids[0]
    with db.uow(actor="marieke") as uow:
        trainees.update_trainee(uow, trainee_id=tid, email="anja@example.org")
        trainees.withdraw(uow, enrolment_id=w.enrolment_ids[0], reason="Verhuisd naar Zeeland")
        access.log_access(uow, action="export", entity="trainee", count=4)
        uow.commit()
    actor = "marieke" if db.is_sqlite else db.login()  # on a shared server: the login, whatever the program says
    with db.uow() as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.actor == actor,
                                                               AuditEntry.id > 0).order_by(AuditEntry.id)).all()
    by_entity = {(e.entity, e.action): e for e in entries if e.action != "create"}
    upd = by_entity[("trainee", "update")]
    assert upd.entity_id == tid and upd.changes == {"email": "•"}
    enr = by_entity[("enrolment", "update")]
    assert enr.changes["status"] == ["active", "withdrawn"]
    assert enr.changes["withdrawal_reason"] == "•"
    assert "Zeeland" not in str([e.changes for e in entries])
    assert by_entity[("trainee", "export")].changes == {"count": 4}
    with db.uow() as uow:
        created = uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "trainee",
                                                               AuditEntry.action == "create")).all()
    assert len(created) == 4 and created[0].changes["family_name"] == "•"


def test_rolled_back_action_leaves_no_audit_entry(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=0)
    with db.uow(actor="nobody") as uow:
        trainees.update_trainee(uow, trainee_id=w.trainee_ids[0], email="x@example.org")
        # no commit: the user cancelled
    with db.uow() as uow:
        assert uow.session.scalars(select(AuditEntry).where(AuditEntry.actor == "nobody")).all() == []


def test_erasure_removes_identity_and_free_text_on_every_database(db) -> None:  # noqa: ANN001
    from edtrainer.core.services import privacy, sessions

    w = make_world(db, sessions_past=1)
    tid, eid = w.trainee_ids[0], w.enrolment_ids[0]
    with db.uow() as uow:
        trainees.update_trainee(uow, trainee_id=tid, email="anja@example.org", birth_place="Veendam")
        sessions.record_attendance(uow, session_id=w.session_ids[0], enrolment_id=eid, status="late",
                                   remark="Had een afspraak bij de schuldhulp")
        uow.commit()
    with db.uow() as uow:
        exported = privacy.export_trainee_data(uow, trainee_id=tid)
        privacy.erase_trainee(uow, trainee_id=tid, reason="Verzoek van betrokkene")
        uow.commit()
    assert exported["trainee"]["email"] == "anja@example.org"
    assert exported["enrolments"][0]["attendance"][0]["remark"] == "Had een afspraak bij de schuldhulp"
    with db.uow() as uow:
        data = privacy.export_trainee_data(uow, trainee_id=tid)
    assert data["trainee"]["given_names"] == "(verwijderd)"
    assert data["trainee"]["email"] is None and data["trainee"]["birth_place"] is None
    assert data["enrolments"][0]["attendance"][0] == {"date": data["enrolments"][0]["attendance"][0]["date"],
                                                      "status": "late", "minutes_present": None, "remark": None,
                                                      "apology_reason": None, "apology_given_on": None}

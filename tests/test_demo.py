"""The demo: made on an empty database, known as demo, and removable without touching the user's own data."""

from __future__ import annotations

import pytest

from edtrainer.core.errors import ValidationError
from edtrainer.core.services import cohorts, demo, organisations, trainees

from conftest import count_rows
from doc_factories import setup_issuer


def test_demo_is_marked_and_removed_without_the_users_own_records(db) -> None:  # noqa: ANN001
    with db.uow() as uow:
        summary = demo.create_demo(uow)
        uow.commit()
    assert summary["second_cohort"] == "Pekela 2026"
    with db.uow() as uow:
        marker = demo.demo_marker(uow)
        assert marker is not None and len(marker["trainee_ids"]) == 20
        running = cohorts.find_cohort(uow, "Pekela")
        own = trainees.create_trainee(uow, given_names="Eigen", family_name="Cursist")
        trainees.enrol(uow, trainee_id=own.id, cohort_id=running.id)
        own_org = organisations.create_organisation(uow, name="Eigen Welzijn")
        own_id, own_org_id = own.id, own_org.id
        uow.commit()
    audit_before = count_rows(db, "audit_entry")

    with db.uow() as uow:
        counts = demo.remove_demo(uow)
        uow.commit()
    assert counts["trainee"] == 20 and counts["enrolment"] == 21 and counts["cohort"] == 2
    for table in ("programme", "cohort", "enrolment", "cohort_session", "attendance_mark", "placement",
                  "hour_log_entry", "staff_member", "app_meta"):
        assert count_rows(db, table) == 0, table
    assert count_rows(db, "trainee") == 1 and count_rows(db, "organisation") == 1
    assert count_rows(db, "audit_entry") == audit_before + 1
    with db.uow() as uow:
        assert trainees.get_trainee(uow, own_id).full_name == "Eigen Cursist"
        assert [o.id for o in organisations.list_organisations(uow)] == [own_org_id]
        assert demo.demo_marker(uow) is None
        with pytest.raises(ValidationError, match="geen demo"):
            demo.remove_demo(uow)


def test_demo_removal_takes_issued_certificates(demo_db) -> None:  # noqa: ANN001
    """Certificates issued to demo trainees (and their corrections) go with the demo; the key stays."""
    from edtrainer.core.services import certificates

    db = demo_db
    signer = setup_issuer(db)
    with db.uow() as uow:
        from edtrainer.core.services import cohorts

        cohort = cohorts.find_cohort(uow, "Oost")
    result = certificates.issue_for_cohort(db, cohort_id=cohort.id, signer=signer)
    assert len(result.issued) == 5
    with db.uow() as uow:
        certificates.reissue(uow, number=result.issued[0].number, signer=signer, reason="correctie")
        uow.commit()
    assert count_rows(db, "certificate") == 6
    with db.uow() as uow:
        counts = demo.remove_demo(uow)
        uow.commit()
    assert counts["certificate"] == 6 and count_rows(db, "certificate") == 0
    assert count_rows(db, "signing_key") == 1  # the organisation's key is not the demo's

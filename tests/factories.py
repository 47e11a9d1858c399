"""A small, complete world for service tests: one programme, a cohort, trainees, sessions, a placement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from edtrainer.core.db import Database
from edtrainer.core.services import cohorts, organisations, programmes, sessions, staff, trainees

TODAY = dt.date(2026, 11, 24)


@dataclass
class World:
    programme_id: int
    module_ids: dict[str, int]
    cohort_id: int
    trainer_id: int
    enrolment_ids: list[int]
    trainee_ids: list[int]
    session_ids: list[int] = field(default_factory=list)
    organisation_id: int = 0
    tandem_id: int = 0
    supervisor_id: int = 0


NAMES = [("Anja", "de", "Vries"), ("Noël", None, "Hendriks"), ("Zoë", None, "Kuipers"), ("IJsbrand", None, "Dijkstra")]


def make_world(db: Database, *, sessions_past: int = 10, sessions_future: int = 0, hours: int = 100,
               min_pct: int = 80, today: dt.date = TODAY) -> World:
    start = today - dt.timedelta(weeks=sessions_past + 1)
    with db.uow() as uow:
        prog = programmes.create_programme(uow, name="EDASU test", code="EDT", certificate_title="Ervaringsdeskundige",
                                           min_attendance_pct=min_pct, required_placement_hours=hours)
        mods = {code: programmes.add_module(uow, programme_id=prog.id, code=code, title=title).id
                for code, title in (("COM", "Communicatie"), ("ETH", "Ethiek en deontologie"))}
        trainer = staff.create_staff(uow, full_name="Henk Bosma", role="trainer")
        cohort = cohorts.create_cohort(uow, programme_id=prog.id, name="Oost-Groningen", location="Veendam",
                                       start_date=start, end_date=today + dt.timedelta(weeks=sessions_future + 4))
        people = [trainees.create_trainee(uow, given_names=g, name_prefix=p, family_name=f) for g, p, f in NAMES]
        enrolments = [trainees.enrol(uow, trainee_id=t.id, cohort_id=cohort.id, enrolled_on=start) for t in people]
        planned = []
        if sessions_past:
            planned += sessions.plan_weekly_sessions(uow, cohort_id=cohort.id, module_id=mods["COM"],
                                                     first_date=start + dt.timedelta(days=1), count=sessions_past,
                                                     trainer_ids=[trainer.id])
        if sessions_future:
            planned += sessions.plan_weekly_sessions(uow, cohort_id=cohort.id, module_id=mods["ETH"],
                                                     first_date=today + dt.timedelta(days=7), count=sessions_future)
        org = organisations.create_organisation(uow, name="Forte Welzijn", kind="welfare", city="Veendam")
        tandem = organisations.add_contact(uow, organisation_id=org.id, full_name="Petra Zwiers",
                                           job_title="Opbouwwerker")
        sup = organisations.add_contact(uow, organisation_id=org.id, full_name="Hanneke Brouwer")
        uow.commit()
        return World(programme_id=prog.id, module_ids=mods, cohort_id=cohort.id, trainer_id=trainer.id,
                     enrolment_ids=[e.id for e in enrolments], trainee_ids=[t.id for t in people],
                     session_ids=[s.id for s in planned], organisation_id=org.id, tandem_id=tandem.id,
                     supervisor_id=sup.id)

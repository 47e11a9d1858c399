"""A realistic demo: one EDASU programme; the cohort "Oost-Groningen" with 12 fictional trainees that
finished a year of weekly sessions, with attendance, placements with hour logs and evaluations, and
module results; and the cohort "Pekela 2026", half-way, with the work a coordinator meets on a normal
day (a session to record, hours to approve, an agreement to sign, an evaluation due, a trainee at risk).

The demo remembers which records it made (``app_meta``), so that removing it (``demo_removal``) takes
away exactly those, and what is about its invented people, and nothing a coordinator entered beside them.

Everything goes through the services, so the demo is also a walk through the whole domain. The people
and contact persons are invented; the organisations are the kinds named in the seed texts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from edtrainer.core import clock, i18n
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import (
    AppMeta,
    AttendanceMark,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    HourLogEntry,
    ModuleResult,
    Organisation,
    Programme,
    ResultStatus,
    StaffMember,
    StaffRole,
    Trainee,
)
from edtrainer.core.uow import UnitOfWork

# The services that write are imported where the demo is made: opening the app (which asks demo_marker)
# needs none of them.

DEMO_COHORT = "Oost-Groningen"

MODULES = [  # code, title, hours, assessment, own threshold, weeks
    ("LVH", "Levensverhaal", 24, "portfolio", None, 4),
    ("COM", "Communicatie", 30, "observation", None, 5),
    ("AIM", "Armoede in de maatschappij", 24, "presentation", None, 4),
    ("MST", "Maatschappelijke structuren", 18, "assignment", None, 3),
    ("ETH", "Ethiek en deontologie", 18, "exam", 65, 3),
    ("STR", "Omgaan met stress", 12, "assignment", None, 2),
    ("GEZ", "Gezondheid en welzijn", 12, "assignment", None, 2),
    ("PSY", "Psychologische processen en vaardigheden", 24, "exam", None, 4),
    ("MET", "Methodische training", 30, "observation", None, 5),
    ("PRJ", "Projectwerk", 24, "presentation", None, 4),
    ("BPR", "Beroepspraktijk", 24, "portfolio", None, 6),
]


@dataclass(frozen=True)
class Persona:
    given: str
    prefix: str | None
    family: str
    born: dt.date
    place: str
    present: float          # chance of being present at a session
    late: float             # chance of arriving late
    excused: float          # chance of an apology
    hours_factor: float     # share of the required placement hours reached
    final_evaluation: bool = True
    failed_module: str | None = None
    pending_module: str | None = None
    withdrawn_after_weeks: int | None = None


PERSONAS = [
    Persona("Anja", "de", "Vries", dt.date(1974, 3, 12), "Veendam", 0.88, 0.04, 0.04, 1.05),
    Persona("Jeroen", None, "Bakker", dt.date(1981, 7, 2), "Winschoten", 0.80, 0.06, 0.06, 0.3,
            final_evaluation=False, withdrawn_after_weeks=20),
    Persona("Sanne", "van der", "Meer", dt.date(1990, 11, 23), "Oude Pekela", 0.95, 0.02, 0.02, 1.1),
    Persona("Noël", None, "Hendriks", dt.date(1968, 1, 30), "Veendam", 0.70, 0.08, 0.08, 1.0),
    Persona("Zoë", None, "Kuipers", dt.date(1986, 5, 17), "Nieuwe Pekela", 0.92, 0.04, 0.03, 1.02),
    Persona("IJsbrand", None, "Dijkstra", dt.date(1979, 9, 8), "Wildervank", 0.84, 0.05, 0.04, 0.66),
    Persona("Fatima", "el", "Amrani", dt.date(1983, 4, 4), "Veendam", 0.94, 0.02, 0.03, 1.0,
            failed_module="ETH"),
    Persona("Chantal", None, "Pérez-Veldman", dt.date(1977, 12, 1), "Stadskanaal", 0.86, 0.04, 0.05, 1.08),
    Persona("René", None, "Oosterhuis", dt.date(1965, 6, 21), "Veendam", 0.96, 0.02, 0.02, 1.0,
            final_evaluation=False),
    Persona("Ingrid", None, "Schröder", dt.date(1972, 2, 14), "Muntendam", 0.89, 0.05, 0.05, 1.03,
            pending_module="PRJ"),
    Persona("Wessel", "ten", "Brink", dt.date(1992, 8, 9), "Oude Pekela", 0.72, 0.10, 0.03, 0.9),
    Persona("Loïs", None, "Wiersma-Ötzürk", dt.date(1988, 10, 27), "Veendam", 0.95, 0.02, 0.02, 1.04),
]

ORGANISATIONS = [  # name, kind, city, [(contact, job title)]
    ("Gemeente Veendam", "municipality", "Veendam",
     [("Marjolein Dekker", "Klantmanager werk en inkomen"), ("Bert Hofstede", "Teamleider sociaal domein")]),
    ("Gemeente Pekela", "municipality", "Oude Pekela",
     [("Yvonne Smeenk", "Schuldhulpverlener"), ("Arjen Kloosterman", "Teamleider schuldhulp")]),
    ("Forte Welzijn", "welfare", "Veendam",
     [("Petra Zwiers", "Opbouwwerker"), ("Hanneke Brouwer", "Coördinator wijkteam")]),
    ("Woonstichting Oost (demo)", "housing", "Stadskanaal",
     [("Dirk Venema", "Woonconsulent"), ("Sylvia Knol", "Teamleider wonen")]),
]

ACTIVITIES = ["Spreekuur schuldhulp", "Huisbezoek met tandempartner", "Intakegesprek", "Overleg wijkteam",
              "Voorlichting op school", "Inloopochtend", "Casusbespreking"]


def database_is_empty(uow: UnitOfWork) -> str | None:
    """None if empty, else a short description of what is there."""
    s = uow.session
    for model, what in ((Programme, "programme"), (Cohort, "cohort"), (Trainee, "trainee"),
                        (Organisation, "organisation"), (StaffMember, "staff")):
        count = s.scalar(select(func.count()).select_from(model))
        if count:
            return f"{count} × {i18n.word(what)}"
    return None


def _tuesday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(1 - day.weekday()) % 7)


SECOND_COHORT = "Pekela 2026"

# The running cohort: fewer people, and each one shows something a coordinator acts on.
RUNNING = [  # persona, placement state: "active", "no_agreement", "none"
    (Persona("Maria-Louisa", "van den", "Heuvel-Brinkhorst", dt.date(1975, 6, 3), "Oude Pekela", 0.93, 0.03,
             0.03, 1.0), "active"),
    (Persona("Sjoerd", None, "Pelgrim", dt.date(1984, 2, 19), "Nieuwe Pekela", 0.62, 0.06, 0.06, 1.0),
     "active"),
    (Persona("Joëlle", None, "Meijer", dt.date(1991, 9, 30), "Veendam", 0.90, 0.05, 0.03, 1.0), "no_agreement"),
    (Persona("Thijs", None, "Bouwman", dt.date(1969, 12, 24), "Wildervank", 0.40, 0.04, 0.06, 1.0), "none"),
    (Persona("Eline", "de", "Boer", dt.date(1987, 4, 11), "Oude Pekela", 0.95, 0.02, 0.02, 1.0), "active"),
    (Persona("Mehmet", None, "Yıldız", dt.date(1980, 8, 5), "Stadskanaal", 0.88, 0.04, 0.04, 1.0), "active"),
    (Persona("Gerrit-Jan", None, "Veldhuis", dt.date(1962, 3, 27), "Muntendam", 0.85, 0.07, 0.04, 1.0),
     "active"),
    (Persona("Priya", None, "Ramdin", dt.date(1994, 1, 8), "Veendam", 0.91, 0.03, 0.04, 1.0), "active"),
]


def _random_status(rnd: random.Random, p: Persona) -> AttendanceStatus:
    roll = rnd.random()
    if roll < p.present:
        return AttendanceStatus.PRESENT
    if roll < p.present + p.late:
        return AttendanceStatus.LATE
    if roll < p.present + p.late + p.excused:
        return AttendanceStatus.EXCUSED
    return AttendanceStatus.ABSENT


def _plan_year(uow: UnitOfWork, cohort: Cohort, start: dt.date, mods: dict, trainers: list[StaffMember]
               ) -> list[CohortSession]:
    """A year of Tuesdays, module after module, with the summer and Christmas holidays left out."""
    from edtrainer.core.services import sessions

    holidays = {d for d in (start + dt.timedelta(weeks=w) for w in range(60))
                if (d.month == 12 and d.day >= 22) or (d.month == 1 and d.day <= 4)
                or (d.month == 7 and d.day >= 20) or (d.month == 8 and d.day <= 28)}
    day = start
    planned_sessions: list[CohortSession] = []
    for code, _title, _hours, _kind, _threshold, weeks in MODULES:
        trainer = trainers[len(planned_sessions) % 2]
        planned = 0
        while planned < weeks:
            if day not in holidays:
                planned_sessions.append(sessions.plan_session(
                    uow, cohort_id=cohort.id, module_id=mods[code].id, date=day, start_time="09:30",
                    duration_minutes=180, trainer_ids=[trainer.id]))
                planned += 1
            day += dt.timedelta(weeks=1)
    return planned_sessions


# The demo's marks and hours are made whole and stored in one flush per trainee rather than through
# attendance.record_attendance and placements.log_hours, which check each one and flush it on its own: the
# same rows (and, through the flush, the same audit entries), in a fraction of the time (issue 13: the demo
# on first start). The values are what those services store for valid input, which the demo's is.

def _marks(uow: UnitOfWork, enrolment_id: int, statuses: list[tuple[CohortSession, AttendanceStatus, int | None]]
           ) -> None:
    from edtrainer.core.services import attendance

    uow.session.add_all(AttendanceMark(session_id=sess.id, enrolment_id=enrolment_id,
                                       **attendance._mark_values(status, minutes, None, sess))
                        for sess, status, minutes in statuses)
    uow.session.flush()


def _log_and_approve(uow: UnitOfWork, placement_id: int, p_start: dt.date, stop: dt.date, target_minutes: int,
                     rnd: random.Random, today: dt.date) -> list:
    logged = 0
    work_day = p_start + dt.timedelta(days=1)  # Wednesdays
    entries = []
    while logged < target_minutes and work_day <= stop:
        hours = rnd.choice((4, 6, 8, 8, 8))
        entries.append(HourLogEntry(placement_id=placement_id, date=work_day, minutes=hours * 60,
                                    activity=rnd.choice(ACTIVITIES)))
        logged += hours * 60
        work_day += dt.timedelta(weeks=1) if rnd.random() < 0.5 else dt.timedelta(days=2)
        if work_day.weekday() >= 5:
            work_day += dt.timedelta(days=7 - work_day.weekday())
    uow.session.add_all(entries)
    uow.session.flush()
    return entries


def create_demo(uow: UnitOfWork, *, today: dt.date | None = None,
                progress: Callable[[int, int], object] | None = None) -> dict[str, object]:
    """Fill an empty database with the demo. Refuses a database that already holds data.

    ``progress(done, total)`` is told each step (the programme and its sessions, each trainee of the first
    cohort, the second cohort, the record of what the demo made): the app shows it on the first start."""
    from edtrainer.core.services import cohorts, organisations, placements, programmes, staff, trainees

    present = database_is_empty(uow)
    if present:
        raise ValidationError("db_not_empty", what=present)
    today = today or clock.today()
    total = len(PERSONAS) + 3
    step = progress or (lambda _done, _total: None)
    step(0, total)

    programme = programmes.create_programme(
        uow, name="Ervaringsdeskundige in Armoede en Sociale Uitsluiting", code="EDASU",
        certificate_title="Ervaringsdeskundige in Armoede en Sociale Uitsluiting",
        certificate_wording=("heeft met goed gevolg de opleiding tot ervaringsdeskundige in armoede en sociale "
                             "uitsluiting doorlopen, inclusief de beroepspraktijk in tandem met een vakprofessional."),
        description="Eenjarige variant met lesdag op dinsdag en beroepspraktijk in tandem (demo).",
        nominal_months=12, min_attendance_pct=80, excused_policy="exclude", required_placement_hours=300,
        requires_final_evaluation=True)
    mods = {}
    for pos, (code, title, hours, kind, threshold, _weeks) in enumerate(MODULES, start=1):
        mods[code] = programmes.add_module(uow, programme_id=programme.id, code=code, title=title,
                                           planned_hours=hours, position=pos, assessment_kind=kind,
                                           min_attendance_pct=threshold)

    coordinator = staff.create_staff(uow, full_name="Marieke Jansen", role="coordinator",
                                     email="m.jansen@example.org")
    trainer_a = staff.create_staff(uow, full_name="Henk Bosma", role="trainer")
    trainer_b = staff.create_staff(uow, full_name="Fatma Yılmaz", role="trainer")
    buddies = [staff.create_staff(uow, full_name=n, role=StaffRole.BUDDY) for n in ("Gerda Mulder", "Kees Smit")]

    start = _tuesday_on_or_after(today - dt.timedelta(days=400))
    end = start + dt.timedelta(weeks=53)
    cohort = cohorts.create_cohort(uow, programme_id=programme.id, name=DEMO_COHORT, location="Veendam",
                                   start_date=start, end_date=end, coordinator_id=coordinator.id,
                                   status=CohortStatus.RUNNING if end >= today else CohortStatus.COMPLETED)
    cohorts.assign_trainer(uow, cohort_id=cohort.id, staff_id=trainer_a.id)
    cohorts.assign_trainer(uow, cohort_id=cohort.id, staff_id=trainer_b.id)
    all_sessions = _plan_year(uow, cohort, start, mods, [trainer_a, trainer_b])

    orgs = []
    for name, kind, city, contacts in ORGANISATIONS:
        org = organisations.create_organisation(uow, name=name, kind=kind, city=city)
        people = [organisations.add_contact(uow, organisation_id=org.id, full_name=n, job_title=t)
                  for n, t in contacts]
        orgs.append((org, people))

    placement_count = 0
    last_session = all_sessions[-1].date
    step(1, total)
    for index, p in enumerate(PERSONAS):
        if index:
            step(1 + index, total)
        trainee = trainees.create_trainee(uow, given_names=p.given, name_prefix=p.prefix, family_name=p.family,
                                          date_of_birth=p.born, birth_place=p.place)
        enrolment = trainees.enrol(uow, trainee_id=trainee.id, cohort_id=cohort.id, enrolled_on=start,
                                   buddy_id=buddies[index % 2].id)
        left_on = start + dt.timedelta(weeks=p.withdrawn_after_weeks) if p.withdrawn_after_weeks else None
        # One random stream per trainee and purpose: the story of each trainee is the same whatever the
        # date the demo is made on.
        rnd = random.Random(f"attendance-{index}")
        marks = []
        for sess in all_sessions:
            if left_on and sess.date > left_on:
                break
            status = _random_status(rnd, p)
            minutes = sess.duration_minutes - rnd.choice((10, 15, 20, 30)) if status is AttendanceStatus.LATE else None
            marks.append((sess, status, minutes))
        _marks(uow, enrolment.id, marks)

        org, (tandem, supervisor) = orgs[index % len(orgs)]
        p_start = start + dt.timedelta(weeks=8)
        p_end = min(end, last_session)
        placement = placements.create_placement(
            uow, enrolment_id=enrolment.id, organisation_id=org.id, planned_start=p_start, planned_end=p_end,
            tandem_professional_id=tandem.id, supervisor_id=supervisor.id, hours_per_week=8,
            kind="internship")
        placements.sign_agreement(uow, placement_id=placement.id, signed_on=p_start - dt.timedelta(days=10),
                                  today=today)
        placements.start_placement(uow, placement_id=placement.id)
        placement_count += 1

        rnd = random.Random(f"placement-{index}")
        target_minutes = int(programme.required_placement_hours * 60 * p.hours_factor)
        entries = _log_and_approve(uow, placement.id, p_start, min(left_on or p_end, today), target_minutes, rnd,
                                   today)
        # The most recent few weeks of hours still await the supervisor's approval for some trainees.
        cut = len(entries) - (3 if p.hours_factor < 0.8 and not left_on else 0)
        if entries[:cut]:
            placements.approve_hours(uow, entry_ids=[e.id for e in entries[:cut]], approved_by_id=supervisor.id)

        midterm = p_start + (p_end - p_start) / 2
        if not left_on or left_on > midterm:
            placements.record_evaluation(
                uow, placement_id=placement.id, kind="midterm", date=midterm, evaluator_id=tandem.id,
                ratings={c: rnd.choice((3, 3, 4, 4, 5)) for c in placements.DEFAULT_CRITERIA}, today=today)
        if left_on:
            trainees.withdraw(uow, enrolment_id=enrolment.id, reason="Gezondheid; wil later opnieuw instromen",
                              category="health",
                              on=left_on)
            placements.end_placement_early(uow, placement_id=placement.id, reason="Deelnemer gestopt met opleiding",
                                           on=left_on)
            continue
        if p.final_evaluation and p_end <= today:
            placements.record_evaluation(
                uow, placement_id=placement.id, kind="final", date=p_end, evaluator_id=supervisor.id,
                ratings={c: rnd.choice((3, 4, 4, 5)) for c in placements.DEFAULT_CRITERIA}, today=today)
            placements.complete_placement(uow, placement_id=placement.id, on=p_end)

        decided_results = []
        for code, mod in mods.items():
            if code == p.pending_module:
                continue
            result = ResultStatus.NOT_PASSED if code == p.failed_module else ResultStatus.PASSED
            decided = max(s.date for s in all_sessions if s.module_id == mod.id)
            if decided <= today:  # what results.record_module_result stores, in one flush per trainee
                decided_results.append(ModuleResult(enrolment_id=enrolment.id, module_id=mod.id, status=result,
                                                    decided_on=decided, assessor_id=trainer_a.id))
        uow.session.add_all(decided_results)
        uow.session.flush()

    step(1 + len(PERSONAS), total)
    _create_running_cohort(uow, programme, mods, [trainer_b, trainer_a], coordinator, buddies, orgs, today)
    step(2 + len(PERSONAS), total)
    remember_demo(uow)
    step(total, total)
    return {"programme": programme.code, "cohort": cohort.name, "trainees": len(PERSONAS),
            "sessions": len(all_sessions), "placements": placement_count,
            "second_cohort": SECOND_COHORT, "second_trainees": len(RUNNING)}


def _create_running_cohort(uow: UnitOfWork, programme: Programme, mods: dict, trainers: list[StaffMember],
                           coordinator: StaffMember, buddies: list[StaffMember], orgs: list, today: dt.date
                           ) -> dict[str, list[int]]:
    """A cohort half-way through its year, with the most recent session not recorded yet."""
    from edtrainer.core.services import cohorts, placements, results, sessions, trainees

    start = _tuesday_on_or_after(today - dt.timedelta(weeks=22))
    end = start + dt.timedelta(weeks=53)
    cohort = cohorts.create_cohort(uow, programme_id=programme.id, name=SECOND_COHORT, location="Oude Pekela",
                                   start_date=start, end_date=end, coordinator_id=coordinator.id,
                                   status=CohortStatus.RUNNING)
    for trainer in trainers:
        cohorts.assign_trainer(uow, cohort_id=cohort.id, staff_id=trainer.id)
    planned = _plan_year(uow, cohort, start, mods, trainers)
    held = [s for s in planned if s.date < today]
    to_record = held[:-1]  # the latest session is waiting for its trainer
    upcoming = [s for s in planned if s.date >= today]
    trainee_ids = []
    for index, (p, state) in enumerate(RUNNING):
        trainee = trainees.create_trainee(uow, given_names=p.given, name_prefix=p.prefix, family_name=p.family,
                                          date_of_birth=p.born, birth_place=p.place)
        trainee_ids.append(trainee.id)
        enrolment = trainees.enrol(uow, trainee_id=trainee.id, cohort_id=cohort.id, enrolled_on=start,
                                   buddy_id=buddies[index % 2].id)
        rnd = random.Random(f"p26-attendance-{index}")
        marks = []
        for sess in to_record:
            status = _random_status(rnd, p)
            minutes = sess.duration_minutes - rnd.choice((10, 15, 20, 30)) if status is AttendanceStatus.LATE else None
            marks.append((sess, status, minutes))
        _marks(uow, enrolment.id, marks)
        if index == 4 and upcoming:
            sessions.record_apology(uow, session_id=upcoming[0].id, enrolment_id=enrolment.id,
                                    reason="Afspraak bij het ziekenhuis", today=today)
        if state == "none":
            continue
        org, (tandem, supervisor) = orgs[(index + 1) % len(orgs)]
        p_start = start + dt.timedelta(weeks=6)
        p_end = p_start + dt.timedelta(weeks=30)
        placement = placements.create_placement(
            uow, enrolment_id=enrolment.id, organisation_id=org.id, planned_start=p_start, planned_end=p_end,
            tandem_professional_id=tandem.id, supervisor_id=supervisor.id, hours_per_week=8, kind="internship")
        if state == "no_agreement":
            continue
        placements.sign_agreement(uow, placement_id=placement.id, signed_on=p_start - dt.timedelta(days=7),
                                  today=today)
        placements.start_placement(uow, placement_id=placement.id)
        rnd = random.Random(f"p26-placement-{index}")
        entries = _log_and_approve(uow, placement.id, p_start, today - dt.timedelta(days=1), 10**6, rnd, today)
        waiting = 2 if index % 3 == 0 else 0  # some hours await the supervisor's signature
        if entries[:len(entries) - waiting]:
            placements.approve_hours(uow, entry_ids=[e.id for e in entries[:len(entries) - waiting]],
                                     approved_by_id=supervisor.id)
        midterm = p_start + (p_end - p_start) / 2
        if midterm <= today and index != 1:  # one midterm evaluation is overdue
            placements.record_evaluation(
                uow, placement_id=placement.id, kind="midterm", date=midterm, evaluator_id=tandem.id,
                ratings={c: rnd.choice((3, 3, 4, 4, 5)) for c in placements.DEFAULT_CRITERIA}, today=today)
    for code in ("LVH", "COM", "AIM"):
        last = max(s.date for s in planned if s.module_id == mods[code].id)
        if last < today:
            for tid in trainee_ids[:6]:
                enrolment_id = uow.session.scalars(select(Enrolment.id).where(Enrolment.trainee_id == tid)).one()
                results.record_module_result(uow, enrolment_id=enrolment_id, module_id=mods[code].id,
                                             status=ResultStatus.PASSED, decided_on=last, today=today)
    return {"trainee_ids": trainee_ids}


# --- knowing and removing the demo ----------------------------------------------------------------------

DEMO_KEY = "demo"


def remember_demo(uow: UnitOfWork) -> None:
    """Write down every record the demo made (it fills an empty database, so that is every record there
    is), so that removing it takes those and nothing the coordinator adds later."""
    from edtrainer.core.services.demo_removal import TABLES, as_ranges

    uow.session.flush()
    rows = {table: as_ranges(uow.session.scalars(select(model.id))) for table, model in TABLES.items()}
    uow.session.merge(AppMeta(key=DEMO_KEY, value={"rows": {t: r for t, r in rows.items() if r}}))
    uow.session.flush()


def demo_marker(uow: UnitOfWork) -> dict[str, list[int]] | None:
    """Which records the demo made, or None when the database holds no demo (any more)."""
    meta = uow.session.get(AppMeta, DEMO_KEY)
    return meta.value if meta is not None and meta.value else None

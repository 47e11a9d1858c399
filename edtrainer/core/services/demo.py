"""A realistic demo: one EDASU programme, the cohort "Oost-Groningen" with 12 fictional trainees, a year
of weekly sessions with attendance, placements with hour logs and evaluations, and module results.

Everything goes through the services, so the demo is also a walk through the whole domain. The people
and contact persons are invented; the organisations are the kinds named in the seed texts.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import func, select

from edtrainer.core import i18n
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import (
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Organisation,
    Programme,
    ResultStatus,
    StaffMember,
    StaffRole,
    Trainee,
)
from edtrainer.core.services import (
    cohorts,
    organisations,
    placements,
    programmes,
    results,
    sessions,
    staff,
    trainees,
)
from edtrainer.core.uow import UnitOfWork

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


def create_demo(uow: UnitOfWork, *, today: dt.date | None = None) -> dict[str, object]:
    """Fill an empty database with the demo. Refuses a database that already holds data."""
    present = database_is_empty(uow)
    if present:
        raise ValidationError("db_not_empty", what=present)
    today = today or dt.date.today()

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

    # A year of Tuesdays, module after module, with the summer and Christmas holidays left out.
    holidays = {d for d in (start + dt.timedelta(weeks=w) for w in range(60))
                if (d.month == 12 and d.day >= 22) or (d.month == 1 and d.day <= 4)
                or (d.month == 7 and d.day >= 20) or (d.month == 8 and d.day <= 28)}
    day = start
    all_sessions: list[CohortSession] = []
    for code, _title, _hours, _kind, _threshold, weeks in MODULES:
        trainer = trainer_a if len(all_sessions) % 2 == 0 else trainer_b
        planned = 0
        while planned < weeks:
            if day not in holidays:
                all_sessions.append(sessions.plan_session(
                    uow, cohort_id=cohort.id, module_id=mods[code].id, date=day, start_time="09:30",
                    duration_minutes=180, trainer_ids=[trainer.id]))
                planned += 1
            day += dt.timedelta(weeks=1)

    orgs = []
    for name, kind, city, contacts in ORGANISATIONS:
        org = organisations.create_organisation(uow, name=name, kind=kind, city=city)
        people = [organisations.add_contact(uow, organisation_id=org.id, full_name=n, job_title=t)
                  for n, t in contacts]
        orgs.append((org, people))

    placement_count = 0
    last_session = all_sessions[-1].date
    for index, p in enumerate(PERSONAS):
        trainee = trainees.create_trainee(uow, given_names=p.given, name_prefix=p.prefix, family_name=p.family,
                                          date_of_birth=p.born, birth_place=p.place)
        enrolment = trainees.enrol(uow, trainee_id=trainee.id, cohort_id=cohort.id, enrolled_on=start,
                                   buddy_id=buddies[index % 2].id)
        left_on = start + dt.timedelta(weeks=p.withdrawn_after_weeks) if p.withdrawn_after_weeks else None
        # One random stream per trainee and purpose: the story of each trainee is the same whatever the
        # date the demo is made on.
        rnd = random.Random(f"attendance-{index}")

        for sess in all_sessions:
            if left_on and sess.date > left_on:
                break
            roll = rnd.random()
            if roll < p.present:
                status = AttendanceStatus.PRESENT
            elif roll < p.present + p.late:
                status = AttendanceStatus.LATE
            elif roll < p.present + p.late + p.excused:
                status = AttendanceStatus.EXCUSED
            else:
                status = AttendanceStatus.ABSENT
            minutes = sess.duration_minutes - rnd.choice((10, 15, 20, 30)) if status is AttendanceStatus.LATE else None
            sessions.record_attendance(uow, session_id=sess.id, enrolment_id=enrolment.id, status=status,
                                       minutes_present=minutes)

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
        logged = 0
        work_day = p_start + dt.timedelta(days=1)  # Wednesdays
        entries = []
        stop = min(left_on or p_end, today)
        while logged < target_minutes and work_day <= stop:
            hours = rnd.choice((4, 6, 8, 8, 8))
            entry = placements.log_hours(uow, placement_id=placement.id, date=work_day, hours=hours,
                                         activity=rnd.choice(ACTIVITIES), today=today)
            entries.append(entry)
            logged += hours * 60
            work_day += dt.timedelta(weeks=1) if rnd.random() < 0.5 else dt.timedelta(days=2)
            if work_day.weekday() >= 5:
                work_day += dt.timedelta(days=7 - work_day.weekday())
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
                              on=left_on)
            placements.end_placement_early(uow, placement_id=placement.id, reason="Deelnemer gestopt met opleiding",
                                           on=left_on)
            continue
        if p.final_evaluation and p_end <= today:
            placements.record_evaluation(
                uow, placement_id=placement.id, kind="final", date=p_end, evaluator_id=supervisor.id,
                ratings={c: rnd.choice((3, 4, 4, 5)) for c in placements.DEFAULT_CRITERIA}, today=today)
            placements.complete_placement(uow, placement_id=placement.id, on=p_end)

        for code, mod in mods.items():
            if code == p.pending_module:
                continue
            result = ResultStatus.NOT_PASSED if code == p.failed_module else ResultStatus.PASSED
            decided = max(s.date for s in all_sessions if s.module_id == mod.id)
            if decided <= today:
                results.record_module_result(uow, enrolment_id=enrolment.id, module_id=mod.id, status=result,
                                             decided_on=decided, assessor_id=trainer_a.id, today=today)

    return {"programme": programme.code, "cohort": cohort.name, "trainees": len(PERSONAS),
            "sessions": len(all_sessions), "placements": placement_count}

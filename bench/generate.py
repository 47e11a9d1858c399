"""Generate a large synthetic edtrainer database for benchmarks.

Default size: 200 cohorts of 25 trainees (5,000 trainees and enrolments), 200 sessions per cohort
(40,000), a mark for every trainee at every held session (about 970,000: one cohort in ten still has
sessions to come), a placement per enrolment with weekly hour log entries, evaluations and module
results. The first cohort, "Bench-Largest", is as large as any (25 trainees x 200 sessions, all held).

    python bench/generate.py                  # bench/out/large.sqlite3
    python bench/generate.py --small          # a quick smoke run
    python bench/generate.py --database postgresql://...   # an empty PostgreSQL database

Rows go in with SQLAlchemy Core bulk inserts in one transaction: the services would validate and audit
each row, which is right for people and far too slow for a million marks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edtrainer.core import models as m  # noqa: E402
from edtrainer.core.db import open_database  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
LARGEST = "Bench-Largest"
GIVEN = ["Anja", "Noël", "Zoë", "IJsbrand", "Fatima", "René", "Loïs", "Chantal", "Wessel", "Ingrid", "Jeroen",
         "Sanne", "Mehmet", "Gerda", "Kees", "Joëlle", "Daan", "Eline", "Thijs", "Priya"]
FAMILY = ["Vries", "Hendriks", "Kuipers", "Dijkstra", "Amrani", "Oosterhuis", "Wiersma", "Pérez", "Brink",
          "Schröder", "Bakker", "Meer", "Yılmaz", "Mulder", "Smit", "Bosma", "Jansen", "Visser", "Postma", "Boer"]
PREFIX = [None, None, None, "de", "van der", "ten", "van"]
STATUSES = ["present"] * 86 + ["late"] * 5 + ["excused"] * 5 + ["absent"] * 4


def edited(**cols: object) -> dict[str, object]:
    return {"version": 1, "created_at": NOW, "updated_at": NOW, "updated_by": "bench", **cols}


def generate(url: str, *, cohorts: int, trainees_per_cohort: int, sessions_per_cohort: int, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    db = open_database(url)
    counts: dict[str, int] = {}
    with db.engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(m.Trainee)).scalar_one():
            raise SystemExit(f"{url} already holds data; give an empty database")

        def put(model: type, rows: list[dict]) -> None:
            for i in range(0, len(rows), 50_000):
                conn.execute(insert(model), rows[i:i + 50_000])
            counts[model.__tablename__] = counts.get(model.__tablename__, 0) + len(rows)

        programmes, modules = [], {}
        for p in range(3):
            pid = p + 1
            programmes.append(edited(id=pid, name=f"EDASU variant {pid}", code=f"EDA{pid}", nominal_months=24,
                                     certificate_title="Ervaringsdeskundige in Armoede en Sociale Uitsluiting",
                                     min_attendance_pct=80, excused_policy="exclude", required_placement_hours=320,
                                     requires_final_evaluation=True))
            modules[pid] = [pid * 100 + i for i in range(11)]
        put(m.Programme, programmes)
        put(m.Module, [edited(id=mid, programme_id=pid, code=f"M{mid}", title=f"Module {mid}", planned_hours=24,
                              position=i, assessment_kind="assignment", required=True,
                              min_attendance_pct=70 if i == 4 else None)
                       for pid, mids in modules.items() for i, mid in enumerate(mids)])
        put(m.Organisation, [edited(id=o, name=f"Welzijnsorganisatie {o}", kind="welfare") for o in range(1, 41)])
        put(m.ContactPerson, [edited(id=c, organisation_id=(c - 1) // 2 + 1, full_name=f"Professional {c}")
                              for c in range(1, 81)])

        cohort_rows, session_rows, trainee_rows, enrol_rows = [], [], [], []
        mark_rows, placement_rows, hour_rows, eval_rows, result_rows = [], [], [], [], []
        session_id = trainee_id = placement_id = hour_id = eval_id = result_id = mark_id = 0
        for c in range(1, cohorts + 1):
            pid = (c - 1) % 3 + 1
            size = trainees_per_cohort
            # most cohorts have held every session; one in ten is still under way
            if c % 10 == 0:
                weeks_ago = rnd.randint(sessions_per_cohort // 2, sessions_per_cohort - 5)
            else:
                weeks_ago = rnd.randint(sessions_per_cohort + 2, sessions_per_cohort + 40)
            start = TODAY - dt.timedelta(weeks=weeks_ago)
            cohort_rows.append(edited(id=c, programme_id=pid, name=LARGEST if c == 1 else f"Bench {c:03d}",
                                      location="Veendam", start_date=start,
                                      end_date=start + dt.timedelta(weeks=sessions_per_cohort + 2),
                                      status="running"))
            sessions = []
            for k in range(sessions_per_cohort):
                session_id += 1
                day = start + dt.timedelta(weeks=k, days=1)
                mid = modules[pid][k * len(modules[pid]) // sessions_per_cohort]
                sessions.append((session_id, day))
                session_rows.append(edited(id=session_id, cohort_id=c, module_id=mid, date=day,
                                           start_time=dt.time(9, 30), duration_minutes=180, cancelled=False))
            for _ in range(size):
                trainee_id += 1
                trainee_rows.append(edited(id=trainee_id, given_names=rnd.choice(GIVEN),
                                           name_prefix=rnd.choice(PREFIX), family_name=rnd.choice(FAMILY)))
                enrol_rows.append(edited(id=trainee_id, trainee_id=trainee_id, cohort_id=c, enrolled_on=start,
                                         status="active"))
                weights = rnd.choice((0, 0, 0, 1, 2))  # a few trainees miss more sessions
                for sid, day in sessions:
                    if day > TODAY:
                        continue
                    mark_id += 1
                    status = rnd.choice(STATUSES) if not weights or rnd.random() > 0.1 * weights else "absent"
                    mark_rows.append(edited(id=mark_id, session_id=sid, enrolment_id=trainee_id, status=status,
                                            minutes_present=180 if status == "present" else 0))
                placement_id += 1
                p_start = start + dt.timedelta(weeks=8)
                placement_rows.append(edited(id=placement_id, enrolment_id=trainee_id,
                                             organisation_id=rnd.randint(1, 40),
                                             supervisor_id=None, kind="internship", planned_start=p_start,
                                             planned_end=p_start + dt.timedelta(weeks=60), hours_per_week=8.0,
                                             agreement_signed_on=p_start, status="active"))
                for w in range(rnd.randint(25, 45)):
                    day = p_start + dt.timedelta(weeks=w, days=2)
                    if day > TODAY:
                        break
                    hour_id += 1
                    approved = rnd.random() < 0.9
                    hour_rows.append(edited(id=hour_id, placement_id=placement_id, date=day, minutes=480,
                                            approved_at=NOW if approved else None))
                for kind in ("midterm", "final") if rnd.random() < 0.8 else ("midterm",):
                    eval_id += 1
                    eval_rows.append(edited(id=eval_id, placement_id=placement_id, kind=kind, date=TODAY))
                for mid in modules[pid]:
                    result_id += 1
                    result_rows.append(edited(id=result_id, enrolment_id=trainee_id, module_id=mid,
                                              status="passed" if rnd.random() < 0.97 else "pending"))
            if len(mark_rows) > 200_000:  # keep memory flat
                put(m.Cohort, cohort_rows); put(m.CohortSession, session_rows); put(m.Trainee, trainee_rows)  # noqa: E702
                put(m.Enrolment, enrol_rows); put(m.AttendanceMark, mark_rows); put(m.Placement, placement_rows)  # noqa: E702
                put(m.HourLogEntry, hour_rows); put(m.Evaluation, eval_rows); put(m.ModuleResult, result_rows)  # noqa: E702
                for rows in (cohort_rows, session_rows, trainee_rows, enrol_rows, mark_rows, placement_rows, hour_rows,
                             eval_rows, result_rows):
                    rows.clear()
        put(m.Cohort, cohort_rows); put(m.CohortSession, session_rows); put(m.Trainee, trainee_rows)  # noqa: E702
        put(m.Enrolment, enrol_rows); put(m.AttendanceMark, mark_rows); put(m.Placement, placement_rows)  # noqa: E702
        put(m.HourLogEntry, hour_rows); put(m.Evaluation, eval_rows); put(m.ModuleResult, result_rows)  # noqa: E702
    with db.engine.begin() as conn:  # fresh statistics, as a database in use would have
        conn.exec_driver_sql("ANALYZE")
    db.dispose()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=str(OUT / "large.sqlite3"), help="SQLite file or database URL")
    parser.add_argument("--cohorts", type=int, default=200)
    parser.add_argument("--trainees-per-cohort", type=int, default=25)
    parser.add_argument("--sessions-per-cohort", type=int, default=200)
    parser.add_argument("--small", action="store_true", help="5 cohorts, for a quick check")
    parser.add_argument("--force", action="store_true", help="replace an existing SQLite file")
    args = parser.parse_args()
    if args.small:
        args.cohorts = 5
        if args.database == str(OUT / "large.sqlite3"):
            args.database = str(OUT / "small.sqlite3")
    if "://" not in args.database:
        path = Path(args.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            if not args.force:
                print(f"{path} exists; use --force to replace it", file=sys.stderr)
                return 1
            for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                extra.unlink(missing_ok=True)
    started = time.perf_counter()
    counts = generate(args.database, cohorts=args.cohorts, trainees_per_cohort=args.trainees_per_cohort,
                      sessions_per_cohort=args.sessions_per_cohort)
    took = time.perf_counter() - started
    print(f"generated {args.database} in {took:.1f} s")
    for table, n in counts.items():
        print(f"  {table:<16} {n:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

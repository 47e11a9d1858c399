"""Time certification readiness on the large synthetic database (see generate.py).

Prints each figure beside its target and beside a naive baseline measured in the same run:
- one cohort (the largest: 25 trainees x 200 sessions): target well under 50 ms;
- every enrolment of every cohort (5,000): target under 5 s;
- baseline: the same cohort computed trainee by trainee (one set of queries each), the way a screen
  that asks per row would do it.

    python bench/readiness.py [bench/out/large.sqlite3 | postgresql://...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from edtrainer.core import models as m  # noqa: E402
from edtrainer.core.db import open_database  # noqa: E402
from edtrainer.core.services import readiness  # noqa: E402

DEFAULT = Path(__file__).resolve().parent / "out" / "large.sqlite3"


def timed(fn, repeat: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def main() -> int:
    target = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    if "://" not in target and not Path(target).exists():
        print(f"{target} does not exist: run python bench/generate.py first", file=sys.stderr)
        return 1
    db = open_database(target)
    with db.uow() as uow:
        s = uow.session
        cohort = s.scalar(select(m.Cohort).where(m.Cohort.name == "Bench-Largest"))
        enrolment_ids = list(s.scalars(select(m.Enrolment.id).where(m.Enrolment.cohort_id == cohort.id)))
        sessions = s.scalar(select(func.count()).select_from(m.CohortSession)
                            .where(m.CohortSession.cohort_id == cohort.id))
        counts = {t: s.scalar(select(func.count()).select_from(model)) for t, model in
                  (("enrolments", m.Enrolment), ("sessions", m.CohortSession), ("marks", m.AttendanceMark))}

        today = readiness.dt.date(2026, 11, 24)
        one = timed(lambda: readiness.readiness_for_cohort(uow, cohort_id=cohort.id, today=today), 20)
        naive = timed(lambda: [readiness.readiness_for(uow, enrolment_ids=[e], today=today)
                               for e in enrolment_ids], 5)
        every: list = []
        all_times = timed(lambda: every.append(readiness.readiness_for(uow, today=today)), 3)
    db.dispose()

    ready = sum(r.readiness.ready for r in every[-1])
    print(f"database: {target}")
    print(f"  {counts['enrolments']:,} enrolments, {counts['sessions']:,} sessions, {counts['marks']:,} marks")
    print(f"  largest cohort: {len(enrolment_ids)} trainees x {sessions} sessions; "
          f"{ready:,} of {len(every[-1]):,} enrolments ready\n")
    rows = [
        ("readiness, one cohort (median of 20)", statistics.median(one) * 1000, "ms", 50.0, "target"),
        ("  baseline: same cohort trainee by trainee", statistics.median(naive) * 1000, "ms",
         statistics.median(one) * 1000, "ratio baseline/ours"),
        ("readiness, all 5,000 enrolments (median of 3)", statistics.median(all_times), "s", 5.0, "target"),
    ]
    print(f"{'what':<48} {'measured':>10} {'compared with':>14}  ratio")
    for what, value, unit, ref, kind in rows:
        if kind == "target":
            print(f"{what:<48} {value:>8.1f} {unit} {ref:>11.1f} {unit}  {value / ref:.2f} of target")
        else:
            print(f"{what:<48} {value:>8.1f} {unit} {ref:>11.1f} {unit}  {value / ref:.1f}x slower than ours")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Coordinators writing at the same moment on one PostgreSQL database: no deadlock shown to anyone, no
mark stored twice, no write lost, and only plain sentences when something cannot be done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import text

from edtrainer.core import clock
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.services import sessions, trainees

from factories import make_world

WRITERS = 20
HERE = Path(__file__).resolve().parent


@pytest.mark.postgres
def test_twenty_coordinators_at_once(db_url: str) -> None:
    if "://" not in db_url:
        pytest.skip("the shared-database case")
    db = Database(resolve_url(db_url))
    try:
        w = make_world(db, sessions_past=4, today=clock.today())
        with db.uow() as uow:
            start = sessions.list_sessions(uow, cohort_id=w.cohort_id)[0].date
            for n in range(8):
                person = trainees.create_trainee(uow, given_names=f"Extra{n}", family_name="Cursist")
                w.enrolment_ids.append(trainees.enrol(uow, trainee_id=person.id, cohort_id=w.cohort_id,
                                                      enrolled_on=start).id)
            uow.commit()
        everyone_present, *others = w.session_ids
        begin = time.time() + 4.0
        procs = [subprocess.Popen([sys.executable, str(HERE / "load_writer.py"), db_url, str(begin), str(seed),
                                   str(everyone_present), ",".join(map(str, others)),
                                   ",".join(map(str, w.enrolment_ids))],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
                 for seed in range(WRITERS)]
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, err
            results.append(json.loads(out))

        raw = [r for res in results for r in res["raw"]]
        assert raw == [], f"raw driver messages reached a coordinator: {raw[:3]}"
        messages = [m for res in results for m in res["messages"]]
        assert not [m for m in messages if "deadlock" in m.lower() or "uq_" in m or "constraint" in m.lower()]
        deadlocks = sum(res["retries"]["ordered"].get("db_deadlock", 0) for res in results)
        assert deadlocks == 0, "marks written in key order never deadlock"

        with db.engine.connect() as conn:
            doubles = conn.execute(text("SELECT session_id, enrolment_id FROM attendance_mark "
                                        "GROUP BY session_id, enrolment_id HAVING count(*) > 1")).fetchall()
            assert doubles == []
            present = conn.execute(text("SELECT count(*) FROM attendance_mark WHERE session_id = :s"),
                                   {"s": everyone_present}).scalar_one()
            final = {(s, e): (v, st) for s, e, v, st in conn.execute(text(
                "SELECT session_id, enrolment_id, version, status FROM attendance_mark WHERE session_id != :s"),
                {"s": everyone_present})}
        # Everyone present: every trainee marked once, and between them the coordinators counted each mark once.
        assert present == len(w.enrolment_ids)
        assert sum(res["all_present"] for res in results) == len(w.enrolment_ids)
        # No write lost: no two writes ended on the same version of a mark with different values, and the
        # highest version any writer saw is the one stored.
        seen: dict[tuple[int, int], dict[int, str]] = defaultdict(dict)
        for res in results:
            for sid, eid, status, version in res["writes"]:
                assert seen[(sid, eid)].setdefault(version, status) == status, f"a lost update at {(sid, eid)}"
        assert seen, "no writes succeeded"
        for key, versions in seen.items():
            top = max(versions)
            assert final[key] == (top, versions[top]), key
        succeeded = sum(len(res["writes"]) for res in results)
        assert succeeded >= WRITERS * 12 * 3 * 0.9, f"too many writes gave up: {messages[:3]}"
    finally:
        db.dispose()

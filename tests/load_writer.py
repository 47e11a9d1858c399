"""One coordinator of many, writing attendance on a shared PostgreSQL database at the same moment as the
others (run by tests/test_concurrency.py as a separate process; not a test module itself).

    python tests/load_writer.py URL START_EPOCH SEED SESSION_ALL SESSION_IDS ENROLMENT_IDS

Prints one JSON object: what it stored, with the version each mark had after its write (so the test can
prove that no write was lost: two writes never end on the same version with different values), the
messages it got, and how often a unit of work had to run again, by reason.
"""

from __future__ import annotations

import json
import random
import sys
import time

from edtrainer.core import uow as uow_module
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.errors import EdtrainerError
from edtrainer.core.services import sessions


def main() -> None:
    url, start, seed = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    session_all = int(sys.argv[4])
    session_ids = [int(x) for x in sys.argv[5].split(",")]
    enrolment_ids = [int(x) for x in sys.argv[6].split(",")]
    rnd = random.Random(seed)
    out: dict = {"all_present": 0, "writes": [], "messages": [], "raw": [], "retries": {}}
    db = Database(resolve_url(url))
    try:
        db.ping()
        retried: dict[str, int] = {}
        real_sleep = time.sleep

        def note(exc: EdtrainerError) -> None:
            retried[exc.key] = retried.get(exc.key, 0) + 1

        original_run = uow_module.run

        def counting_run(database, fn, **kw):  # noqa: ANN001, ANN003, ANN202
            attempts = kw.pop("attempts", uow_module.ATTEMPTS)
            for attempt in range(1, attempts + 1):
                try:
                    return original_run(database, fn, attempts=1, **kw)
                except EdtrainerError as exc:
                    cause = exc.__cause__
                    if exc.key != "db_gave_up" or attempt == attempts or not isinstance(cause, EdtrainerError):
                        raise
                    note(cause)
                    real_sleep(rnd.uniform(0.02, 0.08) * attempt)
            raise AssertionError("unreachable")

        db.run = lambda fn, actor=None, write=True: counting_run(db, fn, actor=actor, write=write)  # type: ignore[method-assign]
        real_sleep(max(0.0, start - time.time()))  # everyone starts at the same moment

        def attempt(fn, what) -> None:  # noqa: ANN001
            try:
                result = db.run(fn)
            except EdtrainerError as exc:
                out["messages"].append(exc.message("nl"))
                return
            except Exception as exc:  # noqa: BLE001 - exactly what the test counts as a raw message
                out["raw"].append(f"{type(exc).__name__}: {exc}")
                return
            what(result)

        # 1. Everyone present, all at once, on the same session.
        attempt(lambda uow: sessions.mark_all_present(uow, session_id=session_all),
                lambda n: out.__setitem__("all_present", n))
        # 2. Several marks in one transaction, in any order the caller likes (set_attendance_many orders them).
        phase_one = dict(retried)
        for _ in range(12):
            sid = rnd.choice(session_ids)
            chosen = rnd.sample(enrolment_ids, rnd.randint(3, 7))
            marks = {e: rnd.choice(("present", "late", "absent", "excused")) for e in chosen}
            attempt(lambda uow, sid=sid, marks=marks: sessions.set_attendance_many(uow, session_id=sid, marks=marks),
                    lambda versions, sid=sid, marks=marks: out["writes"].extend(
                        [sid, e, marks[e], versions[e]] for e in marks))
        out["retries"] = {"everyone_present": phase_one,
                          "ordered": {k: v - phase_one.get(k, 0) for k, v in retried.items()}}
    finally:
        db.dispose()
    print(json.dumps(out))


if __name__ == "__main__":
    main()

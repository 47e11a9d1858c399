"""One clock for "today" and "now": nothing asks the calendar behind its back, and the demo tells the same
story on every day of the week and across midnight and New Year."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from edtrainer.core import clock
from edtrainer.core.db import Database, resolve_url
from edtrainer.core.services import cohorts, demo, overview, readiness

from conftest import with_demo

ROOT = Path(__file__).resolve().parent.parent
# Asking the system for the date or time anywhere but the clock: the ways Python and Qt offer.
ASKS_THE_CALENDAR = re.compile(r"date\.today\(|datetime\.now\(|datetime\.today\(|datetime\.utcnow\(|"
                               r"time\.localtime\(|QDate\.currentDate\(|QDateTime\.current")


def test_nothing_asks_the_calendar_but_the_clock() -> None:
    offenders = []
    for folder in ("edtrainer", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name in ("clock.py", "test_clock.py"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if ASKS_THE_CALENDAR.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "use edtrainer.core.clock instead:\n" + "\n".join(offenders)


def test_a_set_clock_runs_on_and_goes_back() -> None:
    before = clock.today()
    with clock.set_to(dt.datetime(2030, 2, 28, 23, 59, 59)):
        first = clock.now()
        assert clock.today() == dt.date(2030, 2, 28)
        assert clock.local_now().tzinfo is not None and first.tzinfo is not None
        assert clock.now() >= first  # it keeps running
    assert clock.today() == before
    with clock.set_to(dt.date(2031, 1, 1)):
        assert clock.local_now().replace(tzinfo=None) >= dt.datetime(2031, 1, 1, 10, 0)


def test_the_command_line_takes_the_date_from_the_environment(tmp_path: Path) -> None:
    env = {**os.environ, "EDTRAINER_NOW": "2027-01-01T00:00:30"}
    out = subprocess.run([sys.executable, "-c", "from edtrainer.core import clock; print(clock.today())"],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "2027-01-01"


def _story(url: str, today: dt.date) -> None:
    """What the demo promises a coordinator on any day it is looked at (README, Overview)."""
    database = Database(resolve_url(url))
    try:
        with database.uow() as uow:
            items = overview.action_items(uow, today=today)
            oost = next(c for c in cohorts.list_cohorts(uow) if c.name == demo.DEMO_COHORT)
            rows = readiness.readiness_for_cohort(uow, cohort_id=oost.id, today=today)
    finally:
        database.dispose()
    assert {i.kind for i in items} == set(overview.KINDS)
    unrecorded = [i for i in items if i.kind == "unrecorded"]
    assert {i.cohort for i in unrecorded} == {demo.SECOND_COHORT}, "the finished cohort is fully recorded"
    before_today = [i for i in unrecorded if i.params["date"] < today]
    assert len(before_today) == 1 and before_today[0].params["count"] == 8, "the latest session waits for its trainer"
    on_the_day = [i for i in unrecorded if i.params["date"] == today]
    if on_the_day:  # a lesson day: one trainee has already sent an apology
        assert today.weekday() == 1 and on_the_day[0].params["count"] == 7
    texts = [i.text("en") for i in items]
    assert any("Thijs Bouwman" in t and "can no longer reach" in t for t in texts)
    assert any("Joëlle Meijer" in t and "agreement not signed" in t for t in texts)
    assert any("Sjoerd Pelgrim" in t and "midterm" in t for t in texts)
    assert {i.params["trainee"] for i in items if i.kind == "hours"} >= {"Maria-Louisa van den Heuvel-Brinkhorst",
                                                                         "Gerrit-Jan Veldhuis"}
    ready = sorted(r.trainee for r in rows if r.readiness.ready)
    assert len(ready) == 5 and len(rows) == 12, ready
    assert "Zoë Kuipers" in ready and "Fatima el Amrani" not in ready


def _make_demo(path: Path) -> str:
    from edtrainer.core.db import open_database

    open_database(path).dispose()  # the schema
    with_demo(str(path))
    return str(path)


WEEK = [dt.datetime(2026, 12, 7, 10, 0) + dt.timedelta(days=n) for n in range(7)]


@pytest.mark.parametrize("moment", WEEK, ids=lambda m: m.strftime("%a-%d-%m"))
def test_the_demo_tells_the_same_story_on_every_day_of_the_week(moment: dt.datetime, tmp_path: Path) -> None:
    with clock.set_to(moment):
        url = _make_demo(tmp_path / "demo.sqlite3")
        _story(url, clock.today())


def test_the_demo_made_just_before_new_year_holds_on_new_years_day(tmp_path: Path) -> None:
    # Made in the last seconds of the year, so making it crosses midnight; looked at again after it.
    with clock.set_to(dt.datetime(2026, 12, 31, 23, 59, 58)):
        url = _make_demo(tmp_path / "demo.sqlite3")
        _story(url, dt.date(2026, 12, 31))
    with clock.set_to(dt.datetime(2027, 1, 1, 0, 1)):
        _story(url, clock.today())
        _story(_make_demo(tmp_path / "new-year.sqlite3"), clock.today())

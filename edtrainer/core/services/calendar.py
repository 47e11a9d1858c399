"""A cohort's sessions as a calendar (``.ics``, the ``icalendar`` library), for the coordinator's and the
trainers' own calendar programs.

One event per session, in Dutch time (Europe/Amsterdam, with its time zone in the file): the module and
cohort as the title, the place, the trainers and the topic. A cancelled session stays in the file as
cancelled, so a calendar that had it removes it. Each event's UID is made from the session (stable), and its
SEQUENCE from the session's version, so importing a newer file updates the events instead of adding them
twice. No trainee is named: the file goes into calendars that others may see.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from edtrainer.core import clock, i18n
from edtrainer.core.models import Cohort, StaffMember
from edtrainer.core.services import _common as v
from edtrainer.core.services import sessions
from edtrainer.core.uow import UnitOfWork

TIME_ZONE = "Europe/Amsterdam"


def uid(session_id: int, cohort: Cohort) -> str:
    return f"session-{session_id}.cohort-{cohort.id}.{cohort.programme.code.lower()}@edtrainer"


def cohort_calendar(uow: UnitOfWork, *, cohort_id: int, trainer_id: int | None = None, lang: str = "nl") -> bytes:
    """The ``.ics`` of a cohort's sessions (only one trainer's, with ``trainer_id``)."""
    from icalendar import Calendar, Event

    cohort = v.get(uow.session, Cohort, cohort_id, "cohort")
    trainer = v.get(uow.session, StaffMember, trainer_id, "trainer") if trainer_id is not None else None
    zone = ZoneInfo(TIME_ZONE)
    cal = Calendar()
    cal.add("prodid", "-//edtrainer//sessions//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{cohort.programme.name} – {cohort.name}")
    cal.add("x-wr-timezone", TIME_ZONE)
    stamp = clock.now().astimezone(dt.UTC)
    words = (i18n.word("trainers", lang), i18n.word("topic", lang), i18n.word("cohort", lang).capitalize())
    for s in sessions.list_sessions(uow, cohort_id=cohort.id):
        if trainer is not None and trainer not in s.trainers:
            continue
        start = dt.datetime.combine(s.date, s.start_time, zone)
        event = Event()
        event.add("uid", uid(s.id, cohort))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=s.duration_minutes))
        event.add("summary", f"{s.module.title} – {cohort.name}")
        if s.location or cohort.location:
            event.add("location", s.location or cohort.location)
        lines = [f"{words[2]}: {cohort.name}"]
        if s.trainers:
            lines.append(f"{words[0]}: {', '.join(t.full_name for t in s.trainers)}")
        if s.topic:
            lines.append(f"{words[1]}: {s.topic}")
        event.add("description", "\n".join(lines))
        event.add("status", "CANCELLED" if s.cancelled else "CONFIRMED")
        event.add("sequence", max(0, s.version - 1))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()

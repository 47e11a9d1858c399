"""The areas of the screens (what a page shows and reloads), by the tables behind them. Its own small module:
the window needs the names before its first paint, long before anything writes (``core.ops``)."""

from __future__ import annotations

#: what screens show, by the tables behind it
TABLE_AREAS: dict[str, tuple[str, ...]] = {
    "programme": ("programmes",), "module": ("programmes",),
    "cohort": ("cohorts",), "cohort_trainer": ("cohorts", "staff"),
    "trainee": ("trainees",), "enrolment": ("enrolments",),
    "cohort_session": ("sessions",), "session_trainer": ("sessions",),
    "attendance_mark": ("attendance",),
    "organisation": ("organisations",), "contact_person": ("organisations",),
    "placement": ("placements",), "hour_log_entry": ("hours",),
    "evaluation": ("evaluations",), "evaluation_rating": ("evaluations",),
    "module_result": ("results",), "staff_member": ("staff",),
    "certificate": ("certificates",), "certificate_counter": ("certificates",), "signing_key": ("certificates",),
    "app_meta": ("certificates", "demo"),  # the issuer (on certificates) and which records are demo
    "audit_entry": (),  # the log of an action, not a change anyone's screen shows
}
AREAS = frozenset(a for areas in TABLE_AREAS.values() for a in areas)

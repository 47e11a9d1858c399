"""Removing the demo without touching anything the coordinator entered.

Three rules, in this order:

1. **The invented people go entirely.** Everything about a demo trainee goes: enrolments, marks, results,
   placements, hours, evaluations, certificates, whoever entered them. They describe nobody.
2. **Demo structure the coordinator's own records use stays.** A cohort of theirs on the demo programme,
   their trainee enrolled in a demo cohort, their session in a demo cohort, their placement at a demo
   organisation, a demo trainer on their cohort: the demo record they hang on stays, with what it is
   made of (a programme's modules, a cohort's sessions, an organisation's contact persons).
3. **Nothing is kept silently.** When rule 2 would keep anything, :func:`remove_demo` refuses and says in
   plain words which of the coordinator's records use which demo records, unless it is asked to keep
   them (``keep_used=True``: the app's "Keep these, remove the rest", the CLI's ``--keep-used``).

What the demo made is known from ``app_meta`` (the ids of every record it made; older demos recorded
fewer, and the rest is found by time: everything made before the demo was finished).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, select, update

from edtrainer.core import audit, i18n
from edtrainer.core import models as m
from edtrainer.core.errors import ValidationError
from edtrainer.core.services._common import full_name
from edtrainer.core.services.demo import DEMO_KEY, demo_marker
from edtrainer.core.uow import UnitOfWork

# Every table the demo fills, by name.
TABLES: dict[str, Any] = {model.__tablename__: model for model in (
    m.Programme, m.Module, m.StaffMember, m.Cohort, m.Trainee, m.Enrolment, m.CohortSession, m.AttendanceMark,
    m.Organisation, m.ContactPerson, m.Placement, m.HourLogEntry, m.Evaluation, m.EvaluationRating,
    m.ModuleResult, m.Certificate)}

# (child table, column, parent table). Every foreign key between the tables above is in exactly one list
# (tests/test_demo.py checks), so a new one has to be placed before the demo can be removed again.
#: the child is about the person the parent stands for: it goes when the parent goes (rule 1)
ABOUT = (("enrolment", "trainee_id", "trainee"), ("attendance_mark", "enrolment_id", "enrolment"),
         ("module_result", "enrolment_id", "enrolment"), ("placement", "enrolment_id", "enrolment"),
         ("certificate", "enrolment_id", "enrolment"), ("certificate", "supersedes_id", "certificate"),
         ("hour_log_entry", "placement_id", "placement"), ("evaluation", "placement_id", "placement"),
         ("evaluation_rating", "evaluation_id", "evaluation"))
#: the child is part of the parent: a kept parent keeps it, a kept child keeps its parent (rule 2)
PART_OF = (("module", "programme_id", "programme"), ("cohort_session", "cohort_id", "cohort"),
           ("contact_person", "organisation_id", "organisation"))
#: the child uses the parent: a child that stays keeps the parent (rule 2)
USES = (("cohort", "programme_id", "programme"), ("cohort", "coordinator_id", "staff_member"),
        ("enrolment", "cohort_id", "cohort"), ("enrolment", "buddy_id", "staff_member"),
        ("cohort_session", "module_id", "module"), ("attendance_mark", "session_id", "cohort_session"),
        ("placement", "organisation_id", "organisation"), ("placement", "tandem_professional_id", "contact_person"),
        ("placement", "supervisor_id", "contact_person"), ("hour_log_entry", "approved_by_id", "contact_person"),
        ("evaluation", "evaluator_id", "contact_person"), ("module_result", "module_id", "module"),
        ("module_result", "assessor_id", "staff_member"), ("certificate", "module_id", "module"))
#: link tables: (table, column of the side the link belongs to, its table, column of the staff member)
LINKS: tuple[tuple[Table, str, str, str], ...] = (
    (m.cohort_trainer, "cohort_id", "cohort", "staff_id"),
    (m.session_trainer, "session_id", "cohort_session", "staff_id"))

# Children before parents.
DELETE_ORDER = ("certificate", "attendance_mark", "module_result", "evaluation_rating", "evaluation", "hour_log_entry",
                "placement", "cohort_session", "enrolment", "cohort", "module", "contact_person", "organisation",
                "trainee", "staff_member", "programme")
# What a coordinator recognises as a thing of its own in a message (the rest is named through these).
SHOWN = ("programme", "cohort", "organisation", "staff_member", "module", "contact_person")


@dataclass(frozen=True)
class Named:
    """A record as a coordinator knows it: a kind ("groep") and a label, put into words per language."""

    kind: str
    label: str
    day: dt.date | None = None

    def text(self, lang: str | None = None) -> str:
        label = self.label.replace("{date}", i18n.format_date(self.day, lang)) if self.day else self.label
        return f"{i18n.word(f'demo_{self.kind}', lang)} {label}"


@dataclass(frozen=True)
class Use:
    """One of the coordinator's own records that uses a demo record."""

    own: Named
    demo: Named

    def text(self, lang: str | None = None) -> str:
        return i18n.text("demo_use", lang, own=self.own.text(lang), demo=self.demo.text(lang))


@dataclass
class RemovalPlan:
    gone: dict[str, set[int]] = field(default_factory=dict)
    kept: dict[str, set[int]] = field(default_factory=dict)
    uses: list[Use] = field(default_factory=list)

    @property
    def keeps_anything(self) -> bool:
        return any(self.kept.values())

    def text(self, lang: str | None = None, limit: int = 6) -> str:
        lines = [u.text(lang) for u in self.uses[:limit]]
        if len(self.uses) > limit:
            lines.append(i18n.text("demo_use_more", lang, count=len(self.uses) - limit))
        return "; ".join(lines)


def _chunks(ids: Iterable[int], size: int = 500) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


def as_ranges(ids: Iterable[int]) -> list[list[int]]:
    """Ids as [first, last] runs: a demo's few thousand ids in a few dozen numbers."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def _from_ranges(runs: list[list[int]]) -> set[int]:
    return {i for first, last in runs for i in range(first, last + 1)}


def _demo_made(uow: UnitOfWork, marker: dict[str, Any]) -> dict[str, set[int]]:
    """The ids of every record the demo made."""
    made: dict[str, set[int]]
    if "rows" in marker:
        made = {table: _from_ranges(marker["rows"].get(table, [])) for table in TABLES}
        # SQLite gives the id of a deleted last row to the next new one: a record made after the demo was
        # finished is never the demo's, whatever its id.
        meta = uow.session.get(m.AppMeta, DEMO_KEY)
        if meta is not None and meta.updated_at is not None:
            for table, model in TABLES.items():
                if made[table] and hasattr(model, "created_at"):
                    later = set(uow.session.scalars(select(model.id).where(model.created_at > meta.updated_at)))
                    made[table] -= later
        return _ratings_follow(uow, made)
    # A demo from before edtrainer recorded every id: what was made until the demo was finished is the demo's
    # (it fills an empty database, and remembers itself last).
    meta = uow.session.get(m.AppMeta, DEMO_KEY)
    finished = meta.updated_at if meta is not None else None
    made = {}
    for table, model in TABLES.items():
        if finished is None or not hasattr(model, "created_at"):
            made[table] = set()
            continue
        made[table] = set(uow.session.scalars(select(model.id).where(model.created_at <= finished)))
    made["trainee"] |= set(marker.get("trainee_ids", []))
    made["programme"] |= set(marker.get("programme_ids", []))
    made["organisation"] |= set(marker.get("organisation_ids", []))
    made["staff_member"] |= set(marker.get("staff_ids", []))
    return _ratings_follow(uow, made)


def _ratings_follow(uow: UnitOfWork, made: dict[str, set[int]]) -> dict[str, set[int]]:
    """Ratings carry no time of their own: they are the demo's when their evaluation is."""
    made["evaluation_rating"] = set(uow.session.scalars(
        select(m.EvaluationRating.id).where(m.EvaluationRating.evaluation_id.in_(made["evaluation"] or [-1]))))
    return made


def _columns() -> dict[str, list[str]]:
    cols: dict[str, list[str]] = defaultdict(list)
    for child, column, _parent in ABOUT + PART_OF + USES:
        cols[child].append(column)
    return cols


def plan_removal(uow: UnitOfWork) -> RemovalPlan:
    marker = demo_marker(uow)
    if marker is None:
        raise ValidationError("no_demo")
    s = uow.session
    made = _demo_made(uow, marker)
    rows: dict[str, dict[int, dict[str, int | None]]] = {}
    for table, cols in {t: _columns().get(t, []) for t in TABLES}.items():
        model = TABLES[table]
        stmt = select(model.id, *(getattr(model, c) for c in cols))
        rows[table] = {r[0]: dict(zip(cols, r[1:], strict=True)) for r in s.execute(stmt)}
    links = {link.name: list(s.execute(select(link.c[side], link.c[staff]))) for link, side, _t, staff in LINKS}

    # Rule 1: the demo's records, and everything about its invented people.
    gone = {t: set(made[t]) & set(rows[t]) for t in TABLES}
    about: dict[str, set[int]] = {t: set() for t in TABLES}
    changed = True
    while changed:
        changed = False
        for child, column, parent in ABOUT:
            for cid, row in rows[child].items():
                if row[column] in gone[parent] and cid not in gone[child]:
                    gone[child].add(cid)
                    about[child].add(cid)
                    changed = True
                elif row[column] in gone[parent]:
                    about[child].add(cid)
    # Rule 2: what stays keeps what it uses and what it is part of; a kept whole keeps its parts.
    kept: dict[str, set[int]] = {t: set() for t in TABLES}
    uses: list[Use] = []

    def keep(table: str, rid: int) -> bool:
        if rid is None or rid not in gone[table] or rid in about[table]:
            return False
        gone[table].discard(rid)
        kept[table].add(rid)
        return True

    changed = True
    while changed:
        changed = False
        for child, column, parent in USES + PART_OF:
            for cid, row in rows[child].items():
                if cid not in gone[child] and keep(parent, row[column]):  # type: ignore[arg-type]
                    changed = True
                    if cid not in made[child]:
                        uses.append(_use(s, child, cid, parent, row[column]))  # type: ignore[arg-type]
        for child, column, parent in PART_OF:
            for cid, row in rows[child].items():
                if row[column] in kept[parent] and keep(child, cid):
                    changed = True
        for link, _side, side_table, _staff in LINKS:
            for side_id, staff_id in links[link.name]:
                if side_id not in gone[side_table] and keep("staff_member", staff_id):
                    changed = True
                    if side_id not in made[side_table]:
                        uses.append(_use(s, side_table, side_id, "staff_member", staff_id))
    return RemovalPlan(gone=gone, kept=kept, uses=uses)


def _name(s: Any, table: str, rid: int) -> Named:
    """A record as a coordinator knows it, in a few words."""
    obj = s.get(TABLES[table], rid)
    if table in ("programme", "cohort", "organisation"):
        return Named(table, f"'{obj.name}'")
    if table in ("staff_member", "contact_person"):
        return Named(table, obj.full_name)
    if table == "module":
        return Named(table, f"'{obj.title}'")
    if table == "trainee":
        return Named(table, _person(s, rid))
    if table == "enrolment":
        return Named(table, f"{_person(s, obj.trainee_id)} ({obj.cohort.name})")
    if table == "cohort_session":
        return Named(table, f"{{date}} ({obj.cohort.name})", obj.date)
    if table == "placement":
        return Named(table, f"{_person(s, obj.enrolment.trainee_id)} ({obj.organisation.name})")
    if table == "attendance_mark":
        return Named(table, f"{_person(s, obj.enrolment.trainee_id)} ({{date}})", obj.session.date)
    if table in ("module_result", "certificate"):
        return Named(table, _person(s, obj.enrolment.trainee_id))
    if table in ("hour_log_entry", "evaluation"):
        return Named(table, f"{_person(s, obj.placement.enrolment.trainee_id)} ({{date}})", obj.date)
    return Named(table, str(rid))


def _person(s: Any, trainee_id: int) -> str:
    t = s.get(m.Trainee, trainee_id)
    return full_name(t.given_names, t.name_prefix, t.family_name)


def _use(s: Any, child: str, cid: int, parent: str, pid: int) -> Use:
    return Use(own=_name(s, child, cid), demo=_name(s, parent, pid))


def remove_demo(uow: UnitOfWork, *, keep_used: bool = False) -> dict[str, int]:
    """Delete the demo's records and everything about its invented people; never the coordinator's own.

    Refuses (ValidationError ``demo_in_use``, naming what is in the way) when the coordinator's own records
    use demo records, unless ``keep_used``: then those demo records stay and become ordinary records.
    Returns how many of each kind went, and under ``kept_*`` how many stayed.
    """
    plan = plan_removal(uow)
    if plan.keeps_anything and not keep_used:
        raise ValidationError("demo_in_use", uses=plan)
    s = uow.session
    counts: dict[str, int] = {}
    gone = plan.gone
    if gone["certificate"]:  # a correction points at the certificate it replaces: unhook those first
        for chunk in _chunks(gone["certificate"]):
            s.execute(update(m.Certificate).where(m.Certificate.id.in_(chunk)).values(supersedes_id=None)
                      .execution_options(synchronize_session=False))
    for link, side, side_table, staff in LINKS:
        for chunk in _chunks(gone[side_table]):
            s.execute(delete(link).where(link.c[side].in_(chunk)))
        for chunk in _chunks(gone["staff_member"]):
            s.execute(delete(link).where(link.c[staff].in_(chunk)))
    for table in DELETE_ORDER:
        model = TABLES[table]
        for chunk in _chunks(gone[table]):
            result = s.execute(delete(model).where(model.id.in_(chunk)).execution_options(synchronize_session=False))
            counts[table] = counts.get(table, 0) + int(getattr(result, "rowcount", 0) or 0)
    for table, ids in plan.kept.items():
        if ids:
            counts[f"kept_{table}"] = len(ids)
    s.execute(delete(m.AppMeta).where(m.AppMeta.key == DEMO_KEY))
    audit.record(s, action="delete", entity="demo", entity_id=None, details={k: v for k, v in counts.items() if v})
    s.flush()
    return counts


def describe_kept(counts: dict[str, int], lang: str | None = None) -> str:
    """'kept: 1 programme, 2 cohorts' for a message; empty when nothing was kept."""
    parts = [f"{n} × {i18n.word(f'demo_{t[5:]}', lang)}" for t, n in counts.items()
             if t.startswith("kept_") and t[5:] in SHOWN and n]
    return ", ".join(parts)




@dataclass
class Removed:
    counts: dict[str, int]
    backup: Any = None  #: the verified backup made first (SQLite), a ``backups.Backup``

    @property
    def total(self) -> int:
        return sum(n for k, n in self.counts.items() if not k.startswith("kept_"))


def remove_demo_with_backup(db: Any, *, keep_used: bool = False, actor: str | None = None) -> Removed:
    """What the app and the command line do: refuse before anything else when the coordinator's own records
    use demo records (unless ``keep_used``), make a verified backup, then remove the demo in one unit of
    work."""
    from edtrainer.core import backups

    with db.uow(actor) as uow:
        plan = plan_removal(uow)
    if plan.keeps_anything and not keep_used:
        raise ValidationError("demo_in_use", uses=plan)
    backup = backups.make(db.path, reason="before-demo-removal") if db.is_sqlite else None
    counts = db.run(lambda uow: remove_demo(uow, keep_used=keep_used), actor=actor)
    return Removed(counts=counts, backup=backup)

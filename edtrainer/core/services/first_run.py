"""The first start of the app on a new database: is this database new, and what did its first start choose.

A database is new when nothing was ever put in it: no programme, cohort, trainee, organisation or staff
member, no issuer, no signing key, no note of a first start, and nothing in its audit log (a database whose
records were all removed, the demo for instance, still has the log of it). Only then does the app offer its first-run
wizard (or make the demo, when told to without asking). What the first start chose is written down in the
database (``app_meta``, key ``first_run``), so a database started empty stays empty on the next start, also
after the demo was removed from it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from edtrainer.core import clock
from edtrainer.core.errors import ValidationError
from edtrainer.core.models import AppMeta, AuditEntry, SigningKey
from edtrainer.core.services import demo
from edtrainer.core.uow import UnitOfWork

FIRST_RUN_KEY = "first_run"
CHOICES = ("demo", "empty")


def is_new(uow: UnitOfWork) -> bool:
    """Nothing was ever put in this database (see the module's text)."""
    s = uow.session
    if demo.database_is_empty(uow) is not None:
        return False
    return not any(s.scalar(select(func.count()).select_from(model)) for model in (AppMeta, SigningKey, AuditEntry))


def start(uow: UnitOfWork, choice: str, progress: Callable[[int, int], object] | None = None) -> None:
    """Carry out the first start's choice: ``demo`` fills the (still empty) database with the demo, ``empty``
    leaves it empty; either way it is written down, so no later start makes the demo by itself."""
    if choice not in CHOICES:
        raise ValidationError("invalid_choice", field="first_run", value=choice, choices=", ".join(CHOICES))
    if choice == "demo" and demo.database_is_empty(uow) is None:
        demo.create_demo(uow, progress=progress)
    uow.session.merge(AppMeta(key=FIRST_RUN_KEY, value={"choice": choice, "at": clock.now().isoformat()}))
    uow.session.flush()


def first_run(uow: UnitOfWork) -> dict[str, str] | None:
    """What the first start chose, and when; None for a database made before this was written down."""
    meta = uow.session.get(AppMeta, FIRST_RUN_KEY)
    return meta.value if meta is not None and meta.value else None

"""Validation and look-up helpers shared by the services."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Collection
from typing import Any, Literal, TypeVar, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from edtrainer.core import i18n, identifiers
from edtrainer.core.errors import ConflictError, NeedsConfirmation, NotFoundError, ValidationError
from edtrainer.core.models import Base, Edited, plain

T = TypeVar("T", bound=Base)
E = TypeVar("E", bound=enum.Enum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def full_name(given: str, prefix: str | None, family: str) -> str:
    """'Jan de Vries' from its parts (the same as ``Trainee.full_name``, for rows read as columns)."""
    return " ".join(p for p in (given, prefix, family) if p)


def sort_name(given: str, prefix: str | None, family: str) -> str:
    """How Dutch lists sort: 'Vries, Jan de'."""
    return f"{family}, {' '.join(p for p in (given, prefix) if p)}"


def refuse_bsn(value: str, field: str) -> None:
    """Refuse a BSN, an IBAN or a passport or identity-card number anywhere in a text, however written."""
    kind = identifiers.kind_in(value)
    if kind is not None:
        raise ValidationError({"bsn": "looks_like_bsn", "iban": "looks_like_iban",
                               "document": "looks_like_document"}[kind], field=field)


is_bsn = identifiers.is_bsn


def text(value: Any, field: str, *, max_len: int, required: bool = False) -> str | None:
    """A trimmed single-line text, None when empty; refuses empty required values and BSNs."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        value = str(value)
    value = " ".join(value.split())
    if not value:
        if required:
            raise ValidationError("required", field=field)
        return None
    if len(value) > max_len:
        raise ValidationError("too_long", field=field, max=max_len)
    refuse_bsn(value, field)
    return value


def email(value: Any, field: str = "email") -> str | None:
    value = text(value, field, max_len=254)
    if value is not None and not _EMAIL.match(value):
        raise ValidationError("invalid_email", field=field, value=value)
    return value


_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")


def phone(value: Any, field: str = "phone") -> str | None:
    """A phone number as people write it (06-12345678, +31 598 123456): digits, spaces and + - ( ) . /,
    at least six digits. 'twaalf' or '12' is no number anyone can call."""
    value = text(value, field, max_len=30)
    if value is not None and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 6):
        raise ValidationError("phone_invalid", field=field, value=value)
    return value


def confirm(key: str, confirmed: Collection[str], /, **params: Any) -> None:
    """An unlikely value: go on only if the user confirmed this doubt (see NeedsConfirmation)."""
    if key not in confirmed:
        raise NeedsConfirmation(key, **params)


def choice(value: Any, enum_cls: type[E], field: str) -> E:
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(str(value).strip().lower())
    except ValueError:
        raise ValidationError("invalid_choice", field=field, value=value,
                              choices=", ".join(e.value for e in enum_cls)) from None


@overload
def date(value: Any, field: str, *, required: Literal[True] = True) -> dt.date: ...


@overload
def date(value: Any, field: str, *, required: bool) -> dt.date | None: ...


def date(value: Any, field: str, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError("required", field=field)
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        try:  # the Dutch way of writing a date: 24-11-2026
            return dt.datetime.strptime(str(value).strip(), "%d-%m-%Y").date()
        except ValueError:
            raise ValidationError("invalid_date", field=field, value=value) from None


def integer(value: Any, field: str, *, low: int | None = None, high: int | None = None) -> int:
    try:
        number = int(value)
        if isinstance(value, float) and not value.is_integer():
            raise ValueError
    except (TypeError, ValueError):
        raise ValidationError("invalid_choice", field=field, value=value, choices="0, 1, 2, ...") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValidationError("out_of_range", field=field, low=low if low is not None else "-∞",
                              high=high if high is not None else "∞")
    return number


def number(value: Any, field: str, *, low: float, high: float, low_inclusive: bool = True) -> float:
    try:
        result = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError("invalid_choice", field=field, value=value, choices="1; 2,5; ...") from None
    if result != result or result > high or result < low or (not low_inclusive and result == low):
        raise ValidationError("out_of_range", field=field, low=i18n.format_number(low), high=i18n.format_number(high))
    return result


def period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("end_before_start", field="end_date", start=start, end=end)


def get(session: Session, model: type[T], ident: int | None, what: str) -> T:
    if ident is None:  # nothing chosen (an empty choice in a form)
        raise ValidationError("required", field=what)
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError("not_found", what=f"@{what}", key=ident)
    return obj


def unique(session: Session, model: type[Edited], column: Any, value: str, what: str, field: str,
           exclude_id: int | None = None) -> None:
    stmt = select(model.id).where(func.lower(column) == value.lower())
    if exclude_id is not None:
        stmt = stmt.where(model.id != exclude_id)
    if session.scalar(stmt.limit(1)) is not None:
        raise ValidationError("duplicate", field=field, what=f"@{what}", value=value)


def check_version(obj: Edited, expected_version: int | None, what: str, fields: tuple[str, ...] = ()) -> None:
    """Optimistic locking for an edit the user started earlier: refuse if the record moved on since."""
    if expected_version is None or obj.version == expected_version:
        return
    when = obj.updated_at.astimezone() if obj.updated_at else "?"  # written in the reader's language
    current = {f: plain(getattr(obj, f)) for f in fields}
    current["version"] = obj.version
    raise ConflictError("conflict", what=f"@{what}", who=obj.updated_by or "?", when=when, current=current)



def apply(obj: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(obj, key, value)

"""Dates, numbers and percentages in the format of the app's language (QLocale), and back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale

# QLocale is made on first use: creating its enumerations (hundreds of languages and countries) costs
# more than painting the main window, and nothing on the first screen formats a date.
_locales: dict[str, QLocale] = {}
_language = "nl"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in ("nl", "en") else "nl"
    if _locales:
        QLocale.setDefault(locale())


def language() -> str:
    return _language


def locale() -> QLocale:
    if _language not in _locales:
        if _language == "nl":
            made = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        else:
            made = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        _locales[_language] = made
        QLocale.setDefault(made)
    return _locales[_language]


def _short_format() -> str:
    return "dd-MM-yyyy" if _language == "nl" else "dd/MM/yyyy"


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), _short_format())


def date_long(value: dt.date | None) -> str:
    """'dinsdag 24 november 2026'."""
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def date_short(value: dt.date) -> str:
    """'di 24-11' for narrow columns."""
    return locale().toString(QDate(value.year, value.month, value.day),
                             "ddd dd-MM" if _language == "nl" else "ddd dd/MM")


def date_placeholder() -> str:
    return "dd-mm-jjjj" if _language == "nl" else "dd/mm/yyyy"


def parse_date(text: str) -> dt.date | None:
    """A date typed as 24-11-2026, 24/11/2026, 24.11.2026, 2026-11-24 or 24-11-26; None if it is not one."""
    raw = text.strip()
    for fmt_ in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(raw, fmt_).date()
        except ValueError:
            continue
    return None


def time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return locale().toString(int(value))
    return locale().toString(float(value), "f", decimals)


def percent(rate: float | None) -> str:
    """A rate 0..1 as '72 %' (nl) or '72%' (en); an empty string when there is none yet."""
    from edtrainer.core import formats

    return "—" if rate is None else formats.percent(rate, _language)


def hours(minutes: int | float) -> str:
    return number(minutes / 60)


def from_plain(value: Any, kind: str) -> Any:
    """A value as a conflict reports it (JSON-friendly) back into what a form input shows."""
    if kind == "date" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    if kind == "time" and isinstance(value, str):
        return value[:5]
    return value


def _plain(value: Any) -> str:
    from edtrainer.core.models import plain

    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(plain(value)).split())


def plain_equal(theirs: Any, mine: Any) -> bool:
    return _plain(theirs) == _plain(mine)


def show_any(value: Any, spec: Any) -> str:
    """A value for the conflict dialog: dates and choices the way the form shows them."""
    if value is None or value == "":
        return "—"
    choices = dict(getattr(spec, "choices", ()) or ())
    if choices and value in choices:
        return str(choices[value])
    if isinstance(value, str) and getattr(spec, "kind", "") == "date":
        parsed = from_plain(value, "date")
        return date(parsed) if parsed else value
    if isinstance(value, dt.date):
        return date(value)
    if isinstance(value, bool):
        return "✓" if value else "—"
    return str(value)

"""Dates, numbers and percentages for people to read, one way per language, for the core and documents.

Dutch: '24-11-2026', '2 december 2026', 'di 2 dec', '79 %', '12,5'. English: '24 Nov 2026',
'2 December 2026', 'Tue 2 Dec', '79%', '12.5'. Every function takes the language (default: the active
one, see ``edtrainer.core.language``). The GUI formats through QLocale (``gui/fmt.py``) and calls this
module where it shows what the core shows (percentages).
"""

from __future__ import annotations

import datetime as dt

from edtrainer.core.language import get_language

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {"nl": ("ma", "di", "wo", "do", "vr", "za", "zo"), "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
NO_VALUE = "–"  #: a rate or date that is not there yet


def _lang(lang: str | None) -> str:
    return lang or get_language()


def _day(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def date(value: dt.date, lang: str | None = None) -> str:
    """A date inside a sentence: '24-11-2026' (nl) or '24 Nov 2026' (en)."""
    if _lang(lang) == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {SHORT_MONTHS['en'][value.month - 1]} {value.year}"


def table_date(value: dt.date | str | None, lang: str | None = None) -> str:
    """A date in a table column: '30-06-2026' (nl) or '2026-06-30' (en); '' for none."""
    if value is None or value == "":
        return ""
    day = _day(value)
    return day.strftime("%d-%m-%Y") if _lang(lang) == "nl" else day.isoformat()


def long_date(value: dt.date | str | None, lang: str | None = None) -> str:
    """'2 december 2026' (nl) or '2 December 2026' (en); '' for none."""
    if value is None or value == "":
        return ""
    day = _day(value)
    return f"{day.day} {MONTHS[_lang(lang)][day.month - 1]} {day.year}"


def weekday_date(value: dt.date, lang: str | None = None) -> str:
    """'di 2 dec' (nl) or 'Tue 2 Dec' (en): a date in a list of this year's sessions."""
    code = _lang(lang)
    return f"{WEEKDAYS[code][value.weekday()]} {value.day} {SHORT_MONTHS[code][value.month - 1]}"


def month_year(value: dt.date | str, lang: str | None = None) -> str:
    """'december 2026' (nl) or 'December 2026' (en); also from '2026-12'."""
    if isinstance(value, str):
        year, month = value.split("-")[:2]
        return f"{MONTHS[_lang(lang)][int(month) - 1]} {year}"
    return f"{MONTHS[_lang(lang)][value.month - 1]} {value.year}"


def period(first: dt.date, last: dt.date, lang: str | None = None) -> str:
    """One date, or a span: '24-11-2026 tot 01-12-2026' (nl), '24 Nov 2026 to 1 Dec 2026' (en)."""
    if first == last:
        return date(first, lang)
    return date(first, lang) + (" tot " if _lang(lang) == "nl" else " to ") + date(last, lang)


def long_period(first: dt.date | str | None, last: dt.date | str | None, lang: str | None = None) -> str:
    """'1 september 2026 – 30 juni 2027': a document's period."""
    return f"{long_date(first, lang)} – {long_date(last, lang)}"


def date_time(value: dt.datetime, lang: str | None = None) -> str:
    """'24-11-2026 14:05' (nl) or '2026-11-24 14:05' (en), in the value's own time zone."""
    return value.strftime("%d-%m-%Y %H:%M" if _lang(lang) == "nl" else "%Y-%m-%d %H:%M")


def time(value: dt.time | dt.datetime) -> str:
    """'09:30', the same in both languages."""
    return value.strftime("%H:%M")


def number(value: float, lang: str | None = None) -> str:
    """Hours and other amounts: no trailing ',0', Dutch decimal comma: '12,5' (nl), '12.5' (en), '8'."""
    if float(value).is_integer():
        s = str(int(value))
    else:
        s = f"{value:.1f}" if round(value, 1) == round(value, 2) else f"{value:.2f}"
    return s.replace(".", ",") if _lang(lang) == "nl" else s


def percent(rate: float | None, lang: str | None = None) -> str:
    """A rate 0..1 as a whole percentage: '79 %' (nl) or '79%' (en); '–' when there is none yet."""
    if rate is None:
        return NO_VALUE
    pct = round(rate * 100)
    return f"{pct} %" if _lang(lang) == "nl" else f"{pct}%"


def join_list(parts: list[str], lang: str | None = None) -> str:
    """'a, b en c' (nl) or 'a, b and c' (en)."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" en " if _lang(lang) == "nl" else " and ") + parts[-1]

"""Dates, numbers and percentages for people to read, one way per language, for the core and documents.

Dutch: '24-11-2026', '2 december 2026', 'di 2 dec', '79 %', '12,5'. English: '24 Nov 2026',
'2 December 2026', 'Tue 2 Dec', '79%', '12.5'. Every function takes the language (default: the active
one, see ``edtrainer.core.language``). The GUI formats through QLocale (``gui/fmt.py``) and calls this
module where it shows what the core shows (percentages). The names of months and weekdays and the words
between dates and list items are the catalogue's ``date`` section (``edtrainer.core.i18n``), read on first use.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from edtrainer.core.language import get_language

NO_VALUE = "–"  #: a rate or date that is not there yet


class _Words(NamedTuple):
    months: tuple[str, ...]        # 'januari' … 'december'
    short_months: tuple[str, ...]  # 'jan' … 'dec'
    weekdays: tuple[str, ...]      # 'ma' … 'zo', Monday first
    span: str                      # '{first} tot {last}'
    list_end: str                  # '{items} en {last}'


_words: dict[str, _Words] = {}


def _lang(lang: str | None) -> str:
    return lang or get_language()


def words(lang: str | None = None) -> _Words:
    """The names and words dates are written with, in ``lang``: read from the catalogue once per language."""
    code = _lang(lang)
    found = _words.get(code)
    if found is None:
        from edtrainer.core import i18n  # here: i18n imports this module

        d = i18n.section("date", code)
        found = _words[code] = _Words(tuple(d[f"month_{n}"] for n in range(1, 13)),
                                      tuple(d[f"month_short_{n}"] for n in range(1, 13)),
                                      tuple(d[f"weekday_{n}"] for n in range(1, 8)), d["span"], d["list_end"])
    return found


def _day(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def date(value: dt.date, lang: str | None = None) -> str:
    """A date inside a sentence: '24-11-2026' (nl) or '24 Nov 2026' (en)."""
    if _lang(lang) == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {words('en').short_months[value.month - 1]} {value.year}"


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
    return f"{day.day} {words(lang).months[day.month - 1]} {day.year}"


def weekday_date(value: dt.date, lang: str | None = None) -> str:
    """'di 2 dec' (nl) or 'Tue 2 Dec' (en): a date in a list of this year's sessions."""
    w = words(lang)
    return f"{w.weekdays[value.weekday()]} {value.day} {w.short_months[value.month - 1]}"


def month_year(value: dt.date | str, lang: str | None = None) -> str:
    """'december 2026' (nl) or 'December 2026' (en); also from '2026-12'."""
    if isinstance(value, str):
        year, month = value.split("-")[:2]
        return f"{words(lang).months[int(month) - 1]} {year}"
    return f"{words(lang).months[value.month - 1]} {value.year}"


def period(first: dt.date, last: dt.date, lang: str | None = None) -> str:
    """One date, or a span: '24-11-2026 tot 01-12-2026' (nl), '24 Nov 2026 to 1 Dec 2026' (en)."""
    if first == last:
        return date(first, lang)
    return words(lang).span.format(first=date(first, lang), last=date(last, lang))


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
    return words(lang).list_end.format(items=", ".join(parts[:-1]), last=parts[-1])

"""One way per language to write dates, numbers and percentages (edtrainer.core.formats)."""

from __future__ import annotations

import datetime as dt

from edtrainer.core import formats, i18n
from edtrainer.core.language import set_language

DAY = dt.date(2026, 12, 2)


def test_dutch() -> None:
    assert formats.long_date(DAY, "nl") == "2 december 2026"
    assert formats.weekday_date(dt.date(2026, 12, 1), "nl") == "di 1 dec"
    assert formats.date(DAY, "nl") == "02-12-2026" == formats.table_date(DAY, "nl")
    assert formats.percent(0.79, "nl") == "79 %" and formats.percent(None, "nl") == "–"
    assert formats.number(12.5, "nl") == "12,5" and formats.number(8.0, "nl") == "8"
    assert formats.month_year("2026-03", "nl") == "maart 2026"
    assert formats.period(DAY, DAY + dt.timedelta(days=7), "nl") == "02-12-2026 tot 09-12-2026"
    assert formats.join_list(["a", "b", "c"], "nl") == "a, b en c"


def test_english() -> None:
    assert formats.long_date(DAY, "en") == "2 December 2026"
    assert formats.weekday_date(dt.date(2026, 12, 1), "en") == "Tue 1 Dec"
    assert formats.date(DAY, "en") == "2 Dec 2026" and formats.table_date(DAY, "en") == "2026-12-02"
    assert formats.percent(0.79, "en") == "79%" and formats.number(12.5, "en") == "12.5"
    assert formats.date_time(dt.datetime(2026, 12, 2, 9, 5), "en") == "2026-12-02 09:05"
    assert formats.join_list(["a", "b"], "en") == "a and b"


def test_the_active_language_is_the_default() -> None:
    set_language("en")
    try:
        assert formats.percent(0.5) == "50%" and i18n.format_percent(0.5) == "50%"
    finally:
        set_language("nl")
    assert formats.percent(0.5) == "50 %"


def test_the_documents_and_the_gui_write_a_rate_the_same_way() -> None:
    from edtrainer.documents.common import percent

    assert percent(0.79, "nl") == formats.percent(0.79, "nl")
    assert i18n.format_number(2.25, "nl") == "2,25"  # in a sentence: as exact as given

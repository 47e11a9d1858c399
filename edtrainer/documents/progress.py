"""The cohort's progress report (with an attendance chart) and a trainee's progress statement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from edtrainer.core import i18n
from edtrainer.documents.common import (
    ACCENT,
    INK,
    LIGHT,
    MUTED,
    PAGE_W,
    SANS,
    SANS_BOLD,
    WARN,
    long_date,
    number,
    percent,
)
from edtrainer.documents.data import Issuer
from edtrainer.documents.report_page import AttendanceSummary, _build, _esc, _facts_table, _styles, _table


@dataclass(frozen=True)
class ProgressRow:
    name: str
    status: str
    rate: float | None
    modules_passed: int
    modules_total: int
    hours: float
    ready: bool
    missing: str


@dataclass(frozen=True)
class ProgressData:
    lang: str
    issuer: Issuer
    made_on: dt.date
    cohort: str
    programme: str
    period: tuple[dt.date, dt.date]
    threshold: float
    required_hours: int
    rows: tuple[ProgressRow, ...]


@dataclass(frozen=True)
class StatementData:
    lang: str
    issuer: Issuer
    made_on: dt.date
    trainee: str
    cohort: str
    programme: str
    period: tuple[dt.date, dt.date]
    attendance: AttendanceSummary
    sessions_remaining: int
    modules: tuple[tuple[str, int, str], ...]     # title, hours, result (passed/not_passed/pending)
    placement: str | None                          # organisation
    hours: float
    required_hours: int
    ready: bool
    missing: tuple[str, ...] = ()
    outlook: str | None = None




# --- cohort progress report -------------------------------------------------------------------------

def attendance_chart(rows: Sequence[ProgressRow], threshold: float, width: float, lang: str) -> Drawing:
    """Horizontal bars, one per trainee, with the threshold as a line; below it in the warning colour."""
    bar, gap, label_w, top_pad = 11.0, 5.0, 150.0, 16.0
    height = top_pad + len(rows) * (bar + gap) + 18
    d = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    plot_w = width - label_w - 40
    x0 = label_w
    y = height - top_pad
    for r in rows:
        y -= bar + gap
        name = r.name if len(r.name) <= 32 else r.name[:31] + "…"
        d.add(String(x0 - 6, y + 2.5, name, fontName=SANS, fontSize=8, fillColor=INK, textAnchor="end"))
        d.add(Rect(x0, y, plot_w, bar, fillColor=LIGHT, strokeColor=None))
        rate = r.rate or 0.0
        below = r.rate is None or round(rate * 100) < round(threshold * 100)
        d.add(Rect(x0, y, plot_w * min(rate, 1.0), bar, fillColor=WARN if below else ACCENT, strokeColor=None))
        d.add(String(x0 + plot_w + 4, y + 2.5, percent(r.rate, lang), fontName=SANS, fontSize=8,
                     fillColor=WARN if below else INK))
    tx = x0 + plot_w * threshold
    d.add(Line(tx, y - 4, tx, height - top_pad + 2, strokeColor=INK, strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(String(tx, height - top_pad + 5, percent(threshold, lang), fontName=SANS_BOLD, fontSize=8, fillColor=INK,
                 textAnchor="middle"))
    for pct in (0, 0.5, 1.0):
        d.add(String(x0 + plot_w * pct, y - 14, percent(pct, lang), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    return d


def render_progress_report(d: ProgressData) -> bytes:
    w, st, lang = i18n.section("report", d.lang), _styles(), d.lang
    width = PAGE_W - 36 * mm
    story: list[Flowable] = [
        Paragraph(f"{w['progress_report']} – {_esc(d.cohort)}", st["title"]),
        Paragraph(_esc(f"{d.programme} · {long_date(d.period[0], lang)} – {long_date(d.period[1], lang)}"),
                  st["subtitle"]),
        Paragraph(w["chart_title"].format(pct=percent(d.threshold, lang)), st["h2"]),
        attendance_chart(d.rows, d.threshold, width, lang),
        Spacer(1, 10),
    ]
    rows: list[list[Any]] = [[w["name"], w["rate_column"], w["modules"],
                              w["placement_hours"], w["ready"], w["missing"]]]
    for r in d.rows:
        rows.append([Paragraph(_esc(r.name), st["cell"]), percent(r.rate, lang),
                     f"{r.modules_passed}/{r.modules_total}",
                     f"{number(round(r.hours), lang)}/{d.required_hours}", w["yes"] if r.ready else w["no_word"],
                     Paragraph(_esc(r.missing), ParagraphStyle("m", parent=st["cell"], fontSize=7.5, leading=9.5))])
    extra = [("ALIGN", (1, 0), (4, -1), "CENTER"), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    for i, r in enumerate(d.rows, start=1):
        if r.rate is None or round(r.rate * 100) < round(d.threshold * 100):
            extra.append(("TEXTCOLOR", (1, i), (1, i), WARN))
        if r.ready:
            extra.append(("TEXTCOLOR", (4, i), (4, i), ACCENT))
    story.append(_table(rows, [width * f for f in (0.24, 0.1, 0.09, 0.12, 0.07, 0.38)], size=8, extra=extra))
    return _build(story, title=f"{w['progress_report']} {d.cohort}", author=d.issuer.organisation,
                  subject=f"{w['progress_report']} {d.programme}", lang=lang,
                  header=f"{d.issuer.organisation} · {w['progress_report']}", made_on=d.made_on)


# --- trainee progress statement ---------------------------------------------------------------------

def render_statement(d: StatementData) -> bytes:
    w, st, lang = i18n.section("report", d.lang), _styles(), d.lang
    width = PAGE_W - 36 * mm
    a = d.attendance
    story: list[Flowable] = [
        Paragraph(w["statement"], st["title"]),
        Paragraph(_esc(f"{d.trainee} · {d.cohort}"), st["subtitle"]),
        _facts_table([
            (w["trainee"], d.trainee), (w["programme"], d.programme), (w["cohort"], d.cohort),
            (w["period"], f"{long_date(d.period[0], lang)} – {long_date(d.period[1], lang)}"),
            (w["rate"], f"{percent(a.rate, lang)} ({w['threshold'].format(pct=percent(a.threshold, lang))})"),
            (w["sessions"], f"{w['present']} {a.present} · {w['late']} {a.late} · {w['excused']} {a.excused} · "
                            f"{w['absent']} {a.absent}"),
            (w["placement_hours"], f"{number(round(d.hours, 1), lang)} / {d.required_hours}"
                                   + (f" ({w['at'].format(org=d.placement)})" if d.placement else "")),
            (w["certificate"], w["ready_yes"] if d.ready else w["ready_no"]),
        ] + ([(w["outlook"], d.outlook)] if d.outlook else []), st, width),
        Paragraph(w["modules"], st["h2"]),
    ]
    # The modules with a result; those still to come are counted, not listed one by one.
    done = [(t, h, res) for t, h, res in d.modules if res != "pending"]
    to_come = len(d.modules) - len(done)
    if done:
        rows: list[list[Any]] = [[w["module"], w["hours"], w["result"]]]
        words = {"passed": w["passed"], "not_passed": w["not_passed"]}
        rows += [[Paragraph(_esc(t), st["cell"]), str(h), words.get(res, res)] for t, h, res in done]
        story.append(_table(rows, [width * 0.62, width * 0.13, width * 0.25],
                            extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    if to_come:
        story.append(Spacer(1, 4))
        story.append(Paragraph(_esc(w.plural("modules_to_come", to_come)), st["base"]))
    if d.missing:
        story.append(Paragraph(w["missing"], st["h2"]))
        for m in d.missing:
            story.append(Paragraph("• " + _esc(m), st["base"]))
    story.append(Spacer(1, 18))
    story.append(HRFlowable(width="100%", thickness=0.5, color=LIGHT))
    return _build(story, title=f"{w['statement']} – {d.trainee}", author=d.issuer.organisation,
                  subject=f"{w['statement']} {d.programme}", lang=lang,
                  header=f"{d.issuer.organisation} · {w['statement']}", made_on=d.made_on)



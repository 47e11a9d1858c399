"""The placement report (Stageverslag): the full copy for the programme and the organisation's copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from edtrainer.core import formats, i18n
from edtrainer.documents.common import ACCENT, PAGE_W, SANS_BOLD, long_date, number, percent, short_date
from edtrainer.documents.data import Issuer
from edtrainer.documents.report_page import (
    AttendanceSummary,
    EvaluationBlock,
    Person,
    _build,
    _esc,
    _facts_table,
    _signature_blocks,
    _styles,
    _table,
)


@dataclass(frozen=True)
class PlacementReportData:
    lang: str
    issuer: Issuer
    made_on: dt.date
    organisation_copy: bool
    trainee: str
    trainee_email: str | None
    trainee_phone: str | None
    programme: str
    cohort: str
    organisation: str
    organisation_city: str | None
    tandem: Person | None
    supervisor: Person | None
    start: dt.date
    end: dt.date
    status: str
    agreement_signed_on: dt.date | None
    hours_per_week: float
    months: tuple[tuple[str, float, float], ...]     # YYYY-MM, approved, pending
    required_hours: int
    activities: tuple[tuple[str, float], ...]
    evaluations: tuple[EvaluationBlock, ...]
    attendance: AttendanceSummary
    end_reason: str | None = None
    organisation_address: str | None = None

    @property
    def approved(self) -> float:
        return sum(m[1] for m in self.months)

    @property
    def pending(self) -> float:
        return sum(m[2] for m in self.months)




# --- placement report -------------------------------------------------------------------------------

def render_placement_report(d: PlacementReportData) -> bytes:
    w, st, lang = i18n.section("report", d.lang), _styles(), d.lang
    width = PAGE_W - 36 * mm
    story: list[Flowable] = [Paragraph(w["placement_report"], st["title"]),
                             Paragraph(_esc(f"{d.trainee} · {d.organisation}"), st["subtitle"])]
    pairs: list[tuple[str, Any]] = [(w["trainee"], d.trainee)]
    if not d.organisation_copy:
        if d.trainee_email:
            pairs.append((w["email"], d.trainee_email))
        if d.trainee_phone:
            pairs.append((w["phone"], d.trainee_phone))
    provider = ", ".join(x for x in (d.issuer.organisation, d.issuer.address, d.issuer.place) if x)
    where = ", ".join(x for x in (d.organisation, d.organisation_address, d.organisation_city) if x)
    pairs += [(w["programme"], d.programme), (w["provider"], provider), (w["cohort"], d.cohort),
              (w["organisation"], where)]
    if d.tandem:
        pairs.append((w["tandem"], d.tandem.name + (f" – {d.tandem.job_title}" if d.tandem.job_title else "")))
    if d.supervisor:
        pairs.append((w["supervisor"], d.supervisor.name + (f" – {d.supervisor.job_title}"
                                                             if d.supervisor.job_title else "")))
    pairs += [(w["period"], f"{long_date(d.start, lang)} – {long_date(d.end, lang)}"),
              (w["agreement"], long_date(d.agreement_signed_on, lang) if d.agreement_signed_on else w["not_signed"]),
              (w["hours_per_week"], number(d.hours_per_week, lang)), (w["status"], d.status)]
    if d.end_reason and not d.organisation_copy:
        pairs.append((w["end_reason"], d.end_reason))
    story.append(_facts_table(pairs, st, width))

    story.append(Paragraph(w["hours_month"], st["h2"]))
    rows: list[list[Any]] = [[w["month"], w["approved"], w["pending"]]]
    rows += [[formats.month_year(m, lang), number(round(a, 1), lang), number(round(p, 1), lang) if p else ""]
             for m, a, p in d.months]
    rows.append([w["total"], number(round(d.approved, 1), lang),
                 number(round(d.pending, 1), lang) if d.pending else ""])
    story.append(_table(rows, [width * 0.5, width * 0.25, width * 0.25],
                        extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
    short = d.approved < d.required_hours
    story.append(Spacer(1, 4))
    story.append(Paragraph(("<font color='#b5542b'>" if short else "<font>") + _esc(w["of_required"].format(
        hours=number(round(d.approved, 1), lang), required=d.required_hours)) + "</font>", st["base"]))

    if d.activities:
        story.append(CondPageBreak(80))
        story.append(Paragraph(w["activities"], st["h2"]))
        arows: list[list[Any]] = [[w["activity"], w["hours"]]]
        arows += [[Paragraph(_esc(a), st["cell"]), number(round(h, 1), lang)] for a, h in d.activities]
        story.append(_table(arows, [width * 0.75, width * 0.25], extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))

    heading: Flowable | None = Paragraph(w["evaluations"], st["h2"])
    for kind in ("midterm", "final"):
        ev = next((e for e in d.evaluations if e.kind == kind), None)
        head = f"<b>{w[kind]}</b>"
        if ev is None:
            block0: list[Flowable] = [Paragraph(f"{head}: {w['none_yet']}", st["base"])]
            story.append(KeepTogether(([heading] if heading else []) + block0))  # never a heading alone
            heading = None
            continue
        who = f", {w['by'].format(name=_esc(ev.evaluator))}" if ev.evaluator else ""
        block: list[Flowable] = [Paragraph(f"{head} – {long_date(ev.date, lang)}{who}", st["base"])]
        erows: list[list[Any]] = [[w["criterion"], w["score"]]] + [[Paragraph(_esc(c), st["cell"]), str(s)]
                                                                 for c, s in ev.ratings]
        block.append(_table(erows, [width * 0.8, width * 0.2], extra=[("ALIGN", (1, 0), (1, -1), "CENTER")]))
        if ev.remarks and not d.organisation_copy:
            block.append(Paragraph(f"<i>{w['remarks']}:</i> {_esc(ev.remarks)}", st["cell"]))
        block.append(Spacer(1, 6))
        story.append(KeepTogether(([heading] if heading else []) + block))
        heading = None
    if any(e.ratings for e in d.evaluations):
        story.append(Paragraph(w["scale"], st["small"]))

    a = d.attendance
    if not d.organisation_copy:  # the training days are the programme's business, not the organisation's
        story.append(CondPageBreak(60))
        story.append(Paragraph(w["attendance"], st["h2"]))
        story.append(Paragraph(
            f"{w['rate']}: <b>{percent(a.rate, lang)}</b> ({w['threshold'].format(pct=percent(a.threshold, lang))})"
            f" · {w['present']} {a.present} · {w['late']} {a.late} · {w['excused']} {a.excused} · "
            f"{w['absent']} {a.absent}", st["base"]))
    if a.remarks and not d.organisation_copy:
        story.append(Spacer(1, 4))
        rrows: list[list[Any]] = [[w["date"], w["status"], w["remark"]]]
        rrows += [[short_date(day, lang), status, Paragraph(_esc(text), st["cell"])] for day, status, text in a.remarks]
        story.append(_table(rrows, [width * 0.18, width * 0.18, width * 0.64]))

    story.append(CondPageBreak(150))
    story.append(Paragraph(w["signatures"], st["h2"]))
    # The placement supervisor who gave the final evaluation signs for the organisation.
    final = next((e for e in d.evaluations if e.kind == "final" and e.evaluator), None)
    supervisor = final.evaluator if final else (d.supervisor.name if d.supervisor else "")
    story.append(_signature_blocks([w["sign_trainee"], w["sign_supervisor"], w["sign_coordinator"]],
                                   [d.trainee, supervisor or "",
                                    d.issuer.signatories[0].name if d.issuer.signatories else ""], w, width))
    banner = w["org_copy"] if d.organisation_copy else w["internal"]  # the full report is not to be sent out
    return _build(story, title=f"{w['placement_report']} – {d.trainee}", author=d.issuer.organisation,
                  subject=f"{w['placement_report']} {d.organisation}" + (f" ({w['org_copy']})"
                                                                          if d.organisation_copy else ""),
                  lang=lang, header=f"{d.issuer.organisation} · {w['placement_report']}", made_on=d.made_on,
                  banner=banner)



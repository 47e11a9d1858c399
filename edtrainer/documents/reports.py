"""Reports: placement report (full and organisation copy), sign-in sheet, cohort progress report with
an attendance chart, trainee progress statement, and the certificate register.

Platypus documents on the shared A4 page: a header with the organisation and the document's title, a
footer with the date made and the page number. Every paragraph style and table names a DejaVu font, so
nothing falls back to ReportLab's Helvetica.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from edtrainer.documents.common import (
    ACCENT,
    INK,
    LIGHT,
    MUTED,
    PAGE_H,
    PAGE_W,
    SANS,
    SANS_BOLD,
    SERIF_BOLD,
    WARN,
    long_date,
    number,
    percent,
    register_fonts,
    set_metadata_on,
    short_date,
)
from edtrainer.documents.data import Issuer

# --- words ------------------------------------------------------------------------------------------

W = {
    "nl": {
        "page": "Pagina {n} van {total}", "made_on": "Gemaakt op {date}", "org_copy": "Exemplaar voor de organisatie",
        "internal": "Vertrouwelijk — intern",
        "placement_report": "Stageverslag", "provider": "Opleider", "trainee": "Cursist", "email": "E-mail",
        "phone": "Telefoon",
        "programme": "Opleiding", "cohort": "Groep", "organisation": "Organisatie",
        "tandem": "Vakprofessional (tandem)", "supervisor": "Praktijkbegeleider", "period": "Periode",
        "agreement": "Stageovereenkomst getekend", "not_signed": "nog niet getekend", "status": "Status",
        "hours_per_week": "Uren per week", "hours_month": "Uren per maand", "month": "Maand",
        "approved": "Goedgekeurd", "pending": "Wacht op goedkeuring", "total": "Totaal", "required": "Vereist",
        "of_required": "{hours} van {required} uur vereist", "activities": "Activiteiten", "activity": "Activiteit",
        "hours": "Uren", "evaluations": "Evaluaties", "midterm": "Tussenevaluatie", "final": "Eindevaluatie",
        "criterion": "Criterium", "score": "Score (1–5)", "remarks": "Opmerkingen", "by": "door {name}",
        "none_yet": "Nog niet gehouden.", "attendance": "Aanwezigheid bij de lesdagen",
        "rate": "Aanwezigheidspercentage", "threshold": "norm {pct}", "present": "aanwezig", "late": "te laat",
        "excused": "afgemeld", "absent": "afwezig", "attendance_remarks": "Opmerkingen bij aanwezigheid",
        "date": "Datum", "remark": "Opmerking", "signatures": "Handtekeningen", "sign_trainee": "Cursist",
        "sign_tandem": "Vakprofessional", "sign_supervisor": "Praktijkbegeleider", "sign_coordinator": "Coördinator",
        "name": "Naam",
        "scale": "Scores: 1 = onvoldoende · 2 = matig · 3 = voldoende · 4 = goed · 5 = uitstekend.",
        "address": "Adres",
        "end_reason": "Reden van beëindiging",
        "sign_in": "Presentielijst", "module": "Module", "time": "Tijd", "location": "Locatie", "topic": "Onderwerp",
        "trainers": "Trainers", "signature": "Handtekening", "arrival": "Binnen", "departure": "Weg", "no": "Nr",
        "sign_in_note": "Zet uw handtekening en schrijf de tijd op waarop u binnenkwam en wegging. Staat uw naam "
                        "er niet op? Schrijf hem op een lege regel.",
        "trainer_signature": "Handtekening trainer",
        "apology": "afgemeld vooraf",
        "progress_report": "Voortgangsrapportage", "chart_title": "Aanwezigheid per cursist tegen de norm van {pct}",
        "modules": "Modules", "placement_hours": "Stage-uren", "ready": "Klaar", "yes": "ja", "no_word": "nee",
        "missing": "Wat ontbreekt", "statement": "Voortgangsoverzicht", "sessions": "Bijeenkomsten",
        "certificate": "Certificaat", "ready_yes": "U voldoet aan alle eisen voor het certificaat.",
        "ready_no": "Nog niet alles is gehaald; hieronder staat wat nog nodig is.",
        "modules_to_come_one": "Nog 1 module te volgen.", "modules_to_come": "Nog {count} modules te volgen.",
        "result": "Resultaat", "passed": "behaald", "not_passed": "niet behaald", "open": "nog open",
        "outlook": "Vooruitzicht", "placement": "Stage", "at": "bij {org}",
        "register": "Certificaatregister", "number": "Nummer", "kind": "Soort", "issued": "Uitgereikt",
        "note": "Toelichting", "key": "Ondertekend met sleutel {fp}",
        "audit_head": "Auditlog tot en met regel {id}, hash {hash}",
        "register_intro": "Alle certificaten die {org} heeft uitgereikt, ook ingetrokken en vervangen certificaten. "
                          "Dit register is digitaal ondertekend; een certificaat is alleen geldig met status "
                          "'geldig'.",
        "register_public_intro": "Alle certificaten die {org} heeft uitgereikt, ook ingetrokken en vervangen "
                                 "certificaten, zonder namen. Dit register is digitaal ondertekend; een certificaat is "
                                 "alleen geldig met status 'geldig'. Wie een certificaat voor zich heeft, controleert "
                                 "het met de controlecode op de controlepagina van {org}.",
    },
    "en": {
        "page": "Page {n} of {total}", "made_on": "Made on {date}", "org_copy": "Copy for the organisation",
        "internal": "Confidential — internal",
        "placement_report": "Placement report", "provider": "Training provider", "trainee": "Trainee",
        "email": "E-mail", "phone": "Phone",
        "programme": "Programme", "cohort": "Cohort", "organisation": "Organisation",
        "tandem": "Tandem professional", "supervisor": "Placement supervisor", "period": "Period",
        "agreement": "Placement agreement signed", "not_signed": "not signed yet", "status": "Status",
        "hours_per_week": "Hours per week", "hours_month": "Hours per month", "month": "Month",
        "approved": "Approved", "pending": "Awaiting approval", "total": "Total", "required": "Required",
        "of_required": "{hours} of {required} hours required", "activities": "Activities", "activity": "Activity",
        "hours": "Hours", "evaluations": "Evaluations", "midterm": "Midterm evaluation", "final": "Final evaluation",
        "criterion": "Criterion", "score": "Score (1–5)", "remarks": "Remarks", "by": "by {name}",
        "none_yet": "Not held yet.", "attendance": "Attendance at the lesson days",
        "rate": "Attendance rate", "threshold": "threshold {pct}", "present": "present", "late": "late",
        "excused": "excused", "absent": "absent", "attendance_remarks": "Attendance remarks",
        "date": "Date", "remark": "Remark", "signatures": "Signatures", "sign_trainee": "Trainee",
        "sign_tandem": "Tandem professional", "sign_supervisor": "Placement supervisor",
        "sign_coordinator": "Coordinator", "name": "Name",
        "scale": "Scores: 1 = poor · 2 = fair · 3 = sufficient · 4 = good · 5 = excellent.",
        "address": "Address",
        "end_reason": "Reason for ending",
        "sign_in": "Sign-in sheet", "module": "Module", "time": "Time", "location": "Location", "topic": "Topic",
        "trainers": "Trainers", "signature": "Signature", "arrival": "In", "departure": "Out", "no": "No",
        "sign_in_note": "Please sign and write down the time you arrived and left. Not on the list? Write your name "
                        "on an empty row.",
        "trainer_signature": "Trainer's signature",
        "apology": "apologised in advance",
        "progress_report": "Progress report", "chart_title": "Attendance per trainee against the {pct} threshold",
        "modules": "Modules", "placement_hours": "Placement hours", "ready": "Ready", "yes": "yes", "no_word": "no",
        "missing": "What is missing", "statement": "Progress statement", "sessions": "Sessions",
        "certificate": "Certificate", "ready_yes": "You meet every requirement for the certificate.",
        "ready_no": "Not everything is done yet; what is still needed is below.",
        "modules_to_come_one": "1 module still to come.", "modules_to_come": "{count} modules still to come.",
        "result": "Result", "passed": "passed", "not_passed": "not passed", "open": "pending",
        "outlook": "Outlook", "placement": "Placement", "at": "at {org}",
        "register": "Certificate register", "number": "Number", "kind": "Kind", "issued": "Issued",
        "note": "Note", "key": "Signed with key {fp}",
        "audit_head": "Audit log up to row {id}, hash {hash}",
        "register_intro": "Every certificate {org} has issued, including revoked and replaced ones. This register "
                          "is digitally signed; a certificate is only valid with status 'valid'.",
        "register_public_intro": "Every certificate {org} has issued, including revoked and replaced ones, without "
                                 "names. This register is digitally signed; a certificate is only valid with status "
                                 "'valid'. Whoever holds a certificate checks it with its verification code on the "
                                 "verification page of {org}.",
    },
}

# --- data -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    job_title: str | None = None


@dataclass(frozen=True)
class EvaluationBlock:
    kind: str                          # midterm, final
    date: dt.date
    evaluator: str | None
    ratings: tuple[tuple[str, int], ...]
    remarks: str | None = None


@dataclass(frozen=True)
class AttendanceSummary:
    rate: float | None
    threshold: float
    present: int = 0
    late: int = 0
    excused: int = 0
    absent: int = 0
    remarks: tuple[tuple[dt.date, str, str], ...] = ()   # date, status word, remark


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


@dataclass(frozen=True)
class SignInRow:
    name: str
    note: str = ""


@dataclass(frozen=True)
class SignInData:
    lang: str
    issuer: Issuer
    cohort: str
    programme: str
    module: str
    date: dt.date
    start: dt.time
    minutes: int
    location: str | None
    topic: str | None
    trainers: tuple[str, ...]
    rows: tuple[SignInRow, ...]


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


@dataclass(frozen=True)
class RegisterData:
    lang: str
    issuer: Issuer
    made_on: dt.date
    cohort: str | None
    key_fingerprint: str
    rows: tuple[tuple[str, str, str, str, dt.date, str, str], ...] = field(default_factory=tuple)
    audit_head: tuple[int, str] | None = None  #: the audit log's newest row (id, hash), signed along with it
    public: bool = False  #: for outsiders: no names and no reasons (else marked confidential, for internal use)


# --- page and styles --------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()  # paragraphs look their font family up when they are made, before the document is built
    base = ParagraphStyle("base", fontName=SANS, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_big": ParagraphStyle("cell_big", parent=base, fontSize=14, leading=17),
        "title": ParagraphStyle("title", parent=base, fontName=SERIF_BOLD, fontSize=20, leading=24,
                                textColor=ACCENT, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=11, leading=14, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, textColor=MUTED),
    }


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, *, title: str, author: str, subject: str, lang: str, header: str,
                 made_on: dt.date | None, banner: str | None = None, landscape: bool = False) -> None:
        size = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
        super().__init__(buf, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=24 * mm, bottomMargin=18 * mm)
        set_metadata_on(self, title=title, author=author, subject=subject, lang=lang)
        self._header, self._made_on, self._lang, self._banner = header, made_on, lang, banner
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, c: Any, doc: Any) -> None:
        w = W[self._lang]
        page_w, page_h = self.pagesize
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        top = page_h - 14 * mm
        c.line(self.leftMargin, top, page_w - self.rightMargin, top)
        room = page_w - self.leftMargin - self.rightMargin
        if self._banner:  # the mark first, whole; the header gets what room is left (never overlapping it)
            banner = self._banner.upper()
            c.setFont(SANS_BOLD, 8.5)
            c.setFillColor(WARN)
            c.drawRightString(page_w - self.rightMargin, top + 4, banner)
            room -= c.stringWidth(banner, SANS_BOLD, 8.5) + 14
        c.setFont(SANS_BOLD, 8.5)
        c.setFillColor(ACCENT)
        header = self._header
        while header and c.stringWidth(header, SANS_BOLD, 8.5) > room:
            header = header[:-2].rstrip() + "…"
        c.drawString(self.leftMargin, top + 4, header)
        c.setFont(SANS, 7.5)
        c.setFillColor(MUTED)
        if self._made_on:
            c.drawString(self.leftMargin, 10 * mm, w["made_on"].format(date=long_date(self._made_on, self._lang)))
        c.restoreState()  # the page number ('Pagina 1 van 2') is drawn once the number of pages is known

    def canvasmaker(self) -> type:
        """A canvas that keeps its pages until the end, then numbers them 'Pagina n van N'."""
        words, right = W[self._lang]["page"], self.pagesize[0] - self.rightMargin
        from reportlab.pdfgen.canvas import Canvas

        class NumberedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    self.saveState()
                    self.setFont(SANS, 7.5)
                    self.setFillColor(MUTED)
                    self.drawRightString(right, 10 * mm, words.format(n=self._pageNumber, total=total))
                    self.restoreState()
                    super().showPage()
                super().save()

        return NumberedCanvas


def _build(story: list[Flowable], **kw: Any) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = _Doc(buf, **kw)
    doc.build(story, canvasmaker=doc.canvasmaker())
    return buf.getvalue()


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True, size: float = 8.5,
           stripes: bool = True, extra: Sequence[tuple] = (), repeat: bool = True) -> Table:
    t = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=1 if header and repeat else 0)
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), SANS_BOLD), ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if stripes and len(rows) > 2:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, LIGHT]))
    t.setStyle(TableStyle(style + list(extra)))
    return t


def _facts_table(pairs: Sequence[tuple[str, Any]], st: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [[Paragraph(k, st["label"]), v if isinstance(v, Flowable) else Paragraph(_esc(str(v)), st["base"])]
            for k, v in pairs]
    return _table(rows, [width * 0.32, width * 0.68], header=False, stripes=False,
                  extra=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, LIGHT)])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _signature_blocks(labels: Sequence[str], names: Sequence[str], w: dict[str, str], width: float) -> Table:
    rows = [[Paragraph(f"<b>{_esc(lab)}</b>", _styles()["cell"]) for lab in labels],
            [Paragraph(f"{w['name']}: {_esc(n)}", _styles()["cell"]) for n in names],
            [Paragraph(f"{w['date']}:", _styles()["cell"]) for _ in labels],
            ["" for _ in labels]]
    col = width / len(labels)
    return _table(rows, [col] * len(labels), header=False, stripes=False,
                  extra=[("LINEBELOW", (0, 3), (-1, 3), 0.6, MUTED), ("ROWHEIGHT", (0, 3), (-1, 3), 40),
                         ("BOTTOMPADDING", (0, 3), (-1, 3), 34), ("RIGHTPADDING", (0, 0), (-1, -1), 14)])


# --- placement report -------------------------------------------------------------------------------

def _month(ym: str, lang: str) -> str:
    from edtrainer.documents.common import MONTHS

    year, month = ym.split("-")
    return f"{MONTHS[lang][int(month) - 1]} {year}"


def render_placement_report(d: PlacementReportData) -> bytes:
    w, st, lang = W[d.lang], _styles(), d.lang
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
    rows += [[_month(m, lang), number(round(a, 1), lang), number(round(p, 1), lang) if p else ""]
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


# --- sign-in sheet ----------------------------------------------------------------------------------

WALK_IN_ROWS = 2  #: empty rows under the expected trainees, for whoever comes without being on the list

def render_sign_in_sheet(d: SignInData) -> bytes:
    w, st, lang = W[d.lang], _styles(), d.lang
    width = PAGE_W - 36 * mm
    end = (dt.datetime.combine(d.date, d.start) + dt.timedelta(minutes=d.minutes)).time()
    big = ParagraphStyle("big", parent=st["base"], fontSize=12, leading=16)
    story: list[Flowable] = [
        Paragraph(f"{w['sign_in']} – {_esc(d.cohort)}", st["title"]),
        _facts_table([(w["module"], d.module), (w["date"], long_date(d.date, lang)),
                      (w["time"], f"{d.start.strftime('%H:%M')} – {end.strftime('%H:%M')}"),
                      (w["location"], d.location or ""), (w["trainers"], ", ".join(d.trainers))]
                     + ([(w["topic"], d.topic)] if d.topic else []), st, width),
        Spacer(1, 8), Paragraph(w["sign_in_note"], big), Spacer(1, 8)]
    rows: list[list[Any]] = [[w["no"], w["name"], w["signature"], w["arrival"], w["departure"]]]
    for i, r in enumerate(d.rows, start=1):
        name = Paragraph(_esc(r.name) + (f"<br/><font size='9' color='#5b6770'>{_esc(r.note)}</font>"
                                         if r.note else ""), st["cell_big"])
        rows.append([str(i), name, "", "", ""])
    for i in range(len(d.rows) + 1, len(d.rows) + 1 + WALK_IN_ROWS):  # for who comes without being on the list
        rows.append([str(i), "", "", "", ""])
    t = _table(rows, [width * 0.07, width * 0.39, width * 0.30, width * 0.12, width * 0.12], size=12, stripes=False,
               extra=[("FONTSIZE", (0, 0), (-1, 0), 11), ("GRID", (0, 0), (-1, -1), 0.6, MUTED),
                      ("ROWHEIGHT", (0, 1), (-1, -1), 40), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")])
    height = 40 if len(rows) <= 10 else 34  # a cohort of 8 to 12 still fits one page with the trainer's line
    t._argH[1:] = [height] * (len(rows) - 1)
    story.append(t)
    trainer = ", ".join(d.trainers)
    block = _signature_blocks([w["trainer_signature"]], [trainer], w, width * 0.5)
    block.hAlign = "LEFT"
    story.append(KeepTogether([Spacer(1, 14), block]))
    return _build(story, title=f"{w['sign_in']} {d.cohort} {short_date(d.date, lang)}", author=d.issuer.organisation,
                  subject=f"{w['sign_in']} {d.module}", lang=lang,
                  header=f"{d.issuer.organisation} · {w['sign_in']} · {d.programme}", made_on=None)


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
    w, st, lang = W[d.lang], _styles(), d.lang
    width = PAGE_W - 36 * mm
    story: list[Flowable] = [
        Paragraph(f"{w['progress_report']} – {_esc(d.cohort)}", st["title"]),
        Paragraph(_esc(f"{d.programme} · {long_date(d.period[0], lang)} – {long_date(d.period[1], lang)}"),
                  st["subtitle"]),
        Paragraph(w["chart_title"].format(pct=percent(d.threshold, lang)), st["h2"]),
        attendance_chart(d.rows, d.threshold, width, lang),
        Spacer(1, 10),
    ]
    rows: list[list[Any]] = [[w["name"], w["rate"].split()[0] if lang == "en" else "Aanwezig", w["modules"],
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
    w, st, lang = W[d.lang], _styles(), d.lang
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
        story.append(Paragraph(_esc((w["modules_to_come_one"] if to_come == 1 else w["modules_to_come"])
                                    .format(count=to_come)), st["base"]))
    if d.missing:
        story.append(Paragraph(w["missing"], st["h2"]))
        for m in d.missing:
            story.append(Paragraph("• " + _esc(m), st["base"]))
    story.append(Spacer(1, 18))
    story.append(HRFlowable(width="100%", thickness=0.5, color=LIGHT))
    return _build(story, title=f"{w['statement']} – {d.trainee}", author=d.issuer.organisation,
                  subject=f"{w['statement']} {d.programme}", lang=lang,
                  header=f"{d.issuer.organisation} · {w['statement']}", made_on=d.made_on)


# --- tables for an outside reader (the funder's report) ------------------------------------------------

@dataclass(frozen=True)
class TablesData:
    """A report of worded tables: the caller has chosen every word and number (and hidden the small ones)."""

    lang: str
    issuer: Issuer
    made_on: dt.date
    title: str
    subtitle: str
    intro: str
    sections: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]  # heading, headers, rows


def render_tables(d: TablesData) -> bytes:
    st, lang = _styles(), d.lang
    width = PAGE_H - 36 * mm
    story: list[Flowable] = [Paragraph(_esc(d.title), st["title"]), Paragraph(_esc(d.subtitle), st["subtitle"]),
                             Paragraph(_esc(d.intro), st["small"]), Spacer(1, 6)]
    cell = ParagraphStyle("tc", parent=st["cell"], fontSize=7.5, leading=9.5)
    for heading, headers, rows in d.sections:
        story.append(Paragraph(_esc(heading), st["h2"]))
        first = width * (0.22 if len(headers) > 6 else 0.4)
        rest = (width - first) / max(1, len(headers) - 1)
        table = [[Paragraph(f"<b>{_esc(h)}</b>", cell) for h in headers]]
        table += [[Paragraph(_esc(str(v)), cell) for v in row] for row in rows]
        story.append(_table(table, [first] + [rest] * (len(headers) - 1), size=7.5,
                            extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return _build(story, title=f"{d.title} {d.issuer.organisation}", author=d.issuer.organisation,
                  subject=d.title, lang=lang, header=f"{d.issuer.organisation} · {d.title}", made_on=d.made_on,
                  landscape=True)


# --- certificate register ---------------------------------------------------------------------------

def render_register(d: RegisterData) -> bytes:
    """Landscape: the notes (why revoked, by which number replaced) need the room."""
    w, st, lang = W[d.lang], _styles(), d.lang
    width = PAGE_H - 36 * mm
    intro = w["register_public_intro" if d.public else "register_intro"]
    story: list[Flowable] = [
        Paragraph(w["register"] + (f" – {_esc(d.cohort)}" if d.cohort else ""), st["title"]),
        Paragraph(_esc(intro.format(org=d.issuer.organisation)), st["base"]),
        Paragraph(_esc(w["key"].format(fp=d.key_fingerprint)), st["small"]),
    ]
    if d.audit_head is not None and not d.public:  # a rewritten audit log would not match this signed line
        story.append(Paragraph(_esc(w["audit_head"].format(id=d.audit_head[0], hash=d.audit_head[1])), st["small"]))
    story += [
        Spacer(1, 8),
    ]
    cell = ParagraphStyle("rc", parent=st["cell"], fontSize=7.5, leading=9.5)
    head = [w["number"], w["kind"], w["name"], w["cohort"], w["issued"], w["status"], w["note"]]
    keep = [i for i in range(len(head)) if not (d.public and i in (2, 3))]  # outsiders: no names, no cohorts
    rows: list[list[Any]] = [[head[i] for i in keep]]
    extra: list[tuple] = [("VALIGN", (0, 1), (-1, -1), "TOP")]
    status_col = keep.index(5)
    for num, kind, name, cohort, issued, status, note in d.rows:
        cells = [num, Paragraph(_esc(kind), cell), Paragraph(_esc(name), cell), Paragraph(_esc(cohort), cell),
                 short_date(issued, lang), Paragraph(_esc(status), cell), Paragraph(_esc(note), cell)]
        rows.append([cells[i] for i in keep])
        if status not in ("geldig", "valid"):
            rows[-1][status_col] = Paragraph(f"<font color='#b5542b'>{_esc(status)}</font>", cell)
    extra.append(("LEFTPADDING", (0, 0), (-1, -1), 3))
    fractions = (0.12, 0.14, 0.16, 0.12, 0.08, 0.08, 0.30)
    widths = [fractions[i] / sum(fractions[j] for j in keep) for i in keep]
    story.append(_table(rows, [width * f for f in widths], size=7.5, extra=extra))
    return _build(story, title=f"{w['register']} {d.issuer.organisation}", author=d.issuer.organisation,
                  subject=w["register"], lang=lang, header=f"{d.issuer.organisation} · {w['register']}",
                  made_on=d.made_on, landscape=True, banner=None if d.public else w["internal"])

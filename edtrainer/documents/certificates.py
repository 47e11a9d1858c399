"""The programme certificate, the module certificate and the participation statement: one A4 page.

Drawn directly on the canvas (no platypus) so that every element has a fixed, dignified place, and
so that rendering a thousand of them stays fast. Long names shrink, then wrap, never run off the page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from edtrainer.core import i18n
from edtrainer.documents.common import (
    ACCENT,
    INK,
    LIGHT,
    MUTED,
    PAGE_H,
    PAGE_W,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    draw_qr,
    draw_wrapped,
    fit_size,
    long_date,
    new_canvas,
    number,
    split_to_fit,
)
from edtrainer.documents.data import CertificateData
from edtrainer.documents.verify import INFO_CODE, INFO_FACTS

QrDrawer = Callable[[Canvas, str, float, float, float], None]
MARGIN = 56
INNER_W = PAGE_W - 2 * MARGIN


def _image(png: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(png))


def _frame(c: Canvas) -> None:
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2.2)
    c.rect(22, 22, PAGE_W - 44, PAGE_H - 44)
    c.setLineWidth(0.6)
    c.rect(28, 28, PAGE_W - 56, PAGE_H - 56)


def _centre(c: Canvas, text: str, y: float, font: str, size: float, color: object = INK) -> None:
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawCentredString(PAGE_W / 2, y, text)


def _spaced(c: Canvas, text: str, y: float, font: str, size: float, spacing: float, color: object) -> None:
    """Letter-spaced capitals, centred: the organisation's name above the title."""
    width = stringWidth(text, font, size) + spacing * (len(text) - 1)
    if width > INNER_W:
        _centre(c, text, y, font, fit_size(text, font, INNER_W, size, 6), color)
        return
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(spacing)
    t.setFillColor(color)
    t.setTextOrigin(PAGE_W / 2 - width / 2, y)
    t.textOut(text)
    t.setCharSpace(0)  # character spacing is part of the graphics state: it would stretch all that follows
    c.drawText(t)


def _name(c: Canvas, name: str, y: float) -> float:
    """The trainee's name, as large as fits; two lines only if it must. Returns the baseline below."""
    size = fit_size(name, SERIF_BOLD, INNER_W - 20, 28, 17)
    if stringWidth(name, SERIF_BOLD, size) <= INNER_W - 20:
        _centre(c, name, y, SERIF_BOLD, size)
        return y - size * 0.9
    lines = split_to_fit(name, SERIF_BOLD, 20, INNER_W - 20)
    for line in lines:
        _centre(c, line, y, SERIF_BOLD, 20)
        y -= 24
    return y + 24 - 18


def _whole_date(day: dt.date | None, lang: str) -> str:
    """A date that never breaks across lines ('6 oktober' here, '2026' on the next line)."""
    return long_date(day, lang).replace(" ", "\u00a0")


def _details(c: Canvas, rows: list[tuple[str, str]], y: float) -> float:
    label_w = 118
    for label, value in rows:
        c.setFont(SANS, 8.5)
        c.setFillColor(MUTED)
        c.drawString(MARGIN + 20, y, label)
        y = draw_wrapped(c, value, MARGIN + 20 + label_w, y, INNER_W - 40 - label_w, size=9.5, leading=12.5)
        y -= 3
    return y


def _modules(c: Canvas, d: CertificateData, t: Mapping[str, str], y: float, label: str, *,
             compact: bool = False) -> float:
    """Modules with their hours in two columns, and the total. Returns the baseline below the total."""
    lines = list(d.modules)
    if not lines:
        return y
    c.setFont(SANS, 8.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN + 20, y, label)
    y -= 14
    cols = 2 if len(lines) > 5 else 1
    per_col = -(-len(lines) // cols)
    col_w = (INNER_W - 40) / cols
    size = 8.8 if len(lines) <= 12 and not compact else 7.6
    step = size * 1.45
    lowest = y
    for col in range(cols):
        yy = y
        x = MARGIN + 20 + col * col_w
        for mod in lines[col * per_col:(col + 1) * per_col]:
            hours = t["exempted"] if mod.exempted else f"{mod.hours} {t['hours']}"
            room = col_w - stringWidth(hours, SANS, size) - 20
            # One type size for every module: a long name wraps onto a second line instead of shrinking.
            wrapped = split_to_fit(mod.title, SANS, size, room)
            if len(wrapped) > 2:  # a third line only for a name that could not be meant for a certificate
                wrapped = [wrapped[0], " ".join(wrapped[1:])]
                while stringWidth(wrapped[1], SANS, size) > room and len(wrapped[1]) > 4:
                    wrapped[1] = wrapped[1][:-2].rstrip("…").rstrip() + "…"
            c.setFillColor(MUTED)
            c.setFont(SANS, size)
            c.drawRightString(x + col_w - 14, yy, hours)
            c.setFillColor(INK)
            for line in wrapped:
                c.drawString(x, yy, line)
                yy -= step if line is wrapped[-1] else size * 1.15
        lowest = min(lowest, yy)
    y = lowest
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.8)
    c.line(MARGIN + 20, y + step * 0.55, PAGE_W - MARGIN - 20, y + step * 0.55)
    c.setFont(SANS_BOLD, size)
    c.setFillColor(INK)
    placement = round(d.placement.hours) if d.placement is not None and d.kind != "module" else 0
    c.drawString(MARGIN + 20, y - 2, t["total_with_placement"] if placement else t["total"])
    c.drawRightString(PAGE_W - MARGIN - 34, y - 2, f"{d.total_hours + placement} {t['hours']}")
    return y - 2 - size


def _signatories(c: Canvas, d: CertificateData, y: float) -> None:
    people = list(d.issuer.signatories)[:3]
    if not people:
        return
    col_w = INNER_W / len(people)
    for i, person in enumerate(people):
        cx = MARGIN + col_w * i + col_w / 2
        line_w = min(150, col_w - 24)
        if person.signature_png:
            c.drawImage(_image(person.signature_png), cx - line_w / 2, y + 4, width=line_w, height=38,
                        preserveAspectRatio=True, anchor="c", mask="auto")
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.line(cx - line_w / 2, y, cx + line_w / 2, y)
        c.setFont(SANS_BOLD, fit_size(person.name, SANS_BOLD, col_w - 12, 9.5, 7))
        c.setFillColor(INK)
        c.drawCentredString(cx, y - 13, person.name)
        role = person.role_en if d.lang == "en" and person.role_en else person.role
        c.setFont(SANS, fit_size(role, SANS, col_w - 12, 8.5, 6.5))
        c.setFillColor(MUTED)
        c.drawCentredString(cx, y - 25, role)


def _footer(c: Canvas, d: CertificateData, t: Mapping[str, str], qr: QrDrawer) -> None:
    qr_size = 74
    x0, y0 = MARGIN, 44
    if d.qr_payload:
        qr(c, d.qr_payload, x0, y0, qr_size)
    tx = x0 + qr_size + 14
    width = PAGE_W - MARGIN - tx
    c.setFillColor(MUTED)
    c.setFont(SANS, 7.5)
    c.drawString(tx, y0 + qr_size - 8, t["number_label"])
    c.setFillColor(INK)
    c.setFont(SANS_BOLD, 10.5)
    c.drawString(tx + 92, y0 + qr_size - 8, d.number)
    c.setFillColor(MUTED)
    c.setFont(SANS, 7.5)
    c.drawString(tx, y0 + qr_size - 22, t["code_label"])
    short = len(d.verification_code.replace(" ", "").replace("-", "")) <= 20
    yy = draw_wrapped(c, d.verification_code.replace("-", " "), tx + 92, y0 + qr_size - (23 if short else 22),
                      width - 92, size=10.5 if short else 7.2, leading=12.5 if short else 9.5, color=INK,
                      font=SANS_BOLD if short else SANS)
    url = d.issuer.verify_url
    note = (t["note_url"].format(organisation=d.issuer.organisation, url=url) if url
            else t["note"].format(organisation=d.issuer.organisation))
    if d.supersedes:
        note = t["supersedes"].format(number=d.supersedes) + " " + note
    draw_wrapped(c, note, tx, min(yy - 4, y0 + 18), width, size=7, leading=9, color=MUTED)


PLACE_DATE_Y = 252   # baseline of "Veendam, 30 juni 2026"; the signatories sit below it
SQUEEZE = (1.0, 0.7, 0.45)


def draw_certificate(c: Canvas, d: CertificateData, *, qr: QrDrawer = draw_qr) -> None:
    """One certificate page on ``c`` (the caller shows the page). ``qr`` draws the QR code (the benchmark
    swaps in ReportLab's own widget to compare)."""
    t = i18n.section("certificate", d.lang)
    _frame(c)
    # The body's height depends on the logo, long names and wordings, the placement line and the number
    # of modules. Drawn with generous spacing first; if it would reach the place and date, the page's
    # operators are taken back and it is drawn again with tighter spacing.
    mark = len(c._code)
    for squeeze in SQUEEZE:
        bottom = _body(c, d, t, squeeze)
        if bottom >= PLACE_DATE_Y + 6 or squeeze == SQUEEZE[-1]:
            break
        del c._code[mark:]
    sig_y = PLACE_DATE_Y - 62
    _centre(c, f"{d.issuer.place}, {long_date(d.issued_on, d.lang)}", PLACE_DATE_Y, SANS, 10, INK)
    _signatories(c, d, sig_y)
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.8)
    c.line(MARGIN, 132, PAGE_W - MARGIN, 132)
    _footer(c, d, t, qr)


def _body(c: Canvas, d: CertificateData, t: Mapping[str, str], squeeze: float) -> float:
    """Everything from the logo to the modules; returns the lowest baseline used."""
    y = PAGE_H - 70 + (1 - squeeze) * 22
    if d.issuer.logo_png:
        height = 50 * (0.6 + 0.4 * squeeze)
        c.drawImage(_image(d.issuer.logo_png), PAGE_W / 2 - 80, y - height + 6, width=160, height=height,
                    preserveAspectRatio=True, anchor="c", mask="auto")
        y -= height + 12 * squeeze
    _spaced(c, d.issuer.organisation.upper(), y, SANS, 10, 1.6, MUTED)
    y -= 30 + 28 * squeeze
    title = t[d.kind]
    _centre(c, title, y, SERIF_BOLD, fit_size(title, SERIF_BOLD, INNER_W, 34, 20), ACCENT)
    y -= 26
    subtitle = d.module.title if d.kind == "module" and d.module else d.certificate_title
    y = draw_wrapped(c, subtitle, MARGIN, y, INNER_W, font=SERIF, size=13.5, leading=17, align="center",
                     color=INK)
    y -= 6 + 12 * squeeze
    _centre(c, t["awarded_to"], y, SANS, 9.5, MUTED)
    y -= 26 + 8 * squeeze
    y = _name(c, d.trainee_name, y)
    if d.date_of_birth:
        born = (t["born"].format(date=long_date(d.date_of_birth, d.lang), place=d.birth_place) if d.birth_place
                else t["born_date"].format(date=long_date(d.date_of_birth, d.lang)))
        _centre(c, born, y - 4, SANS, 9.5, MUTED)
        y -= 18
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(PAGE_W / 2 - 40, y - 4, PAGE_W / 2 + 40, y - 4)
    y -= 16 + 10 * squeeze
    if d.kind == "module" and d.module:
        wording = t["wording_module"].format(module=d.module.title, hours=d.module.hours,
                                             programme=d.programme_name,
                                             date=long_date(d.module_passed_on, d.lang))
    elif d.kind == "participation":
        wording = t["wording_participation"].format(programme=d.programme_name,
                                                    start=long_date(d.period_start, d.lang),
                                                    end=long_date(d.period_end, d.lang))
    else:
        wording = (d.wording if d.lang == "nl" and d.wording
                   else t["wording_programme"].format(programme=d.programme_name))
    y = draw_wrapped(c, wording, MARGIN + 30, y, INNER_W - 60, font=SERIF, size=11, leading=15, align="center")
    y -= 4 + 10 * squeeze

    rows = [(t["programme_label"], d.programme_name),
            (t["cohort_label"], d.cohort_name + (f", {d.cohort_location}" if d.cohort_location else "")),
            (t["period_label"], f"{_whole_date(d.period_start, d.lang)} – {_whole_date(d.period_end, d.lang)}")]
    if d.kind == "module" and d.module_period:  # a module certificate: the module's own weeks, and its test
        rows[-1] = (t["period_label"],
                    f"{_whole_date(d.module_period[0], d.lang)} – {_whole_date(d.module_period[1], d.lang)}")
    if d.kind == "module" and d.module_assessment and d.module_assessment != "none":
        rows.append((t["assessment_label"], t[f"assessment_{d.module_assessment}"]))
    if d.placement and d.kind != "module":
        p = d.placement
        rows.append((t["placement_label"], t["placement"].format(
            hours=number(round(p.hours), d.lang), organisation=p.organisation,
            city=f" ({p.city})" if p.city else "",
            period=f"{_whole_date(p.start, d.lang)} – {_whole_date(p.end, d.lang)}" if p.end
            else _whole_date(p.start, d.lang))))
    if d.kind == "participation":
        rows.append((t["attendance_label"], t["attendance"].format(count=d.sessions_attended,
                                                                   hours=number(round(d.hours_attended), d.lang))))
    y = _details(c, rows, y)
    y -= 2 + 6 * squeeze
    if d.kind != "module":
        y = _modules(c, d, t, y, t["modules_so_far"] if d.kind == "participation" else t["modules_label"],
                     compact=squeeze < 0.5)
    return y




def _subject(d: CertificateData) -> str:
    t = i18n.section("certificate", d.lang)
    if d.kind == "module" and d.module:
        return t["subject_module"].format(module=d.module.title)
    return t[f"subject_{d.kind}"].format(programme=d.programme_name)


def render_certificate(d: CertificateData) -> bytes:
    """The unsigned PDF of one certificate, with its verification facts in the document information."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=f"{i18n.section('certificate', d.lang)[d.kind]} {d.number} – {d.trainee_name}",
                   author=d.issuer.organisation, subject=_subject(d), lang=d.lang, keywords=d.number,
                   extra={INFO_FACTS[1:]: d.facts, INFO_CODE[1:]: d.signed_code or d.qr_payload},
                   created=d.issued_on)
    draw_certificate(c, d)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_many(items: Iterable[CertificateData], *, title: str = "Certificates", author: str = "",
                lang: str = "nl", qr: QrDrawer = draw_qr) -> bytes:
    """Many certificates in one PDF (printing a whole cohort at once; the benchmark)."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, author=author, subject=title, lang=lang)
    for d in items:
        draw_certificate(c, d, qr=qr)
        c.showPage()
    c.save()
    return buf.getvalue()

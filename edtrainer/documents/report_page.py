"""The page all reports share: A4 with a header (the organisation, the document's title), a footer with
the date made and 'Pagina n van N', DejaVu fonts throughout, and the tables and blocks the reports use.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

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
    SERIF_BOLD,
    WARN,
    long_date,
    register_fonts,
    set_metadata_on,
)


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
        w = i18n.section("report", self._lang)
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
        words, right = i18n.section("report", self._lang)["page"], self.pagesize[0] - self.rightMargin
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


def _signature_blocks(labels: Sequence[str], names: Sequence[str], w: Mapping[str, str], width: float) -> Table:
    rows = [[Paragraph(f"<b>{_esc(lab)}</b>", _styles()["cell"]) for lab in labels],
            [Paragraph(f"{w['name']}: {_esc(n)}", _styles()["cell"]) for n in names],
            [Paragraph(f"{w['date']}:", _styles()["cell"]) for _ in labels],
            ["" for _ in labels]]
    col = width / len(labels)
    return _table(rows, [col] * len(labels), header=False, stripes=False,
                  extra=[("LINEBELOW", (0, 3), (-1, 3), 0.6, MUTED), ("ROWHEIGHT", (0, 3), (-1, 3), 40),
                         ("BOTTOMPADDING", (0, 3), (-1, 3), 34), ("RIGHTPADDING", (0, 0), (-1, -1), 14)])



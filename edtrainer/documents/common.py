"""What every document shares: the embedded fonts, the canvas, metadata, dates and the QR code.

ReportLab never embeds its standard fonts, and a canvas or a ``Drawing`` falls back to Helvetica unless
told otherwise, so every canvas here starts on DejaVu Sans (shipped in ``resources/fonts``) and
nothing draws in a font that is not embedded. ``invariant=1`` makes the output byte-identical for the
same input, which keeps tests and benchmarks honest.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from edtrainer import paths
from edtrainer.core import formats

SANS, SANS_BOLD, SERIF, SERIF_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"
FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", SERIF: "DejaVuSerif.ttf",
              SERIF_BOLD: "DejaVuSerif-Bold.ttf"}
PAGE_W, PAGE_H = A4

INK = colors.HexColor("#1f2a36")       # body text: near black, softer on paper
ACCENT = colors.HexColor("#1d5c63")    # deep teal: frames, rules, headings
MUTED = colors.HexColor("#5b6770")     # secondary text
LIGHT = colors.HexColor("#e6eef0")     # table stripes, chart backgrounds
WARN = colors.HexColor("#b5542b")      # below a threshold

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped TTFs with ReportLab once (thread-safe: the GUI renders off its main thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = paths.resources_dir() / "fonts"
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD)
        _registered = True


class _Info(PDFInfo):
    """The document information dictionary, with edtrainer's own keys (e.g. the verification facts)."""

    extra: dict[str, str]
    created: dt.date | None = None  #: the document's own date (a certificate's issue date), else ReportLab's fixed one

    def format(self, document: Any) -> bytes:
        d: dict[str, Any] = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator), "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
        }
        stamp: Any = document._timeStamp
        if self.created is not None:  # still the same bytes every time: a date, no clock
            from types import SimpleNamespace

            stamp = SimpleNamespace(YMDhms=(self.created.year, self.created.month, self.created.day, 0, 0, 0),
                                    dhh=0, dmm=0)
        d["ModDate"] = d["CreationDate"] = PDFDate(ts=stamp, dateFormatter=self._dateFormatter)
        for key, value in getattr(self, "extra", {}).items():
            d[key] = PDFString(value)
        return PDFDictionary(d).format(document)


def new_canvas(target: io.BytesIO, *, title: str, author: str, subject: str, lang: str,
               keywords: str = "", extra: dict[str, str] | None = None, created: dt.date | None = None) -> Canvas:
    """An A4 canvas on DejaVu Sans with title, author, subject and language set."""
    register_fonts()
    c = Canvas(target, pagesize=A4, invariant=1, initialFontName=SANS, initialFontSize=10,
               lang="nl-NL" if lang == "nl" else "en-GB", pageCompression=1)
    info = _Info()
    info.extra = dict(extra or {})
    info.created = created
    c._doc.info = info
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setKeywords(keywords)
    c.setCreator("edtrainer")
    return c


def set_metadata_on(doc: Any, *, title: str, author: str, subject: str, lang: str) -> None:
    """Metadata for a platypus document template (its canvas is made later)."""
    doc.title, doc.author, doc.subject, doc.creator = title, author, subject, "edtrainer"
    doc.lang = "nl-NL" if lang == "nl" else "en-GB"
    doc.initialFontName = SANS
    doc.invariant = 1


# --- words, dates and numbers -------------------------------------------------------------------------

def long_date(day: dt.date | str | None, lang: str) -> str:
    """'30 juni 2026' / '30 June 2026'."""
    return formats.long_date(day, lang)


def short_date(day: dt.date | str | None, lang: str) -> str:
    """'30-06-2026' (nl) / '2026-06-30' (en): the way each language writes dates in tables."""
    return formats.table_date(day, lang)


def period(start: dt.date | str | None, end: dt.date | str | None, lang: str) -> str:
    return formats.long_period(start, end, lang)


def number(value: float, lang: str) -> str:
    """Hours in a document: at most one decimal, '12,5' (nl) / '12.5' (en)."""
    return formats.number(round(value, 1), lang)


def percent(rate: float | None, lang: str) -> str:
    """'79 %' (nl) / '79%' (en); '–' for none."""
    return formats.percent(rate, lang)


def dump_json(data: Any) -> str:
    """Compact, stable JSON: the same data always gives the same text (and the same PDF)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


# --- text that must fit -----------------------------------------------------------------------------

def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size (in half points) at which ``text`` fits ``width``, not below ``smallest``."""
    size = largest
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def split_to_fit(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap (hyphenated names break after their hyphen too; a no-break space, as inside a date,
    never breaks)."""
    words: list[str] = []
    for word in text.replace("\n", " ").replace("\t", " ").split(" "):
        if not word:
            continue
        if "/" in word or "@" in word:  # an address: never broken at a hyphen (is that hyphen to be typed?)
            words.append(word)
            continue
        parts = word.split("-")
        words += [p + "-" for p in parts[:-1]] + [parts[-1]] if len(parts) > 1 else [word]
    lines: list[str] = []
    line = ""
    for word in words:
        glue = "" if not line or line.endswith("-") else " "
        candidate = f"{line}{glue}{word}"
        if line and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def draw_wrapped(c: Canvas, text: str, x: float, y: float, width: float, *, font: str = SANS, size: float = 10,
                 leading: float | None = None, align: str = "left", color: Any = INK) -> float:
    """Draw wrapped text from baseline ``y`` downwards; returns the baseline below the last line."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    c.setFillColor(color)
    for line in split_to_fit(text, font, size, width):
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        elif align == "right":
            c.drawRightString(x + width, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


# --- QR code ------------------------------------------------------------------------------------------

def qr_matrix(payload: str) -> list[list[bool]]:
    """Encode once (segno, error correction M, alphanumeric when the payload allows)."""
    code = segno.make_qr(payload, error="m", boost_error=False)
    return [[bool(v) for v in row] for row in code.matrix]


def qr_path_ops(matrix: list[list[bool]], x: float, y: float, size: float) -> str:
    """PDF path operators drawing the dark modules, one rectangle per horizontal run, as one string.

    Each run of dark modules in a row is one ``re``; the whole symbol is filled by one ``f``. That is
    a few hundred operators instead of ReportLab's widget drawing (and encoding) module by module.
    """
    n = len(matrix)
    m = size / n
    ops: list[str] = []
    append = ops.append
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * m
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                append(f"{x + start * m:.2f} {top:.2f} {(c - start) * m:.2f} {m:.2f} re")
            else:
                c += 1
    return "\n".join(ops) + "\nf"


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float, *, quiet: int = 0) -> None:
    """The QR symbol for ``payload`` with its lower-left corner at (x, y), ``size`` points square."""
    matrix = qr_matrix(payload)
    c.saveState()
    c.setFillColor(colors.black)
    c._code.append(qr_path_ops(matrix, x, y, size))  # one path; ReportLab has no public API for raw ops
    c.restoreState()

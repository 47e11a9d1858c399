"""The certificate register (internal, or public without names), and the funder's worded tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from edtrainer.core import i18n
from edtrainer.documents.common import PAGE_H, short_date
from edtrainer.documents.data import Issuer
from edtrainer.documents.report_page import _build, _esc, _styles, _table


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
    w, st, lang = i18n.section("report", d.lang), _styles(), d.lang
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

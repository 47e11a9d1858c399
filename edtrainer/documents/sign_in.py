"""The sign-in sheet (Presentielijst) of one session: a row to sign per expected trainee, and empty rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from edtrainer.core import formats, i18n
from edtrainer.documents.common import MUTED, PAGE_W, long_date, short_date
from edtrainer.documents.data import Issuer
from edtrainer.documents.report_page import _build, _esc, _facts_table, _signature_blocks, _styles, _table


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




# --- sign-in sheet ----------------------------------------------------------------------------------

WALK_IN_ROWS = 2  #: empty rows under the expected trainees, for whoever comes without being on the list

def render_sign_in_sheet(d: SignInData) -> bytes:
    w, st, lang = i18n.section("report", d.lang), _styles(), d.lang
    width = PAGE_W - 36 * mm
    end = (dt.datetime.combine(d.date, d.start) + dt.timedelta(minutes=d.minutes)).time()
    big = ParagraphStyle("big", parent=st["base"], fontSize=12, leading=16)
    story: list[Flowable] = [
        Paragraph(f"{w['sign_in']} – {_esc(d.cohort)}", st["title"]),
        _facts_table([(w["module"], d.module), (w["date"], long_date(d.date, lang)),
                      (w["time"], f"{formats.time(d.start)} – {formats.time(end)}"),
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



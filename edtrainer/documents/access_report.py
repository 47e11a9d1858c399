"""The readable copy of an access request (AVG art. 15): everything kept about one person, in plain words.

It is drawn from the same data as the JSON export (``services.privacy.export_trainee_data``), so the two
can never tell different stories: the person's details, each enrolment with attendance, placement, hours,
evaluations, results and certificates, where the data came from, and who did what with them when (who
received which document). Long runs of the same act on one day are counted, not listed one by one.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from edtrainer.core import formats, i18n
from edtrainer.documents.common import PAGE_W, number, short_date
from edtrainer.documents.reports import _build, _esc, _facts_table, _styles, _table


def _value(value: Any, lang: str) -> str:
    if value is None or value == "":
        return i18n.section("access_report", lang)["none"]
    return i18n.section("access_value", lang)[str(value)] if i18n.has(str(value), "access_value") \
        else str(value).replace("_", " ")


def _day(value: Any, lang: str) -> str:
    return short_date(value, lang) if value else i18n.section("access_report", lang)["none"]


def _act(entry: dict[str, Any], lang: str) -> str:
    """One audit entry in words: 'drukte af: het stageverslag (exemplaar voor de organisatie, …)'."""
    details = entry.get("details") or {}
    thing_key = details.get("what") or details.get("reason") or entry["about"]
    if thing_key == "placement_report" and details.get("organisation_copy"):
        thing_key = "placement_report_org"
    thing = i18n.section("access_thing", lang)[thing_key] if i18n.has(thing_key, "access_thing") \
        else thing_key.replace("_", " ")
    if details.get("number"):
        thing += f" {details['number']}"
    act = entry["action"]
    return f"{i18n.section('access_act', lang)[act] if i18n.has(act, 'access_act') else act}: {thing}"


def _moment(value: str, lang: str) -> tuple[str, str]:
    at = dt.datetime.fromisoformat(value).astimezone()
    return short_date(at.date(), lang), formats.time(at)


def render_access_report(data: dict[str, Any], *, organisation: str | None, lang: str, made_on: dt.date,
                         retention_years: int = 2) -> bytes:
    w, st = i18n.section("access_report", lang), _styles()
    width = PAGE_W - 36 * mm
    t = data["trainee"]
    name = " ".join(p for p in (t.get("given_names"), t.get("name_prefix"), t.get("family_name")) if p)
    story: list[Flowable] = [
        Paragraph(w["title"], st["title"]),
        Paragraph(_esc(w["subtitle" if organisation else "subtitle_plain"].format(org=organisation, name=name)),
                  st["subtitle"]),
        Paragraph(_esc(w["intro"]), st["base"]),
        Paragraph(w["person"], st["h2"]),
        _facts_table([(w["name"], name), (w["born"], _day(t.get("date_of_birth"), lang)),
                      (w["place"], _value(t.get("birth_place"), lang)), (w["email"], _value(t.get("email"), lang)),
                      (w["phone"], _value(t.get("phone"), lang)),
                      (w["since"], _day((t.get("created_at") or "")[:10], lang)),
                      (w["changed"], _day((t.get("updated_at") or "")[:10], lang))], st, width),
    ]
    cell = st["cell"]

    def para(text: Any) -> Paragraph:
        return Paragraph(_esc(_value(text, lang)), cell)

    for e in data["enrolments"]:
        story += [Paragraph(_esc(w["enrolment"].format(cohort=e["cohort"])), st["h2"]),
                  _facts_table([(w["enrolled"], _day(e["enrolled_on"], lang)), (w["ended"], _day(e["ended_on"], lang)),
                                (w["status"], _value(e["status"], lang)),
                                (w["reason"], _value(e["withdrawal_reason"], lang)),
                                (w["buddy"], _value(e["buddy"], lang))], st, width)]
        if e["attendance"]:
            rows: list[list[Any]] = [[w["date"], w["status"], w["remark"], w["apology"]]]
            rows += [[_day(a["date"], lang), _value(a["status"], lang), para(a["remark"]), para(a["apology_reason"])]
                     for a in e["attendance"]]
            story += [CondPageBreak(40 * mm), Paragraph(w["attendance"], st["h2"]),
                      _table(rows, [width * f for f in (0.16, 0.16, 0.38, 0.30)])]
        for p in e["placements"]:
            story += [Paragraph(_esc(w["placement"].format(org=p["organisation"])), st["h2"]),
                      _facts_table([(w["tandem"], _value(p["tandem_professional"], lang)),
                                    (w["supervisor"], _value(p["supervisor"], lang)),
                                    (w["period"], f"{_day(p['planned_start'], lang)} – {_day(p['planned_end'], lang)}"),
                                    (w["hours_week"], number(p["hours_per_week"] or 0, lang)),
                                    (w["agreement"], _day(p["agreement_signed_on"], lang)),
                                    (w["status"], _value(p["status"], lang)),
                                    (w["reason"], _value(p["end_reason"], lang))], st, width)]
            if p["hours"]:
                rows = [[w["date"], w["hours"], w["activity"], w["approved_by"]]]
                rows += [[_day(h["date"], lang), number(h["hours"], lang), para(h["activity"]), para(h["approved_by"])]
                         for h in p["hours"]]
                rows.append([w["total"], number(sum(h["hours"] for h in p["hours"]), lang), "", ""])
                story += [CondPageBreak(40 * mm), Paragraph(w["hours"], st["h2"]),
                          _table(rows, [width * f for f in (0.16, 0.12, 0.44, 0.28)],
                                 extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])]
            if p["evaluations"]:
                rows = [[w["date"], w["kind"], w["evaluator"], w["ratings"], w["remark"]]]
                rows += [[_day(ev["date"], lang), _value(ev["kind"], lang), para(ev["evaluator"]),
                          para(", ".join(f"{k}: {v}" for k, v in ev["ratings"].items())), para(ev["remarks"])]
                         for ev in p["evaluations"]]
                story += [CondPageBreak(40 * mm), Paragraph(w["evaluations"], st["h2"]),
                          _table(rows, [width * f for f in (0.13, 0.13, 0.18, 0.30, 0.26)])]
        if e["module_results"]:
            rows = [[w["module"], w["result"], w["date"], w["assessor"], w["remark"]]]
            rows += [[para(r["module"]), _value(r["status"], lang), _day(r["decided_on"], lang), para(r["assessor"]),
                      para(r["remark"])] for r in e["module_results"]]
            story += [CondPageBreak(40 * mm), Paragraph(w["results"], st["h2"]),
                      _table(rows, [width * f for f in (0.32, 0.14, 0.13, 0.18, 0.23)])]
        if e["certificates"]:
            rows = [[w["number"], w["kind"], w["issued"], w["status"], w["note"]]]
            rows += [[c["number"], para(c["kind"]), _day(c["issued_on"], lang), _value(c["status"], lang),
                      para(c["revoked_reason"] or c["override_reason"])] for c in e["certificates"]]
            story += [CondPageBreak(40 * mm), Paragraph(w["certificates"], st["h2"]),
                      _table(rows, [width * f for f in (0.2, 0.2, 0.13, 0.13, 0.34)])]
    story += [CondPageBreak(50 * mm),  # the heading not alone at the foot of a page
              Paragraph(w["log"], st["h2"]), Paragraph(_esc(w["log_intro"]), st["base"]), Spacer(1, 4)]
    log = data.get("audit_log") or []
    if log:
        rows = [[w["when"], w["who"], w["what"]]]
        # A run of the same act on one day by one person is one line: "legde vast: stage-uren (12×)".
        for (day, who, act), group in groupby(log, key=lambda x: (_moment(x["at"], lang)[0], x["by"], _act(x, lang))):
            entries = list(group)
            when = day if len(entries) > 1 else " ".join(_moment(entries[0]["at"], lang))
            rows.append([when, para(who), para(act + (f" ({len(entries)}×)" if len(entries) > 1 else ""))])
        story.append(_table(rows, [width * f for f in (0.2, 0.2, 0.6)]))
    else:
        story.append(Paragraph(w["empty"], st["base"]))
    story += [CondPageBreak(50 * mm), Paragraph(w["rights"], st["h2"]), Paragraph(_esc(w["why"]), st["base"]),
              Spacer(1, 4), Paragraph(_esc(w["how_long"].format(years=retention_years)), st["base"]), Spacer(1, 4),
              Paragraph(_esc(w["ask"]), st["base"])]
    return _build(story, title=f"{w['title']} – {name}", author=organisation or "edtrainer", subject=w["title"],
                  lang=lang, header=f"{organisation or 'edtrainer'} · {w['title']}", made_on=made_on,
                  banner=w["confidential"])

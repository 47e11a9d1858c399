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

from edtrainer.documents.common import PAGE_W, number, short_date
from edtrainer.documents.reports import _build, _esc, _facts_table, _styles, _table

W = {
    "nl": {
        "title": "Uw gegevens", "subtitle": "Alles wat {org} in edtrainer over {name} bewaart (AVG artikel 15)",
        "subtitle_plain": "Alles wat in edtrainer over {name} is bewaard (AVG artikel 15)",
        "intro": "Dit overzicht is gemaakt op uw verzoek. Het bevat alle gegevens die over u zijn vastgelegd. De "
                 "coördinator heeft ze ingevoerd bij uw aanmelding en tijdens de opleiding; trainers legden uw "
                 "aanwezigheid vast, en uw stage-uren en evaluaties kwamen van uw stageorganisatie. U krijgt "
                 "dezelfde gegevens ook als bestand (JSON) om mee te nemen. Klopt er iets niet, of wilt u dat iets "
                 "wordt gewist? Vraag het uw coördinator.",
        "person": "Over u", "name": "Naam", "born": "Geboortedatum", "place": "Geboorteplaats", "email": "E-mail",
        "phone": "Telefoon", "since": "Vastgelegd op", "changed": "Laatst gewijzigd", "none": "—",
        "enrolment": "Inschrijving: {cohort}", "enrolled": "Ingeschreven op", "ended": "Gestopt op",
        "status": "Status", "reason": "Reden van stoppen", "buddy": "Buddy",
        "attendance": "Aanwezigheid", "date": "Datum", "remark": "Opmerking", "apology": "Afmelding",
        "placement": "Stage bij {org}", "tandem": "Tandemprofessional", "supervisor": "Begeleider",
        "period": "Periode", "hours_week": "Uren per week", "agreement": "Overeenkomst getekend",
        "hours": "Gewerkte uren", "activity": "Wat u deed", "approved_by": "Goedgekeurd door", "total": "Totaal",
        "evaluations": "Evaluaties", "evaluator": "Door", "kind": "Soort", "ratings": "Scores",
        "results": "Modules", "module": "Module", "result": "Resultaat", "assessor": "Beoordelaar",
        "certificates": "Certificaten", "number": "Nummer", "issued": "Uitgereikt", "note": "Toelichting",
        "log": "Wie wat deed met uw gegevens",
        "log_intro": "Elke keer dat iemand uw gegevens vastlegde, wijzigde, bekeek, afdrukte of exporteerde, "
                     "staat hier, met de dag en de persoon. Wat er veranderde, staat er niet in (alleen welke "
                     "velden). Deze lijst kan niet ongemerkt worden aangepast.",
        "when": "Wanneer", "who": "Wie", "what": "Wat",
        "empty": "Er is niets vastgelegd.", "confidential": "Vertrouwelijk",
        "rights": "Waarom, hoe lang, en wat u kunt vragen",
        "why": "Uw gegevens worden bewaard om de opleiding te geven, uw voortgang te volgen en u een certificaat te "
               "geven. Gemeenten die de opleiding betalen, krijgen alleen aantallen, geen namen.",
        "how_long": "Ze worden bewaard tot {years} jaar na het einde van uw laatste inschrijving en daarna gewist. "
                    "Van een certificaat blijven alleen het nummer, de datum en of het geldig is, zonder naam. "
                    "Reservekopieën worden na hoogstens een jaar opgeruimd.",
        "ask": "U kunt vragen om iets te verbeteren, om uw gegevens te wissen, of bezwaar maken tegen hoe ze "
               "worden gebruikt: vraag het uw coördinator; u krijgt binnen een maand antwoord. Bent u niet "
               "tevreden, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens "
               "(autoriteitpersoonsgegevens.nl).",
    },
    "en": {
        "title": "Your data", "subtitle": "Everything {org} keeps in edtrainer about {name} (GDPR article 15)",
        "subtitle_plain": "Everything kept in edtrainer about {name} (GDPR article 15)",
        "intro": "This overview was made at your request. It holds all data recorded about you. The coordinator "
                 "entered them when you applied and during the programme; trainers recorded your attendance, and "
                 "your placement hours and evaluations came from your placement organisation. You also get the "
                 "same data as a file (JSON) to take elsewhere. Is something wrong, or do you want something "
                 "erased? Ask your coordinator.",
        "person": "About you", "name": "Name", "born": "Date of birth", "place": "Place of birth",
        "email": "E-mail", "phone": "Phone", "since": "Recorded on", "changed": "Last changed", "none": "—",
        "enrolment": "Enrolment: {cohort}", "enrolled": "Enrolled on", "ended": "Stopped on", "status": "Status",
        "reason": "Reason for stopping", "buddy": "Buddy",
        "attendance": "Attendance", "date": "Date", "remark": "Remark", "apology": "Apology",
        "placement": "Placement at {org}", "tandem": "Tandem professional", "supervisor": "Supervisor",
        "period": "Period", "hours_week": "Hours per week", "agreement": "Agreement signed",
        "hours": "Hours worked", "activity": "What you did", "approved_by": "Approved by", "total": "Total",
        "evaluations": "Evaluations", "evaluator": "By", "kind": "Kind", "ratings": "Scores",
        "results": "Modules", "module": "Module", "result": "Result", "assessor": "Assessor",
        "certificates": "Certificates", "number": "Number", "issued": "Issued", "note": "Note",
        "log": "Who did what with your data",
        "log_intro": "Every time someone recorded, changed, viewed, printed or exported your data is listed here, "
                     "with the day and the person. What changed is not (only which fields). This list cannot be "
                     "changed unnoticed.",
        "when": "When", "who": "Who", "what": "What",
        "empty": "Nothing has been recorded.", "confidential": "Confidential",
        "rights": "Why, for how long, and what you can ask",
        "why": "Your data are kept to run the programme, follow your progress and give you a certificate. "
               "Municipalities that pay for the programme receive figures only, never names.",
        "how_long": "They are kept until {years} years after the end of your last enrolment, then erased. Of a "
                    "certificate only the number, the date and whether it is valid remain, without a name. "
                    "Backups are removed after a year at most.",
        "ask": "You can ask for something to be corrected, for your data to be erased, or object to how they are "
               "used: ask your coordinator; you get an answer within a month. If you are not satisfied, you can "
               "complain to the Dutch Data Protection Authority (autoriteitpersoonsgegevens.nl).",
    },
}

# Plain words for the values the data hold, and for what the audit log says was done.
VALUES = {
    "nl": {"active": "actief", "paused": "gepauzeerd", "withdrawn": "gestopt", "completed": "afgerond",
           "present": "aanwezig", "late": "te laat", "excused": "afgemeld", "absent": "afwezig",
           "planned": "gepland", "ended": "beëindigd", "internship": "stage", "tandem": "tandem",
           "midterm": "tussentijds", "final": "eind", "passed": "behaald", "not_passed": "niet behaald",
           "pending": "open", "issued": "geldig", "revoked": "ingetrokken", "superseded": "vervangen",
           "programme": "certificaat opleiding", "module": "certificaat module",
           "participation": "verklaring van deelname"},
    "en": {},
}
ACTS = {
    "nl": {"create": "legde vast", "update": "wijzigde", "delete": "verwijderde", "view": "bekeek",
           "print": "drukte af", "export": "exporteerde", "erase": "wiste"},
    "en": {"create": "recorded", "update": "changed", "delete": "deleted", "view": "viewed", "print": "printed",
           "export": "exported", "erase": "erased"},
}
THINGS = {
    "nl": {"trainee": "uw persoonsgegevens", "enrolment": "uw inschrijving", "attendance_mark": "aanwezigheid",
           "placement": "uw stage", "hour_log_entry": "stage-uren", "evaluation": "een evaluatie",
           "module_result": "een moduleresultaat", "certificate": "een certificaat",
           "placement_report": "het stageverslag", "placement_report_org": "het stageverslag (exemplaar voor de "
           "organisatie, zonder privé-opmerkingen)", "sign_in_sheet": "een presentielijst",
           "progress_report": "het voortgangsrapport van de groep", "progress_statement": "uw voortgangsverklaring",
           "avg_request": "al uw gegevens (inzageverzoek)"},
    "en": {"trainee": "your personal details", "enrolment": "your enrolment", "attendance_mark": "attendance",
           "placement": "your placement", "hour_log_entry": "placement hours", "evaluation": "an evaluation",
           "module_result": "a module result", "certificate": "a certificate",
           "placement_report": "the placement report", "placement_report_org": "the placement report (the "
           "organisation's copy, without private remarks)", "sign_in_sheet": "a sign-in sheet",
           "progress_report": "the cohort's progress report", "progress_statement": "your progress statement",
           "avg_request": "all your data (access request)"},
}


def _value(value: Any, lang: str) -> str:
    if value is None or value == "":
        return W[lang]["none"]
    return VALUES[lang].get(str(value), str(value).replace("_", " "))


def _day(value: Any, lang: str) -> str:
    return short_date(value, lang) if value else W[lang]["none"]


def _act(entry: dict[str, Any], lang: str) -> str:
    """One audit entry in words: 'drukte af: het stageverslag (exemplaar voor de organisatie, …)'."""
    details = entry.get("details") or {}
    thing_key = details.get("what") or details.get("reason") or entry["about"]
    if thing_key == "placement_report" and details.get("organisation_copy"):
        thing_key = "placement_report_org"
    thing = THINGS[lang].get(thing_key, thing_key.replace("_", " "))
    if details.get("number"):
        thing += f" {details['number']}"
    return f"{ACTS[lang].get(entry['action'], entry['action'])}: {thing}"


def _moment(value: str, lang: str) -> tuple[str, str]:
    at = dt.datetime.fromisoformat(value).astimezone()
    return short_date(at.date(), lang), f"{at:%H:%M}"


def render_access_report(data: dict[str, Any], *, organisation: str | None, lang: str, made_on: dt.date,
                         retention_years: int = 2) -> bytes:
    w, st = W[lang], _styles()
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

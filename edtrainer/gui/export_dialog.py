"""Lists to a spreadsheet, and the funder's report, from the app (File → Export to a file…).

The lists and the report are the core's (``services.exports``, ``services.funder``): Excel with real dates or
CSV as Dutch spreadsheets read it; the funder's report as PDF or Excel, numbers only, small counts as
"< 5". The file is written on a worker thread, under a temporary name and renamed, readable by the user
only; the export is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QWidget

from edtrainer.core import clock
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.forms import Field, FormDialog

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

KINDS = (("trainees", QT_TRANSLATE_NOOP("ExportDialog", "Trainees (of a cohort, or all)")),
         ("sessions", QT_TRANSLATE_NOOP("ExportDialog", "Sessions of a cohort")),
         ("attendance", QT_TRANSLATE_NOOP("ExportDialog", "Attendance of a cohort: trainees × sessions")),
         ("placements", QT_TRANSLATE_NOOP("ExportDialog", "Placements with their hours")),
         ("readiness", QT_TRANSLATE_NOOP("ExportDialog", "Ready for the certificate, and what is missing")),
         ("register", QT_TRANSLATE_NOOP("ExportDialog", "Certificate register (internal: names and reasons)")),
         ("funder", QT_TRANSLATE_NOOP("ExportDialog", "Report for the funder: numbers only, no names")))
FORMATS = (("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel (.xlsx)")),
           ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (.csv)")),
           ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF (only the report for the funder)")))


def _t(text: str) -> str:
    return translate("ExportDialog", text)


def preselect(window: Any) -> dict[str, Any]:
    """The list of the page being looked at, and its cohort: exporting "from each list"."""
    name = window.current_page_name() if hasattr(window, "current_page_name") else ""
    page = window.pages.get(name) if hasattr(window, "pages") else None
    tab = page.tabs.currentIndex() if page is not None and hasattr(page, "tabs") else 0
    kind = {"trainees": "trainees", "cohorts": "trainees", "placements": "placements",
            "sessions": "attendance" if tab == 1 else "sessions",
            "certification": "register" if tab == 2 else "readiness"}.get(name, "trainees")
    picker = getattr(page, "picker", None)
    cohort_id = picker.current_id() if picker is not None else 0
    return {"what": kind, **({"cohort": cohort_id} if cohort_id else {})}


def ask(parent: QWidget, ctx: AppContext, cohorts: list[tuple[int, str]], programmes: list[tuple[int, str]],
        chosen: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """What to export: the list, the cohort, the period (the funder's report) and the file type."""
    from edtrainer.core.errors import ValidationError
    from edtrainer.core.services.exports import NEEDS_COHORT

    today = clock.today()
    fields = [
        Field("what", translate("ExportDialog", "What"), "choice", required=True,
              choices=[(k, _t(label)) for k, label in KINDS]),
        Field("cohort", translate("ExportDialog", "Cohort"), "choice",
              choices=[(None, translate("ExportDialog", "(all cohorts)")), *cohorts],
              help=translate("ExportDialog", "Needed for sessions and attendance")),
        Field("programme", translate("ExportDialog", "Programme (report for the funder)"), "choice",
              choices=[(None, translate("ExportDialog", "(all programmes)")), *programmes]),
        Field("start_date", translate("ExportDialog", "From (report for the funder)"), "date"),
        Field("end_date", translate("ExportDialog", "To (report for the funder)"), "date"),
        Field("format", translate("ExportDialog", "File type"), "choice", required=True,
              choices=[(k, _t(label)) for k, label in FORMATS], errors=("kind",)),
    ]

    def check(values: dict[str, Any]) -> dict[str, Any]:
        kind, fmt = values["what"], values["format"]
        if kind in NEEDS_COHORT and values.get("cohort") is None:
            raise ValidationError("required", field="cohort")
        if kind == "funder":
            if values.get("start_date") is None:
                raise ValidationError("required", field="start_date")
            if values.get("end_date") is None:
                raise ValidationError("required", field="end_date")
            if values["end_date"] < values["start_date"]:
                raise ValidationError("end_before_start", field="end_date", start=values["start_date"],
                                      end=values["end_date"])
            if fmt == "csv":
                raise ValidationError("export_funder_as", field="kind")
        elif fmt == "pdf":
            raise ValidationError("export_pdf_only_funder", field="kind")
        return values

    dialog = FormDialog(parent, translate("ExportDialog", "Export to a file"), fields, save=check,
                        values={"what": "trainees", "format": "xlsx", "start_date": dt.date(today.year, 1, 1),
                                "end_date": today, **(chosen or {})},
                        intro=translate("ExportDialog", "Excel keeps dates as real dates. Exporting personal data "
                                        "is written in the audit log; keep the file where only you can read it."),
                        save_text=translate("ExportDialog", "Next"))
    if not dialog.exec():
        return None
    return dict(dialog.result_value)


def export(window: Any, ctx: AppContext) -> None:
    """Ask what, ask where, write it on a worker thread, and say where it is."""
    from edtrainer.core.services import cohorts as cohort_service
    from edtrainer.core.services import programmes as programme_service

    with ctx.uow() as uow:
        cohorts = [(c.id, c.name) for c in cohort_service.list_cohorts(uow)]
        programmes = [(p.id, p.name) for p in programme_service.list_programmes(uow)]
    values = ask(window, ctx, cohorts, programmes, preselect(window))
    if values is None:
        return
    kind, fmt = values["what"], values["format"]
    cohort = dict(cohorts).get(values["cohort"], "") if values.get("cohort") is not None else ""
    stem = "-".join(p for p in (kind if kind != "funder" else "verantwoording", cohort.replace(" ", "-"),
                                clock.today().isoformat()) if p)
    path, _ = QFileDialog.getSaveFileName(window, translate("ExportDialog", "Export to a file"),
                                          str(Path.home() / f"{stem}.{fmt}"),
                                          translate("ExportDialog", "Files (*.%1)").replace("%1", fmt))
    if not path:
        return
    target = Path(path) if Path(path).suffix.lower() == f".{fmt}" else Path(f"{path}.{fmt}")
    write(window, ctx, values, target)


def write(window: Any, ctx: AppContext, values: dict[str, Any], target: Path) -> None:
    """Write the chosen export to ``target`` off the GUI thread; the status bar says where."""
    from edtrainer.core.files import write_private
    from edtrainer.core.services import exports, funder

    lang = ctx.language

    def run(uow: Any, _task: Any) -> tuple[Path, int]:
        if values["what"] == "funder":
            report = funder.funder_report(uow, start=values["start_date"], end=values["end_date"],
                                          programme_id=values.get("programme"), lang=lang)
            data = funder.render(uow, report, fmt=values["format"], lang=lang)
            return write_private(target, data, overwrite=True), len(report.cohorts)
        return exports.export(uow, values["what"], target, cohort_id=values.get("cohort"), lang=lang)

    def done(result: tuple[Path, int]) -> None:
        written, count = result
        window.last_export = written
        window.statusBar().showMessage(translate("ExportDialog", "Written: %1 (%2 rows)").replace("%1", str(written))
                                       .replace("%2", str(count)), 15000)

    ctx.work(run, done, label=translate("ExportDialog", "Writing the file…"), parent=window)

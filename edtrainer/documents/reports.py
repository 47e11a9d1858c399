"""Reports: placement report (full and organisation copy), sign-in sheet, cohort progress report with
an attendance chart, trainee progress statement, the certificate register and the funder's tables.

One module per report (``placement_report``, ``sign_in``, ``progress``, ``register``) on the shared page
of ``report_page``; their texts are the catalogue's ``report`` section. Imported from here as before.
"""

from __future__ import annotations

from edtrainer.documents.placement_report import PlacementReportData, render_placement_report
from edtrainer.documents.progress import (
    ProgressData,
    ProgressRow,
    StatementData,
    attendance_chart,
    render_progress_report,
    render_statement,
)
from edtrainer.documents.register import RegisterData, TablesData, render_register, render_tables
from edtrainer.documents.report_page import (
    AttendanceSummary,
    EvaluationBlock,
    Person,
    _build,
    _esc,
    _facts_table,
    _styles,
    _table,
)
from edtrainer.documents.sign_in import WALK_IN_ROWS, SignInData, SignInRow, render_sign_in_sheet

__all__ = ["WALK_IN_ROWS", "AttendanceSummary", "EvaluationBlock", "Person", "PlacementReportData", "ProgressData",
           "ProgressRow", "RegisterData", "SignInData", "SignInRow", "StatementData", "TablesData", "_build", "_esc",
           "_facts_table", "_styles", "_table", "attendance_chart", "render_placement_report",
           "render_progress_report", "render_register", "render_sign_in_sheet", "render_statement",
           "render_tables"]

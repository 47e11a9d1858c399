"""The audit log in the app: who created, changed, viewed, printed, exported or erased what, and when;
filtered by person, by who did it, by kind of act and by days. Never the values themselves (the log has
none). Looking at it is itself logged.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock, i18n
from edtrainer.gui import fmt
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

COLUMNS = (QT_TRANSLATE_NOOP("AuditDialog", "When"), QT_TRANSLATE_NOOP("AuditDialog", "Who"),
           QT_TRANSLATE_NOOP("AuditDialog", "What"), QT_TRANSLATE_NOOP("AuditDialog", "About"),
           QT_TRANSLATE_NOOP("AuditDialog", "No."), QT_TRANSLATE_NOOP("AuditDialog", "Fields or details"))
LIMIT = 1000


class AuditDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext, *, trainee_id: int | None = None,
                 trainee_name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.setWindowTitle(self.tr("Audit log"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Who created, changed, viewed, printed, exported or erased personal data, and when. "
                               "The values themselves are never in the log, only which fields changed."), self)
        wrap(intro)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QCheckBox(self.tr("Only about %1").replace("%1", trainee_name), self)
        self.person.setChecked(trainee_id is not None)
        self.person.setVisible(trainee_id is not None)
        self.person.setAccessibleName(self.tr("Only about this person"))
        if trainee_id is not None:
            form.addRow(self.tr("Person:"), self.person)
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(self.tr("Who did it"))
        self.actor.addItem(self.tr("Everyone"), "")
        form.addRow(self.tr("&Who:"), self.actor)
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("What was done"))
        self.action.addItem(self.tr("Everything"), "")
        from edtrainer.core.services.access import ACTIONS

        for action in ACTIONS:
            self.action.addItem(i18n.word(f"audit_{action}", ctx.language), action)
        form.addRow(self.tr("W&hat:"), self.action)
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        today = clock.today()
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addMonths(-3), days)
        self.until = QDateEdit(QDate(today.year, today.month, today.day), days)
        for edit, name in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to"), days))
        row.addWidget(self.until)
        row.addStretch(1)
        form.addRow(self.tr("&From:"), days)
        layout.addLayout(form)
        self.list = QTreeWidget(self)
        self.list.setObjectName("audit")
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAccessibleName(self.tr("Audit log, newest first"))
        self.list.setHeaderLabels([translate("AuditDialog", c) for c in COLUMNS])
        layout.addWidget(self.list, 1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.height() * 30)
        self.rows: list[Any] = []
        self._actors_loaded = False
        for signal in (self.person.toggled, self.actor.currentIndexChanged, self.action.currentIndexChanged,
                       self.since.dateChanged, self.until.dateChanged):
            signal.connect(lambda *_a: self.load())
        self.load()

    def _day(self, edit: QDateEdit) -> dt.date:
        d = edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def load(self) -> None:
        from edtrainer.core.services import access

        trainee_id = self.trainee_id if self.person.isChecked() else None
        # The first opening logs that the log was looked at: a write from the start, so it waits its turn.
        with self.ctx.uow(write=not self._actors_loaded) as uow:
            self.rows = access.audit_rows(uow, trainee_id=trainee_id, actor=self.actor.currentData() or None,
                                          action=self.action.currentData() or None, since=self._day(self.since),
                                          until=self._day(self.until), limit=LIMIT)
            actors = None if self._actors_loaded else access.audit_actors(uow)
            if actors is not None:  # looking at the log is logged, once per opening
                access.log_access(uow, action="view", entity="audit_log", via="app",
                                  trainee_id=trainee_id, count=len(self.rows))
                uow.commit()
        if actors is not None:
            self._actors_loaded = True
            self.actor.blockSignals(True)
            for name in actors:
                self.actor.addItem(name, name)
            self.actor.blockSignals(False)
        self.show_rows()

    def show_rows(self) -> None:
        lang = self.ctx.language
        self.list.clear()
        for r in self.rows:
            local = r.at.astimezone() if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC).astimezone()
            item = QTreeWidgetItem([f"{fmt.date(local.date())} {local:%H:%M}", r.actor,
                                    i18n.word(f"audit_{r.action}", lang), i18n.word(r.entity, lang),
                                    "" if r.entity_id is None else str(r.entity_id), ", ".join(r.fields)])
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(len(COLUMNS) - 1):
            self.list.resizeColumnToContents(column)
        text = self.tr("%1 entries").replace("%1", str(len(self.rows)))
        if len(self.rows) >= LIMIT:
            text += " " + self.tr("(the newest %1; narrow the filter to see older ones)").replace("%1", str(LIMIT))
        self.count.setText(text)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

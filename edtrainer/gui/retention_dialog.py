"""People past their retention period: reviewed in a list, erased in one action.

The rule and the erasure are in the core (``services.retention``); this dialog shows who is due and why
(when they left, since when they are due), lets the coordinator leave someone out, and erases the rest
with the same backup and audit rules as an erasure on request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import i18n
from edtrainer.gui import fmt
from edtrainer.gui.tr import QT_TRANSLATE_NOOP, translate
from edtrainer.gui.widgets.forms import confirm
from edtrainer.gui.widgets.wrap import wrap

if TYPE_CHECKING:
    from edtrainer.gui.context import AppContext

COLUMNS = (QT_TRANSLATE_NOOP("RetentionDialog", "Name"), QT_TRANSLATE_NOOP("RetentionDialog", "Left on"),
           QT_TRANSLATE_NOOP("RetentionDialog", "Due since"), QT_TRANSLATE_NOOP("RetentionDialog", "Programme"))


class RetentionDialog(QDialog):
    """The people due for erasure, each with a tick box (all ticked); Erase removes the ticked ones."""

    def __init__(self, parent: QWidget, ctx: AppContext, due: list[Any]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.due = due
        self.setWindowTitle(self.tr("Past the retention period"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The data of these people have been kept as long as their programme allows (the "
                               "retention period counts from the end of their last enrolment). Erasing makes "
                               "them unidentifiable: names, contact details and every remark go; the "
                               "certificate register keeps number, date and status without a name. Untick "
                               "anyone whose data must be kept longer, for a reason you can explain."), self)
        wrap(intro)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("due")
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAccessibleName(self.tr("People past the retention period; Space ticks or unticks"))
        self.list.setHeaderLabels([translate("RetentionDialog", c) for c in COLUMNS])
        for row in due:
            item = QTreeWidgetItem([row.name, fmt.date(row.left_on), fmt.date(row.due_on),
                                    ", ".join(row.programmes) or self.tr("(never enrolled)")])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, row.trainee_id)
            self.list.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.list.resizeColumnToContents(column)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 10)
        self.list.setMinimumWidth(min(sum(self.list.columnWidth(c) for c in range(len(COLUMNS))) + 48, 900))
        self.list.itemChanged.connect(lambda _item, _col: self._update_button())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self)
        self.erase_button.clicked.connect(self.erase)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_button()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.setFocus()
        self.erased: Any = None

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(int(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def _update_button(self) -> None:
        count = len(self.chosen())
        self.erase_button.setText(i18n.plural("retention_erase_button", count, self.ctx.language))
        self.erase_button.setEnabled(count > 0)

    def erase(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        if not confirm(self, self.tr("Erase for good"),
                       i18n.plural("retention_erase_question", len(ids), self.ctx.language), self.tr("&Erase")):
            return
        from edtrainer.core.services import retention

        db, actor = self.ctx.db, self.ctx.actor

        def done(erased: Any) -> None:
            self.erased = erased
            self.accept()

        self.ctx.work(lambda _uow, _task: retention.erase_due(db, trainee_ids=ids, actor=actor), done,
                      label=self.tr("Making a backup and erasing…"), parent=self, commit=False)


def review(window: Any, ctx: AppContext, due: list[Any]) -> None:
    """Show who is due; after an erasure, say how many and which backups still hold them until when."""
    dialog = RetentionDialog(window, ctx, due)
    if not dialog.exec() or dialog.erased is None:
        return
    erased = dialog.erased
    if not erased.trainee_ids:
        text = i18n.text("retention_none", ctx.language)
    else:
        text = i18n.plural("retention_erased", len(erased.trainee_ids), ctx.language)
    from edtrainer.core.services import privacy

    if (holding := privacy.backups_still_holding(erased, ctx.language)) is not None:
        text += "\n\n" + holding
    QMessageBox.information(window, translate("RetentionDialog", "Erased"), text)

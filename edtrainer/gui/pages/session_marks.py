"""The Sessions & attendance page's marks: writing a key's status for one or several trainees (through
``services.marks``, off the GUI thread), everyone present, a changed remark or minutes, each undoable, with
the apology given in advance and someone else's mark asked about. Texts keep the page's translation
context ("SessionsPage"), where they were made before this module was split off."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from edtrainer.core.errors import ConflictError, EdtrainerError
from edtrainer.gui import style
from edtrainer.gui.undo import ServiceCommand
from edtrainer.gui.widgets.forms import confirm

if TYPE_CHECKING:
    from edtrainer.gui.pages.sessions import SessionsPage

translate = QCoreApplication.translate


class MarkWriter:
    """Writes the marks the register and the grid ask for, and keeps the page's register in step."""

    def __init__(self, page: SessionsPage) -> None:
        self.page = page

    def _version_for(self, sid: int, eid: int) -> int | None:
        reg = self.page.register
        if reg is None or all(s.id != sid for s in reg.sessions):
            return None  # another cohort by now: no version known, the service checks the rest
        cell = reg.marks.get((sid, eid))
        return cell.version if cell is not None else 0

    def _writer(self, targets: list[tuple[int, int, Any]]) -> Callable[[Any], list[tuple[int, int, Any]]]:
        """The marks to write (a status, None to clear, or a MarkCell to put back), each with the version the
        register shows now: read here, on the GUI thread; the returned function runs on the writer."""
        from edtrainer.core.services import marks

        changes = [marks.MarkChange(sid, eid, target, self._version_for(sid, eid)) for sid, eid, target in targets]
        return partial(marks.set_marks, changes=changes)

    def _store(self, results: list[tuple[int, int, Any]]) -> None:
        reg = self.page.register
        if reg is None:
            return
        session_ids = {s.id for s in reg.sessions}
        for sid, eid, cell in results:
            if sid not in session_ids:
                continue
            if cell is None:
                reg.marks.pop((sid, eid), None)
            else:
                reg.marks[(sid, eid)] = cell
            reg.forget(sid)
        self.page.register_model.refresh()
        self.page.grid_model.refresh()
        sessions = self.page.sessions_model
        sessions.dataChanged.emit(sessions.index(0, 1), sessions.index(sessions.rowCount() - 1, 1))
        self.page.totals.setText(self.page.register_model.totals_text())

    def write_marks(self, targets: list[tuple[int, int]], status: str | None, *, text: str = "") -> bool:
        reg = self.page.register
        if reg is None or not targets:
            return False
        changes = [(sid, eid, reg.marks.get((sid, eid))) for sid, eid in targets]
        changes = [(sid, eid, old) for sid, eid, old in changes if (old.status if old else None) != status]
        if not changes:
            return True
        if not self._apologies_may_go(changes, status):
            return False
        new = [(sid, eid, status) for sid, eid, _old in changes]
        old = [(sid, eid, prev) for sid, eid, prev in changes]
        try:
            results = self.page.ctx.write(self._writer(new), source=self.page)
        except ConflictError as conflict:
            self._mark_conflict(conflict, new)
            return False
        except EdtrainerError as error:
            self.page.error(error)
            return False
        self._store(results)
        if not text:
            word = style.STATUSES[status].label() if status else translate("SessionsPage", "cleared")
            person = self._name_of(changes[0][1]) if len(changes) == 1 else ""
            if person:
                text = translate("SessionsPage", "Attendance of %1: %2").replace("%1", person).replace("%2", word)
            else:
                text = translate("SessionsPage", "Attendance of %1 trainees: %2").replace(
                    "%1", str(len(changes))).replace("%2", word)
        self.page.ctx.undo_stack.push(ServiceCommand(self.page.ctx, text, do=partial(self._writer, new),
                                                     undo=partial(self._writer, old), source=self.page,
                                                     after=self._store))
        return True

    def _apologies_may_go(self, changes: list[tuple[int, int, Any]], status: str | None) -> bool:
        """An apology given in advance is not overwritten without a word: the user confirms, or keeps it."""
        if status == "excused":
            return True
        gone = [(eid, old) for _sid, eid, old in changes
                if old is not None and old.status == "excused" and old.apology_reason]
        if not gone:
            return True
        word = style.STATUSES[status].label() if status else translate("SessionsPage", "cleared")
        if len(gone) == 1:
            eid, old = gone[0]
            text = translate("SessionsPage", "%1 sent an apology in advance (%2). Record '%3' instead? The apology "
                             "is then removed; Ctrl+Z brings it back.").replace("%1", self._name_of(eid)).replace(
                "%2", old.apology_reason).replace("%3", word)
        else:
            text = translate("SessionsPage", "%1 of these trainees sent an apology in advance. Record '%2' for them "
                             "too? Their apologies are then removed; Ctrl+Z brings them back.").replace(
                "%1", str(len(gone))).replace("%2", word)
        return confirm(self.page, translate("SessionsPage", "Apology in advance"), text,
                       translate("SessionsPage", "Record anyway"))

    def _name_of(self, enrolment_id: int) -> str:
        reg = self.page.register
        return next((t.trainee for t in reg.trainees if t.enrolment_id == enrolment_id), "") if reg else ""

    def _mark_conflict(self, conflict: ConflictError, wanted: list[tuple[int, int, Any]]) -> None:
        theirs = conflict.current.get("status")
        box = QMessageBox(QMessageBox.Icon.Warning, translate("SessionsPage", "Someone else recorded this"),
                          conflict.message(self.page.ctx.language), QMessageBox.StandardButton.NoButton, self.page)
        if len(wanted) == 1 and theirs:
            box.setInformativeText(translate("SessionsPage", "Their mark: %1. Yours: %2.")
                                   .replace("%1", style.status_text(theirs))
                                   .replace("%2", style.status_text(wanted[0][2])))
            mine = box.addButton(translate("SessionsPage", "Save my mark"), QMessageBox.ButtonRole.AcceptRole)
        else:
            mine = None
        box.addButton(translate("SessionsPage", "Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        sid, eid = wanted[0][0], wanted[0][1]
        if mine is not None and box.clickedButton() is mine and self.page.register is not None:
            # Take their version as the one seen, then write again.
            from edtrainer.core.services.cohort_register import MarkCell

            self.page.register.marks[(sid, eid)] = MarkCell(status=str(theirs), version=conflict.current["version"])
            self.page.register.forget(sid)
            self.write_marks([(sid, eid)], wanted[0][2])
        self.page.load_register(self.page.picker.current_id())

    def all_present(self, *, from_grid: bool = False) -> None:
        reg = self.page.register
        if reg is None:
            return
        if from_grid or self.page.tabs.currentIndex() == 1:
            session = self.page.grid_model.session_at(self.page.grid_view.currentIndex().column())
        else:
            session = self.page.current_session()
        if session is None or session.cancelled:
            return
        targets = [(session.id, t.enrolment_id) for t in reg.expected(session)
                   if (session.id, t.enrolment_id) not in reg.marks]
        if not targets:
            self.page.status(translate("SessionsPage", "Everyone already has a mark."))
            return
        text = translate("SessionsPage", "Everyone present (%1)").replace("%1", str(len(targets)))
        if self.write_marks(targets, "present", text=text):
            self.page.status(translate("SessionsPage", "%1 trainees marked present.").replace("%1", str(len(targets))))

    def _change_mark(self, eid: int, **changes: Any) -> bool:
        """Change the minutes or remark of an existing mark (undoable); its status and apology stay."""
        session = self.page.current_session()
        reg = self.page.register
        if session is None or reg is None:
            return False
        old = reg.marks.get((session.id, eid))
        if old is None:
            self.page.status(translate("SessionsPage",
                                       "Mark the attendance first (A, L, E or X), then add a remark."))
            return False
        new = [(session.id, eid, old._replace(**changes))]
        before = [(session.id, eid, old)]
        try:
            results = self.page.ctx.write(self._writer(new), source=self.page)
        except EdtrainerError as error:
            self.page.error(error)
            return False
        self._store(results)
        self.page.ctx.undo_stack.push(ServiceCommand(
            self.page.ctx, translate("SessionsPage", "Change a remark") if "remark" in changes
            else translate("SessionsPage", "Change minutes present"),
            do=partial(self._writer, new), undo=partial(self._writer, before), source=self.page, after=self._store))
        return True

    def edit_remark(self, eid: int, text: str) -> bool:
        return self._change_mark(eid, remark=text)

    def edit_minutes(self, eid: int, value: Any) -> bool:
        return self._change_mark(eid, minutes_present=value)

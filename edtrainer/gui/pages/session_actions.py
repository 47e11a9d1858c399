"""The Sessions & attendance page's actions on sessions themselves: plan one or a weekly series, change,
cancel or delete one, record an apology in advance, and print a session's sign-in sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from edtrainer.core import clock
from edtrainer.core.errors import EdtrainerError
from edtrainer.gui import fmt
from edtrainer.gui.widgets.forms import Field, FormDialog, confirm, time_value

if TYPE_CHECKING:
    from edtrainer.gui.pages.sessions import SessionsPage


class SessionActions(QObject):
    """Each action opens its form on the page and reports through it; the page reloads on the change."""

    def __init__(self, page: SessionsPage) -> None:
        super().__init__(page)
        self.page = page

    # -- sessions -------------------------------------------------------------------------------

    def _session_fields(self, *, series: bool = False) -> list[Field]:
        data = self.page.data
        modules = data.modules if data else []
        staff = data.staff if data else []
        fields = [Field("module_id", self.tr("Module"), "choice", required=True, choices=modules,
                        errors=("module",))]
        if series:
            fields += [
                Field("first_date", self.tr("First date"), "date", required=True, errors=("start_date",),
                      help=self.tr("The series repeats on this weekday")),
                Field("until", self.tr("Last date"), "date", errors=("end_date",),
                      help=self.tr("Give a last date or a number of sessions")),
                Field("count", self.tr("Number of sessions"), "int", low=0, high=200,
                      help=self.tr("0: up to the last date")),
                Field("interval_weeks", self.tr("Every … weeks"), "int", low=1, high=8, errors=("weekday",)),
                Field("skip_dates", self.tr("Leave out (holidays)"), "text", errors=("skip",),
                      placeholder=self.tr("e.g. 22-12-2026, 29-12-2026")),
            ]
        else:
            fields += [Field("date", self.tr("Date"), "date", required=True)]
        fields += [
            Field("start_time", self.tr("Start time"), "time", required=True),
            Field("duration_minutes", self.tr("Duration (minutes)"), "int", low=15, high=600, errors=("duration",)),
            Field("location", self.tr("Location"), max_len=120),
        ]
        if not series:
            fields.append(Field("topic", self.tr("Topic"), max_len=200, errors=("title",)))
        fields.append(Field("trainer_ids", self.tr("Trainers"), "multi", choices=staff))
        return fields

    def plan_session(self) -> None:
        from edtrainer.core.services import sessions

        cohort_id = self.page.picker.current_id()
        cohort = self.page.picker.current()
        if not cohort_id or cohort is None:
            return
        today = clock.today()
        start = max(cohort.start_date, min(today, cohort.end_date))

        def save(values: dict[str, Any]) -> Any:
            values["start_time"] = time_value(values["start_time"])
            return self.page.ctx.write(lambda uow: sessions.plan_session(uow, cohort_id=cohort_id, **values).id,
                                       source=self.page)

        dialog = FormDialog(self.page, self.tr("Plan a session"), self._session_fields(), save=save,
                            values={"date": start, "start_time": "09:30", "duration_minutes": 180,
                                    "location": cohort.location})
        if dialog.exec():
            self._after_change(dialog.result_value)

    def plan_series(self) -> None:
        from edtrainer.core.services import sessions

        cohort_id = self.page.picker.current_id()
        cohort = self.page.picker.current()
        if not cohort_id or cohort is None:
            return

        def save(values: dict[str, Any]) -> Any:
            skip_text = values.pop("skip_dates") or ""
            skip = []
            for part in skip_text.replace(";", ",").split(","):
                if part.strip():
                    day = fmt.parse_date(part)
                    if day is None:
                        from edtrainer.core.errors import ValidationError

                        raise ValidationError("invalid_choice", field="skip", value=part.strip(),
                                              choices=fmt.date_placeholder())
                    skip.append(day)
            values["start_time"] = time_value(values["start_time"])
            values["count"] = values["count"] or None
            return self.page.ctx.write(lambda uow: [s.id for s in sessions.plan_weekly_sessions(
                uow, cohort_id=cohort_id, skip_dates=skip, **values)], source=self.page)

        dialog = FormDialog(self.page, self.tr("Plan a series of sessions"), self._session_fields(series=True),
                            save=save,
                            values={"first_date": max(cohort.start_date, clock.today()), "interval_weeks": 1,
                                    "start_time": "09:30", "duration_minutes": 180, "location": cohort.location,
                                    "count": 10})
        if dialog.exec():
            self.page.status(self.tr("%1 sessions planned.").replace("%1", str(len(dialog.result_value))))
            self._after_change(dialog.result_value[0] if dialog.result_value else None)

    def edit_session(self) -> None:
        from edtrainer.core.services import sessions

        session = self.page.current_session()
        if session is None:
            return
        fields = self._session_fields()

        def save(values: dict[str, Any]) -> Any:
            values["start_time"] = time_value(values["start_time"])
            trainers = values.pop("trainer_ids")
            return self.page.ctx.write(lambda uow: sessions.update_session(
                uow, session_id=session.id, trainer_ids=trainers, **values).id, source=self.page)

        with self.page.ctx.uow() as uow:
            trainer_ids = sessions.trainer_ids(uow, session_id=session.id)
        dialog = FormDialog(self.page, self.tr("Change the session"), fields, save=save, values={
            "module_id": session.module_id, "date": session.date, "start_time": session.start_time,
            "duration_minutes": session.duration_minutes, "location": session.location, "topic": session.topic,
            "trainer_ids": trainer_ids, "version": session.version})
        if dialog.exec():
            self._after_change(session.id)

    def toggle_cancelled(self) -> None:
        from edtrainer.core.services import sessions

        session = self.page.current_session()
        if session is None:
            return
        cancel = not session.cancelled
        if cancel and not confirm(self.page, self.tr("Cancel the session"),
                                  self.tr("Cancel the session of %1? It stays in the list but counts for nobody's "
                                          "attendance.").replace("%1", fmt.date_long(session.date)),
                                  self.tr("Cancel the session")):
            return
        try:
            self.page.ctx.write(lambda uow: sessions.cancel_session(uow, session_id=session.id, cancelled=cancel,
                                                               expected_version=session.version), source=self.page)
        except EdtrainerError as error:
            self.page.error(error)
            return
        self._after_change(session.id)

    def delete_session(self) -> None:
        from edtrainer.core.services import sessions

        session = self.page.current_session()
        if session is None or not confirm(
                self.page, self.tr("Delete the session"),
                self.tr("Delete the session of %1? Only a session planned by mistake can be deleted.").replace(
                    "%1", fmt.date_long(session.date)), self.tr("Delete")):
            return
        try:
            self.page.ctx.write(lambda uow: sessions.delete_session(uow, session_id=session.id),
                           source=self.page)
        except EdtrainerError as error:
            self.page.error(error)
            return
        self._after_change(None)

    def _after_change(self, session_id: int | None) -> None:
        if session_id:
            self.page._target = {"session_id": session_id}
        self.page.load_register(self.page.picker.current_id())

    def apology(self) -> None:
        from edtrainer.core.services import sessions

        session = self.page.current_session()
        reg = self.page.register
        if session is None or reg is None:
            return
        people = [(t.enrolment_id, t.trainee) for t in reg.expected(session)]
        current = self.page.register_view.currentIndex()
        chosen = self.page.register_model.people[current.row()].enrolment_id if current.isValid() and \
            current.row() < len(self.page.register_model.people) else None

        def save(values: dict[str, Any]) -> Any:
            return self.page.ctx.write(lambda uow: sessions.record_apology(
                uow, session_id=session.id, enrolment_id=values["enrolment_id"], reason=values["reason"]),
                source=self.page)

        dialog = FormDialog(self.page, self.tr("Apology in advance"), [
            Field("enrolment_id", self.tr("Trainee"), "choice", required=True, choices=people,
                  errors=("trainee", "enrolment")),
            Field("reason", self.tr("Reason"), required=True, max_len=200, errors=("date",),
                  help=self.tr("Keep it short: no medical or other private details")),
        ], save=save, values={"enrolment_id": chosen},
            intro=self.tr("For the session of %1. The trainee is marked excused.").replace(
                "%1", fmt.date_long(session.date)))
        if dialog.exec():
            self._after_change(session.id)

    def sign_in_sheet(self) -> None:
        from edtrainer.core.services import reports

        session = self.page.current_session()
        if session is None:
            return
        lang = self.page.ctx.language
        self.page.document(self.tr("Sign-in sheet %1").replace("%1", fmt.date_long(session.date)),
                      lambda uow: reports.sign_in_sheet(uow, session_id=session.id, lang=lang),
                      f"presentielijst-{session.date.isoformat()}.pdf")

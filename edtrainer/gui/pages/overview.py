"""Overview: what needs the coordinator's attention today, and how a cohort's attendance is going.

Every item of the action list opens the place where it is resolved (Enter or double-click).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edtrainer.core import clock, i18n
from edtrainer.gui import fmt
from edtrainer.gui.pages.base import CohortPicker, Page, empty_hint
from edtrainer.gui.tr import QT_TRANSLATE_NOOP
from edtrainer.gui.widgets.forms import confirm
from edtrainer.gui.widgets.wrap import wrap

KIND_TITLES = {
    "unrecorded": QT_TRANSLATE_NOOP("OverviewPage", "Attendance to record"),
    "attendance": QT_TRANSLATE_NOOP("OverviewPage", "Attendance below or near the threshold"),
    "agreement": QT_TRANSLATE_NOOP("OverviewPage", "Placement agreements to sign"),
    "evaluation": QT_TRANSLATE_NOOP("OverviewPage", "Evaluations due"),
    "hours": QT_TRANSLATE_NOOP("OverviewPage", "Hours awaiting approval"),
    "ready": QT_TRANSLATE_NOOP("OverviewPage", "Ready for the certificate"),
}
MAX_PER_KIND = 100  # a large provider can have thousands of items; a list that long helps nobody
SEVERITY = {2: ("‼", QT_TRANSLATE_NOOP("OverviewPage", "urgent")),
            1: ("!", QT_TRANSLATE_NOOP("OverviewPage", "attention")),
            0: ("★", QT_TRANSLATE_NOOP("OverviewPage", "for your information"))}


@dataclass(frozen=True)
class OverviewData:
    items: list[Any]
    cohorts: list[Any]
    is_demo: bool
    today: dt.date
    due: list[Any]  #: people past their retention period


class OverviewPage(Page):
    name = "overview"
    areas = frozenset({"attendance", "sessions", "enrolments", "placements", "hours", "evaluations", "results",
                       "certificates", "cohorts", "programmes", "demo", "trainees"})

    def title(self) -> str:
        return self.tr("Overview")

    def __init__(self, ctx: Any, window: Any) -> None:
        super().__init__(ctx, window)
        self.demo_bar = QWidget(self)
        bar = QHBoxLayout(self.demo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        demo_text = QLabel(self.tr("This database holds the demo: invented people in two cohorts, for trying "
                                   "edtrainer out. Remove it before you enter real trainees."), self.demo_bar)
        wrap(demo_text)
        demo_text.setProperty("role", "banner")
        self.remove_demo_button = self.button(self.tr("Remove the &demo…"), self.remove_demo, parent=self.demo_bar,
                                              tip=self.tr("Remove the invented demo programme, cohorts and trainees; "
                                                          "what you entered yourself stays"))
        bar.addWidget(demo_text, 1)
        bar.addWidget(self.remove_demo_button)
        self.demo_bar.setVisible(False)
        self.layout_.addWidget(self.demo_bar)
        self.retention_bar = QWidget(self)
        bar = QHBoxLayout(self.retention_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.retention_text = QLabel(self.retention_bar)
        wrap(self.retention_text)
        self.retention_text.setProperty("role", "banner")
        self.retention_button = self.button(self.tr("&Review and erase…"), self.review_retention,
                                            parent=self.retention_bar)
        bar.addWidget(self.retention_text, 1)
        bar.addWidget(self.retention_button)
        self.retention_bar.setVisible(False)
        self.layout_.addWidget(self.retention_bar)

        # Two tabs rather than one screen split in two: at a large text size each needs the whole page.
        self.sections = QTabWidget(self)
        left = QWidget(self.sections)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(left)
        wrap(self.summary)
        left_layout.addWidget(self.summary)
        self.todo = QTreeWidget(left)
        self.todo.setObjectName("todo")
        self.todo.setHeaderHidden(True)
        self.todo.setColumnCount(1)
        self.todo.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.todo.setAccessibleName(self.tr("What needs attention"))
        self.todo.setAccessibleDescription(self.tr("Press Enter on an item to open the place where you resolve it"))
        self.todo.setRootIsDecorated(True)
        self.todo.setUniformRowHeights(False)
        self.todo.setWordWrap(True)
        self.todo.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.todo.viewport().installEventFilter(self)
        left_layout.addWidget(self.todo, 1)
        self.todo_legend = QLabel(self.tr("‼ urgent · ! needs your attention · ★ for your information · Enter opens "
                                          "the place where you resolve it"), left)
        wrap(self.todo_legend)
        left_layout.addWidget(self.todo_legend)
        self.open_button = self.button(self.tr("&Open"), lambda: self.open_item(self.todo.currentItem()),
                                       tip=self.tr("Go to the place where this item is resolved"), parent=left)
        left_layout.addWidget(self.button_row([self.open_button], left))
        self.empty = empty_hint(self.tr("Nothing needs your attention. Well done!"), left)
        self.start_hint = empty_hint(self.tr(
            "<b>Getting started</b><ol>"
            "<li><b>Programme &amp; modules</b> (Ctrl+4): describe your programme, its requirements and its "
            "modules, and add your team (coordinators, trainers, buddies).</li>"
            "<li><b>Organisations</b> (Ctrl+8): the organisations where trainees work in tandem, and their "
            "professionals.</li>"
            "<li><b>Cohorts</b> (Ctrl+2): a cohort of the programme with its dates and trainers.</li>"
            "<li><b>Trainees</b> (Ctrl+3): add people and enrol them in the cohort.</li>"
            "<li><b>Sessions &amp; attendance</b> (Ctrl+5): plan the sessions; then record who came.</li>"
            "</ol>"), left)
        self.start_hint.setTextFormat(Qt.TextFormat.RichText)
        self.start_hint.setVisible(False)
        left_layout.addWidget(self.start_hint)
        left_layout.addStretch(0)  # takes the room only while the list is hidden
        self.empty.setVisible(False)
        left_layout.addWidget(self.empty)

        right = QWidget(self.sections)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.picker = CohortPicker(ctx, right)
        self.picker.chosen.connect(self.load_charts)
        right_layout.addWidget(self.picker)
        self.tabs = QTabWidget(right)
        self.tabs.setAccessibleName(self.tr("Attendance charts"))
        right_layout.addWidget(self.tabs, 1)
        self.session_chart: Any = None
        self.trainee_chart: Any = None
        self.sections.addTab(left, self.tr("What needs &attention"))
        self.sections.addTab(right, self.tr("Attendance &in charts"))
        self.layout_.addWidget(self.sections, 1)
        self.data: OverviewData | None = None

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.todo.viewport() and event.type() == QEvent.Type.Resize:
            self._wrap_items()
        return False

    def _wrap_items(self) -> None:
        """Each item as tall as its text wrapped to the list's width: long Dutch sentences stay whole."""
        width = self.todo.viewport().width() - self.todo.indentation() * 2 - 8
        if width <= 0:
            return
        metrics = self.todo.fontMetrics()
        for i in range(self.todo.topLevelItemCount()):
            group = self.todo.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is None:
                    continue
                box = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), child.text(0))
                child.setSizeHint(0, QSize(width, box.height() + 6))
        self.todo.doItemsLayout()

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        def fetch(uow: Any) -> OverviewData:
            from edtrainer.core.services import cohorts, demo, overview, retention

            today = clock.today()
            return OverviewData(items=overview.action_items(uow, today=today), cohorts=cohorts.list_cohorts(uow),
                                is_demo=demo.demo_marker(uow) is not None, today=today,
                                due=retention.due_for_erasure(uow, today=today))

        self.read(fetch, self.show_data)

    def show_data(self, data: OverviewData) -> None:
        self.data = data
        self.demo_bar.setVisible(data.is_demo)
        self.window_.set_demo(data.is_demo)
        self.retention_bar.setVisible(bool(data.due))
        self.retention_text.setText(i18n.plural("retention_banner", len(data.due), self.ctx.language))
        self.todo.clear()
        bold = QFont(self.todo.font())
        bold.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        counts = {2: 0, 1: 0, 0: 0}
        per_kind: dict[str, int] = {}
        for item in data.items:
            counts[item.severity] += 1
            per_kind[item.kind] = per_kind.get(item.kind, 0) + 1
            if per_kind[item.kind] > MAX_PER_KIND:
                continue  # the most urgent come first; the rest are counted in the heading
            group = groups.get(item.kind)
            if group is None:
                group = QTreeWidgetItem(self.todo, [QCoreApplication.translate("OverviewPage", KIND_TITLES[item.kind])])
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[item.kind] = group
            symbol, word = SEVERITY[item.severity]
            text = f"{symbol} {item.text(self.ctx.language)} — {item.cohort}"
            child = QTreeWidgetItem(group, [text])
            severity = QCoreApplication.translate("OverviewPage", word)
            child.setToolTip(0, f"{severity}: {item.text(self.ctx.language)}")
            child.setData(0, Qt.ItemDataRole.UserRole, item)
            child.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {item.text(self.ctx.language)}")
        for kind, group in groups.items():
            group.setText(0, f"{QCoreApplication.translate('OverviewPage', KIND_TITLES[kind])} ({per_kind[kind]})")
            if per_kind[kind] > MAX_PER_KIND:
                QTreeWidgetItem(group, [self.tr("… and %1 more: see the page of this kind of work").replace(
                    "%1", str(per_kind[kind] - MAX_PER_KIND))])
        self._wrap_items()
        self.empty.setVisible(not data.items and bool(data.cohorts))
        self.start_hint.setVisible(not data.cohorts)
        self.summary.setVisible(bool(data.cohorts))
        self.todo.setVisible(bool(data.items))
        self.todo_legend.setVisible(bool(data.items))
        self.open_button.setVisible(bool(data.items))
        self.summary.setText(self.tr("Today, %1: %2 urgent, %3 for attention, %4 for your information.")
                             .replace("%1", fmt.date_long(data.today)).replace("%2", str(counts[2]))
                             .replace("%3", str(counts[1])).replace("%4", str(counts[0])))
        top = self.todo.topLevelItem(0)
        first_item = top.child(0) if top is not None else None
        if first_item is not None:
            self.todo.setCurrentItem(first_item)
        self.picker.set_cohorts(data.cohorts)

    def load_charts(self, cohort_id: int) -> None:
        if not cohort_id or self.ctx.db is None:
            self.tabs.setVisible(False)  # no cohort yet: nothing to chart
            self.finished_loading()
            return
        self.tabs.setVisible(True)

        def fetch(uow: Any) -> Any:
            from edtrainer.core.services import readiness, sessions

            today = clock.today()
            return (sessions.cohort_register(uow, cohort_id=cohort_id),
                    readiness.readiness_for_cohort(uow, cohort_id=cohort_id, today=today), today)

        self.read(fetch, self.show_charts, channel="charts")

    def show_charts(self, result: Any) -> None:
        from edtrainer.gui.widgets.charts import AttendanceChart

        register, rows, today = result
        if self.session_chart is None:
            self.session_chart = AttendanceChart(self.tabs)
            self.trainee_chart = AttendanceChart(self.tabs, horizontal=True)
            self.tabs.addTab(self.session_chart, self.tr("Per session"))
            self.tabs.addTab(self.trainee_chart, self.tr("Per trainee"))
        threshold = register.min_attendance_pct
        held = [s for s in register.sessions if not s.cancelled and s.date <= today]
        rates, labels = [], []
        for sess in held:
            tally, _missing = register.session_tally(sess)
            rates.append(register.rate(tally))
            labels.append(fmt.date_short(sess.date))
        below = sum(1 for r in rates if r is not None and round(r * 100) < threshold)
        names = {"ok_name": self.tr("At or above the threshold"), "low_name": self.tr("Below the threshold"),
                 "line_name": self.tr("Threshold %1 %").replace("%1", str(threshold))}
        self.session_chart.show_rates(
            self.tr("Attendance per session: %1").replace("%1", register.cohort), labels, rates, threshold,
            summary=self.tr("%1 sessions held; %2 below the threshold of %3 %.").replace("%1", str(len(held)))
            .replace("%2", str(below)).replace("%3", str(threshold)), **names)
        people = [r for r in rows if r.status.value != "withdrawn"]
        t_rates = [r.readiness.attendance_rate for r in people]
        t_below = sum(1 for r in t_rates if r is not None and round(r * 100) < threshold)
        self.trainee_chart.show_rates(
            self.tr("Attendance per trainee: %1").replace("%1", register.cohort),
            [f"{r.trainee} ({fmt.percent(r.readiness.attendance_rate)})" for r in people],
            t_rates, threshold,
            summary=self.tr("%1 of %2 trainees below the threshold of %3 %.").replace("%1", str(t_below))
            .replace("%2", str(len(people))).replace("%3", str(threshold)), **names)
        self.finished_loading()

    # -- acting ---------------------------------------------------------------------------------

    def open_item(self, tree_item: QTreeWidgetItem | None) -> None:
        if tree_item is None:
            return
        item = tree_item.data(0, Qt.ItemDataRole.UserRole)
        if item is None:
            tree_item.setExpanded(not tree_item.isExpanded())
            return
        w = self.window_
        if item.kind == "unrecorded":
            w.show_page("sessions", cohort_id=item.cohort_id, session_id=item.session_id)
        elif item.kind == "attendance":
            w.show_page("sessions", cohort_id=item.cohort_id, enrolment_id=item.enrolment_id, grid=True)
        elif item.kind in ("agreement", "evaluation", "hours"):
            w.show_page("placements", cohort_id=item.cohort_id, placement_id=item.placement_id, tab=item.kind)
        elif item.kind == "ready":
            w.show_page("certification", cohort_id=item.cohort_id, enrolment_id=item.enrolment_id)

    def review_retention(self) -> None:
        from edtrainer.gui.retention_dialog import review

        if self.data is not None and self.data.due:
            review(self, self.ctx, self.data.due)

    def remove_demo(self) -> None:
        """First find out whether the coordinator's own records use parts of the demo (then ask whether to
        keep those parts), then make a backup and remove the rest."""
        from edtrainer.core.services import demo_removal

        self.ctx.read(demo_removal.plan_removal, self._confirm_removal, owner=self)

    def _confirm_removal(self, plan: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        if plan.keeps_anything:
            uses = "\n".join(f"• {use.text(self.ctx.language)}" for use in plan.uses[:12])
            if len(plan.uses) > 12:
                uses += "\n• " + self.tr("and %1 more").replace("%1", str(len(plan.uses) - 12))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the demo"),
                              self.tr("Your own data use parts of the demo:") + "\n\n" + uses + "\n\n"
                              + self.tr("Those parts can stay, so that nothing of yours is lost. The invented "
                                        "trainees and everything about them go. A backup copy is made first."),
                              QMessageBox.StandardButton.NoButton, self)
            keep = box.addButton(self.tr("&Keep these parts, remove the rest"), QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(cancel)
            box.exec()
            if box.clickedButton() is not keep:
                return
        elif not confirm(self, self.tr("Remove the demo"),
                         self.tr("This deletes the demo programme, its two cohorts, the invented trainees, "
                                 "organisations and staff, and any certificates issued to them (they leave the "
                                 "register). What you entered yourself stays. A backup copy is made first."),
                         self.tr("Remove the demo")):
            return
        self._remove(keep_used=plan.keeps_anything)

    def _remove(self, *, keep_used: bool) -> None:
        from edtrainer.core.services import demo_removal

        db, actor = self.ctx.db, self.ctx.actor

        def done(result: Any) -> None:
            self.window_.set_demo(False)
            self.ctx.undo_stack.clear()
            kept = demo_removal.describe_kept(result.counts, self.ctx.language)
            self.status(self.tr("The demo has been removed; kept because your own data use them: %1").replace(
                "%1", kept) if kept else self.tr("The demo has been removed."))

        self.ctx.work(lambda _uow, _task: demo_removal.remove_demo_with_backup(db, keep_used=keep_used, actor=actor),
                      done, label=self.tr("Making a backup and removing the demo…"), parent=self, commit=False)

    def focus_target(self) -> QWidget:
        return self.todo if self.todo.isVisible() else self.sections



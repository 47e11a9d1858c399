"""Time the desktop app on the large synthetic database (see generate.py), each figure beside its target
and a baseline measured in the same run:

- start to first paint of the main window, against a bare PySide6 script that imports QtWidgets and
  shows an empty QMainWindow (target: at most 1.5x the bare script), each run as a fresh process and
  timed from starting it to the paint it reports (EDTRAINER_FIRST_PAINT_FILE);
- opening a cohort's attendance grid (the largest cohort: 25 trainees x 200 sessions, more than the
  20 x 200 of the target) until it is painted (target: under 150 ms), against reading the same register
  session by session;
- the trainee list over 5,000 trainees until its first screen is painted (target: under 200 ms), against
  the same list filled all at once without batches.

    QT_QPA_PLATFORM=offscreen python bench/gui.py [bench/out/large.sqlite3] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT / "bench" / "out" / "large.sqlite3"

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            open(os.environ["EDTRAINER_FIRST_PAINT_FILE"], "w").write(repr(time.time()))
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def time_process(argv: list[str], env: dict[str, str]) -> float:
    """From starting the process to the first paint of its window, which the process writes down."""
    with tempfile.TemporaryDirectory() as folder:
        mark = Path(folder) / "painted"
        started = time.time()
        proc = subprocess.run(argv, env={**env, "EDTRAINER_FIRST_PAINT_FILE": str(mark)}, capture_output=True,
                              text=True)
        if proc.returncode != 0 or not mark.exists():
            raise SystemExit(f"{argv} failed: {proc.stderr[-500:]}")
        return float(mark.read_text()) - started


def startup(database: str, runs: int) -> tuple[float, float]:
    """Median wall-clock of the bare script and of edtrainer, alternating so both see the same machine."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "EDTRAINER_CONFIG_DIR": tempfile.mkdtemp(), "EDTRAINER_DATA_DIR": tempfile.mkdtemp()}
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(BARE)
    bare_cmd = [sys.executable, fh.name]
    app_cmd = [sys.executable, "-m", "edtrainer", "--database", database, "--quit-after-first-paint"]
    for _ in range(min(2, runs)):  # warm the file cache for both
        time_process(bare_cmd, env)
        time_process(app_cmd, env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_process(bare_cmd, env))
        app.append(time_process(app_cmd, env))
    os.unlink(fh.name)
    return statistics.median(bare), statistics.median(app)


def in_process(database: str, repeat: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EDTRAINER_CONFIG_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from edtrainer.core import models as m
    from edtrainer.core.services import sessions, trainees
    from edtrainer.gui.app import Controller
    from edtrainer.gui.settings import Settings
    from edtrainer.gui.widgets.tables import Column, RowTableModel, TableView

    app = QApplication.instance() or QApplication([])
    controller = Controller(app, Settings.open(), database=database)
    loop = QEventLoop()
    controller.ctx.database_opened.connect(loop.quit)
    controller.start()
    loop.exec()
    window = controller.window
    overview = window.page("overview")  # let the first page settle: it reads every cohort's action list
    while overview.loading or overview._dirty:  # noqa: SLF001
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    with controller.ctx.uow() as uow:
        largest = uow.session.scalar(select(m.Cohort.id).where(m.Cohort.name == "Bench-Largest"))
        n_trainees = uow.session.scalar(select(func.count()).select_from(m.Trainee))

    def settle() -> None:
        """Nothing left running in the background (a previous round's rest of the list, say)."""
        while controller.ctx._running:  # noqa: SLF001
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def wait_loaded(page: object, start: object) -> float:
        settle()
        done = QEventLoop()
        page.loaded.connect(done.quit)  # type: ignore[attr-defined]
        began = time.perf_counter()
        start()  # type: ignore[operator]
        done.exec()
        page.loaded.disconnect(done.quit)  # type: ignore[attr-defined]
        page.repaint()  # type: ignore[attr-defined]  # painted, not only filled
        app.processEvents()
        return time.perf_counter() - began

    # -- the attendance grid of the largest cohort -------------------------------------------------
    page = window.show_page("sessions")
    wait_loaded(page, lambda: page.picker.select(largest))
    page.tabs.setCurrentIndex(1)
    grid_times = []
    for _ in range(repeat):
        grid_times.append(wait_loaded(page, lambda: page.load_register(largest)))
        page.grid_view.repaint()
    shape = (page.grid_model.rowCount() - 1, page.grid_model.columnCount() - 1)

    def session_by_session() -> None:
        with controller.ctx.uow() as uow:
            ids = [s.id for s in sessions.list_sessions(uow, cohort_id=largest)]
            for sid in ids:
                sessions.session_register(uow, session_id=sid)

    naive_grid = []
    for _ in range(max(3, repeat // 4)):
        began = time.perf_counter()
        session_by_session()
        naive_grid.append(time.perf_counter() - began)

    # -- the trainee list --------------------------------------------------------------------------
    people = window.show_page("trainees")
    first = wait_loaded(people, lambda: None) if people._dirty else 0.0  # noqa: SLF001
    list_times = [first] if first else []
    for _ in range(repeat):
        list_times.append(wait_loaded(people, people.reload))
    shown = people.model.rowCount()

    def all_at_once() -> float:
        began = time.perf_counter()
        with controller.ctx.uow() as uow:
            rows = trainees.search_trainees(uow)
        model = RowTableModel([Column("Naam", lambda r: r.sort_name), Column("Groep", lambda r: r.cohort or ""),
                               Column("Status", lambda r: r.status or ""), Column("E-mail", lambda r: r.email or "")])
        view = TableView()
        view.setModel(model)
        model.set_rows(rows)
        view.resizeColumnsToContents()
        view.resize(1000, 700)
        view.show()
        view.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - began
        view.close()
        return elapsed

    naive_list = [all_at_once() for _ in range(3)]
    controller.ctx.close_database()
    window.close()
    return {"grid": statistics.median(grid_times), "grid_naive": statistics.median(naive_grid),
            "grid_rows": shape[0], "grid_cols": shape[1], "list": statistics.median(list_times),
            "list_naive": statistics.median(naive_list), "list_shown": shown, "trainees": n_trainees}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per start-up figure")
    parser.add_argument("--repeat", type=int, default=15, help="repetitions of the in-process figures")
    args = parser.parse_args()
    if "://" not in args.database and not Path(args.database).exists():
        print(f"{args.database} does not exist: run python bench/generate.py first", file=sys.stderr)
        return 1
    bare, app = startup(args.database, args.runs)
    figures = in_process(args.database, args.repeat)
    print(f"database: {args.database} ({figures['trainees']:,} trainees)\n")
    print(f"{'what':<58} {'measured':>10} {'compared with':>14}  ratio")
    rows = [
        (f"start to first paint (median of {args.runs} processes)", app * 1000, bare * 1000,
         f"{app / bare:.2f}x the bare PySide6 window (target at most 1.50x)"),
        (f"attendance grid, {figures['grid_rows']} trainees x {figures['grid_cols']} sessions", figures["grid"] * 1000,
         150.0, f"{figures['grid'] * 1000 / 150:.2f} of the 150 ms target"),
        ("  baseline: the same register read session by session", figures["grid_naive"] * 1000,
         figures["grid"] * 1000, f"{figures['grid_naive'] / figures['grid']:.1f}x slower than ours"),
        (f"trainee list, first screen ({figures['list_shown']} of {figures['trainees']:,} rows)",
         figures["list"] * 1000, 200.0, f"{figures['list'] * 1000 / 200:.2f} of the 200 ms target"),
        ("  baseline: every row at once, columns fitted to all", figures["list_naive"] * 1000,
         figures["list"] * 1000, f"{figures['list_naive'] / figures['list']:.1f}x slower than ours"),
    ]
    for what, value, ref, ratio in rows:
        print(f"{what:<58} {value:>7.0f} ms {ref:>11.0f} ms  {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

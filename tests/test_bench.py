"""The benchmark scripts keep working (on a small database; the figures come from the full run)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generate_and_time_a_small_database(tmp_path: Path) -> None:
    db = tmp_path / "small.sqlite3"
    gen = subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--small", "--database", str(db)],
                         capture_output=True, text=True)
    assert gen.returncode == 0, gen.stderr
    counts = dict(line.split() for line in gen.stdout.splitlines()[1:])
    assert counts["enrolment"] == "125" and int(counts["attendance_mark"].replace(",", "")) > 20_000
    timing = subprocess.run([sys.executable, str(ROOT / "bench" / "readiness.py"), str(db)],
                            capture_output=True, text=True)
    assert timing.returncode == 0, timing.stderr
    assert "readiness, one cohort" in timing.stdout and "of target" in timing.stdout
    assert "25 trainees x 200 sessions" in timing.stdout
    safety = subprocess.run([sys.executable, str(ROOT / "bench" / "safety.py"), str(db)], capture_output=True,
                            text=True)
    assert safety.returncode == 0, safety.stderr
    assert "open, unchanged (memo)" in safety.stdout and "x the plain copy" in safety.stdout


def test_certificate_benchmark_smoke(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "certificates.py"), "--small", "--database",
                           str(tmp_path / "bench.sqlite3")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "issuing and signing 5 certificates" in proc.stdout and "of target" in proc.stdout
    assert "rendering 20 certificates with QR codes" in proc.stdout and "of the baseline" in proc.stdout


def test_gui_benchmark_smoke(tmp_path: Path) -> None:
    db = tmp_path / "small.sqlite3"
    gen = subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--small", "--database", str(db)],
                         capture_output=True, text=True)
    assert gen.returncode == 0, gen.stderr
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "gui.py"), str(db), "--runs", "1", "--repeat", "1"],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "start to first paint" in proc.stdout and "the bare PySide6 window" in proc.stdout
    assert "attendance grid, 25 trainees x 200 sessions" in proc.stdout
    assert "trainee list, first screen" in proc.stdout

"""Compile Qt translation sources (``resources/translations/*.ts``) into ``.qm`` files with lrelease.

Used at build time by the packaging hook (``hatch_build.py``) and, for a checkout run without a build,
by the app on its first start. Imports no Qt: it only runs the ``lrelease`` program that PySide6 ships.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path


def lrelease() -> str | None:
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
                candidate = Path(folder) / name
                if candidate.exists():
                    return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_all(source: Path, target: Path) -> list[Path]:
    """Compile every ``.ts`` in ``source`` into ``target``; returns the ``.qm`` files written."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease was not found: install PySide6 (PySide6-Essentials)")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        # Under a temporary name, then renamed: a running app maps the .qm into memory, and rewriting that file
        # in place (a wheel built beside a running app or test) kills it with a bus error.
        part = target / f".{ts.stem}.{os.getpid()}.qm.part"
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], check=True)
            os.replace(part, qm)
        finally:
            part.unlink(missing_ok=True)
        written.append(qm)
    return written

"""The core and its services import no Qt: the GUI and the CLI are two faces of the same services."""

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import edtrainer

ROOT = Path(edtrainer.__file__).resolve().parent


def test_importing_core_and_services_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import edtrainer.core, edtrainer.core.services, edtrainer.cli\n"
        "for m in pkgutil.walk_packages(edtrainer.core.__path__, 'edtrainer.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "qt = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(len([n for n in sys.modules if n.startswith('edtrainer.core')]), qt)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(" ", 1)
    assert int(out[0]) >= 15, "the core's modules were not all imported"
    assert out[1].strip() == "[]"


def test_documents_load_no_qt() -> None:
    """The renderers, signing and verification are shared by the CLI and the app: no Qt in them either."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import edtrainer.documents\n"
        "for m in pkgutil.walk_packages(edtrainer.documents.__path__, 'edtrainer.documents.'):\n"
        "    importlib.import_module(m.name)\n"
        "import edtrainer.core.services.certificates, edtrainer.core.services.reports\n"
        "qt = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(len([n for n in sys.modules if n.startswith('edtrainer.documents.')]), qt)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(" ", 1)
    assert int(out[0]) >= 6, "the documents' modules were not all imported"
    assert out[1].strip() == "[]"


def test_no_core_source_mentions_qt() -> None:
    offenders = [p for p in [*(ROOT / "core").rglob("*.py"), *(ROOT / "documents").rglob("*.py")]
                 if re.search(r"^\s*(from|import)\s+(PySide6|PyQt|shiboken)", p.read_text(), re.M)]
    assert offenders == []


def test_every_core_module_is_importable() -> None:
    import importlib

    import edtrainer.core

    names = [m.name for m in pkgutil.walk_packages(edtrainer.core.__path__, "edtrainer.core.")]
    assert "edtrainer.core.services.readiness" in names
    for name in names:
        importlib.import_module(name)

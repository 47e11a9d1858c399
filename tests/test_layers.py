"""The core and its services import no Qt: the GUI and the CLI are two faces of the same services."""

import os
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
        "for m in pkgutil.walk_packages(edtrainer.cli.__path__, 'edtrainer.cli.'):\n"
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


CLI = ROOT / "cli"


def _cli_imports(path: Path) -> set[str]:
    """The edtrainer.cli modules one module of the command line imports, at the top or inside a function."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("edtrainer.cli")}
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module == "edtrainer":
                found |= {f"edtrainer.{a.name}" for a in node.names if a.name == "cli"}
            elif node.module == "edtrainer.cli":  # a module of the package, or something of the package itself
                found |= {f"edtrainer.cli.{a.name}" if (CLI / f"{a.name}.py").exists() else "edtrainer.cli"
                          for a in node.names}
            elif node.module.startswith("edtrainer.cli."):
                found.add(node.module)
    return found


def test_the_command_line_modules_import_downwards_only() -> None:
    """No module of edtrainer/cli/ imports the package itself (its main) back, and no two import each other
    in a circle, not even inside a function: the old tangle of cli.py and cli_documents.py stays gone."""
    graph = {f"edtrainer.cli.{p.stem}": _cli_imports(p) for p in CLI.glob("*.py") if p.stem != "__init__"}
    assert len(graph) >= 10, "the command line's modules were not found"
    assert sorted(m for m, uses in graph.items() if "edtrainer.cli" in uses) == []
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import circle: {' -> '.join((*path, module))}"
        if module in done:
            return
        for used in sorted(graph.get(module, ())):
            visit(used, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


def test_no_command_line_module_is_over_500_lines() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in CLI.glob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 500} == {}


def test_no_module_of_edtrainer_is_over_500_lines() -> None:
    """Issue 13: a module over ~500 lines is split along its seams (a page's tabs, a service's parts)."""
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in ROOT.rglob("*.py")}
    offenders = {name: n for name, n in sorted(sizes.items()) if n > 500}
    assert offenders == {}, f"over 500 lines: {offenders}"
    assert len(sizes) > 100, "the modules were not all found"


def test_every_command_is_known_to_the_parser_and_its_module() -> None:
    """The parser names each command's module; that module adds its arguments and runs it (in both languages)."""
    from edtrainer.cli import parser

    for lang in ("nl", "en"):
        parser.localise_argparse(lang)
        complete = parser.build_parser(lang, complete=True)
        assert complete.parse_args(["cohorts", "list"]).cohorts_command == "list"
    parser.localise_argparse("en")
    for command in parser.COMMANDS:
        assert callable(parser.command_module(command).COMMANDS[command]), command


def test_a_simple_command_loads_only_what_it_needs() -> None:
    """``cohorts list`` builds the arguments of no other command and loads no PDF, signing, spreadsheet, calendar
    or Qt library (each would slow down every command's start), and reads the text catalogue of its own language
    only."""
    code = (
        "import sys\n"
        "from edtrainer.cli import main\n"
        "assert main(['cohorts', 'list']) == 0\n"
        "heavy = ('reportlab', 'pyhanko', 'cryptography', 'openpyxl', 'icalendar', 'PySide6', 'shiboken6')\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in heavy and '.' not in n))\n"
        "print(sorted(n for n in sys.modules if n.startswith('edtrainer.cli.')))\n"
        "print(sorted(n for n in sys.modules if n.startswith('edtrainer.core.services.')))\n"
        "from edtrainer.core import i18n\n"
        "print(sorted(i18n._catalogues))\n"
    )
    env = {**os.environ, "EDTRAINER_LANG": "nl"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    heavy, cli, services, catalogues = out.splitlines()[-4:]
    assert heavy == "[]"
    assert cli == str(sorted(f"edtrainer.cli.{m}" for m in ("app", "opening", "output", "parser", "trainees")))
    assert catalogues == "['nl']"
    heavy_services = ("certificates", "exports", "funder", "import_lists", "importing", "reports", "signing_keys")
    assert [s for s in heavy_services if f"edtrainer.core.services.{s}'" in services] == []

"""Build hook: compile the Qt translations (resources/translations/*.ts) into .qm files for the package.

The .ts files are the sources and are committed; the compiled .qm files are not. PySide6's lrelease does
the compiling, so PySide6-Essentials is a build requirement of this hook (see pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("_edtrainer_qm", root / "edtrainer" / "_qm.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        source = root / "resources" / "translations"
        # Written beside the sources (ignored by git): an editable install reads them from there, and the
        # wheel's force-include of resources/ (collected after this hook) carries them into the package.
        module.compile_all(source, source)

"""Build hook: compile the Qt translations (resources/translations/*.ts) into .qm files, and the core's text
catalogue (resources/locale/*/LC_MESSAGES/edtrainer.po) into .mo files, for the package.

The .ts and .po files are the sources and are committed; the compiled .qm and .mo files are not. PySide6's
lrelease compiles the .ts, so PySide6-Essentials is a build requirement of this hook (see pyproject.toml);
edtrainer/_mo.py (standard library only) compiles the .po.
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
        # Written beside the sources (ignored by git): an editable install reads them from there, and the
        # wheel's force-include of resources/ (collected after this hook) carries them into the package.
        source = root / "resources" / "translations"
        _load(root, "_qm").compile_all(source, source)
        locale = root / "resources" / "locale"
        _load(root, "_mo").compile_all(locale, locale)


def _load(root: Path, name: str) -> Any:
    """edtrainer/<name>.py on its own: importing the package would need its dependencies at build time."""
    spec = importlib.util.spec_from_file_location(f"_edtrainer{name}", root / "edtrainer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module

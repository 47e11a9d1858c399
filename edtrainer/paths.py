"""Where edtrainer finds its own files and keeps the user's.

Migrations (``db/``) and resources (``resources/``) sit at the top of the repository. A wheel carries
them inside the package as ``edtrainer/_db`` and ``edtrainer/_resources`` (see pyproject.toml); a
PyInstaller build puts them beside the executable in ``sys._MEIPASS``. The first candidate that exists
wins, so a checkout, an installed wheel and a packaged build all work.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
APP_NAME = "edtrainer"
# The reverse-DNS id that ties the desktop entry, the AppStream metainfo and the icon's file name together
# (packaging/linux/APP_ID.desktop, APP_ID.metainfo.xml); also the app's id on Wayland. Never change it: a
# desktop or software centre would see a new app.
APP_ID = "nl.edtrainer.Edtrainer"


def _find(top_level: str, in_package: str, marker: str) -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / top_level)
    candidates += [_PACKAGE.parent / top_level, _PACKAGE / in_package]
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    raise FileNotFoundError(f"edtrainer's {top_level}/ folder is missing (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def migrations_dir() -> Path:
    return _find("db", "_db", "env.py")


def resources_dir() -> Path:
    return _find("resources", "_resources", "README.md")


def data_dir() -> Path:
    """The per-user data folder, created readable by the user only."""
    override = os.environ.get("EDTRAINER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here: finding the app's own files (fonts at start-up) does not need it

        path = platformdirs.user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    from edtrainer.core.files import tighten

    tighten(path, 0o700)  # also a folder made earlier with looser rights
    return path


def config_dir() -> Path:
    """The per-user settings folder (the app's QSettings file and ``preferences.json``)."""
    override = os.environ.get("EDTRAINER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "edtrainer.sqlite3"


def plain_database_file(url_or_path: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file meant by no argument (the embedded file, unless ``EDTRAINER_DATABASE_URL`` names a
    database) or by a bare path; None for a URL, which only SQLAlchemy reads (``core.db.resolve_url``). Without
    SQLAlchemy, so that the window can lock its file before that library has loaded."""
    raw = os.fspath(url_or_path) if url_or_path else os.environ.get("EDTRAINER_DATABASE_URL", "").strip()
    if not raw:
        return default_database_path()
    if "://" not in raw:
        return Path(raw).expanduser().resolve()
    return None

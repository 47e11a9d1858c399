"""Settings the app and the command line share: where backups go and how often they are made.

The app's own look (language, text size, window) lives in QSettings (``gui/settings.py``); these live in
``preferences.json`` beside it, because the command line (no Qt) must read them too. The file is small
JSON, written under a temporary name and renamed; a missing, damaged or hand-edited file gives the
defaults, never a crash.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from edtrainer import paths

DEFAULT_BACKUP_MINUTES = 30


@dataclass
class Preferences:
    #: where automatic backups go; None is ``backups/`` in the data folder
    backup_folder: str | None = None
    #: an automatic backup is made when data changed and the newest is older than this
    backup_every_minutes: int = DEFAULT_BACKUP_MINUTES
    #: who works at this computer (name and role), shown with the login in the audit log
    profile_name: str | None = None
    profile_role: str | None = None
    #: where the verification page is published (a folder a web host or a sync service takes it from); the
    #: app writes it again after every issue, revocation and correction
    verify_page_folder: str | None = None

    def backups_dir(self) -> Path:
        if self.backup_folder:
            return Path(self.backup_folder).expanduser()
        return paths.data_dir() / "backups"


PROFILE_ROLES = ("coordinator", "trainer", "other")


def _file() -> Path:
    return paths.config_dir() / "preferences.json"


_CACHE: dict[Path, tuple[tuple[int, int], Preferences]] = {}


def load() -> Preferences:
    """The preferences (a fresh copy), read again only when the file changed: every unit of work asks who
    is working (``uow.default_actor``), and recording a register is many units of work."""
    path = _file()
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        return Preferences()
    cached = _CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return replace(cached[1])
    prefs = _read(path)
    _CACHE[path] = (stamp, prefs)
    return replace(prefs)


def _read(path: Path) -> Preferences:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    prefs = Preferences()
    if not isinstance(raw, dict):
        return prefs
    folder = raw.get("backup_folder")
    if isinstance(folder, str) and folder.strip():
        prefs.backup_folder = folder.strip()
    name, role = raw.get("profile_name"), raw.get("profile_role")
    if isinstance(name, str) and name.strip():
        prefs.profile_name = " ".join(name.split())[:60]
    if isinstance(role, str) and role in PROFILE_ROLES:
        prefs.profile_role = role
    page = raw.get("verify_page_folder")
    if isinstance(page, str) and page.strip():
        prefs.verify_page_folder = page.strip()
    minutes = raw.get("backup_every_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 5 <= minutes <= 24 * 60:
        prefs.backup_every_minutes = minutes
    return prefs


def save(prefs: Preferences) -> None:
    from edtrainer.core.files import write_private

    known = {f.name for f in fields(Preferences)}
    data = {k: v for k, v in asdict(prefs).items() if k in known}
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_private(path, (json.dumps(data, indent=2) + "\n").encode(), overwrite=True)
    _CACHE.pop(path, None)  # what this process wrote is read back from the file next time


def backups_dir() -> Path:
    """The backup folder from the preferences (``EDTRAINER_BACKUP_DIR`` wins, for tests and scripts)."""
    override = os.environ.get("EDTRAINER_BACKUP_DIR", "").strip()
    return Path(override).expanduser() if override else load().backups_dir()

"""Files about people are readable by their user only: also a data folder, database or backup that was
made earlier with looser rights (an older version, a copy from a USB stick, another program)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from edtrainer import paths
from edtrainer.core import backups
from edtrainer.core.db import open_database

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows protects files by the folder's ACL")


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_a_loose_folder_and_database_are_tightened_on_open(sqlite_demo_template: Path) -> None:
    folder = paths.data_dir()
    path = folder / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    os.chmod(folder, 0o755)
    os.chmod(path, 0o644)
    Path(f"{path}-wal").write_bytes(b"")
    os.chmod(f"{path}-wal", 0o644)
    open_database(path).dispose()
    assert _mode(folder) == "0o700" and _mode(path) == "0o600"
    assert not Path(f"{path}-wal").exists() or _mode(Path(f"{path}-wal")) == "0o600"


def test_backups_and_settings_are_the_users_only(sqlite_demo_template: Path, tmp_path: Path) -> None:
    from edtrainer.core import preferences

    path = tmp_path / "edtrainer.sqlite3"
    shutil.copyfile(sqlite_demo_template, path)
    first = backups.make(path, reason="auto")
    os.chmod(first.path, 0o644)
    os.chmod(first.path.parent, 0o755)
    backups.make(path, reason="manual")
    assert _mode(first.path) == "0o600" and _mode(first.path.parent) == "0o700"
    preferences.save(preferences.Preferences(backup_every_minutes=45))
    assert _mode(paths.config_dir() / "preferences.json") == "0o600"


def test_the_apps_settings_file_is_the_users_only(qapp) -> None:  # noqa: ANN001
    from edtrainer.gui.settings import LAST_PAGE, Settings

    settings = Settings.open()
    settings.set(LAST_PAGE, "cohorts")
    settings.sync()
    file = Path(settings.store.fileName())
    assert _mode(file) == "0o600" and _mode(file.parent) == "0o700"


def test_the_settings_file_qt_writes_by_itself_is_the_users_only(qapp, tmp_path: Path,  # noqa: ANN001
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt writes the settings in the background and when the app ends, not only when asked: a file it makes
    then must not be 0644 (it names the database and the last cohort)."""
    import gc

    from edtrainer.gui.settings import LAST_PAGE, Settings

    folder = tmp_path / "nieuw" / "instellingen"
    monkeypatch.setenv("EDTRAINER_CONFIG_DIR", str(folder))
    settings = Settings.open()
    settings.set(LAST_PAGE, "trainees")
    file = Path(settings.store.fileName())
    del settings  # Qt writes the file as the settings object goes, without sync()
    gc.collect()
    assert "last_page=trainees" in file.read_text()
    assert _mode(file) == "0o600" and _mode(folder) == "0o700"


def test_on_windows_the_access_list_leaves_only_the_user_and_the_system() -> None:
    """Windows has no mode bits: the folder's access list is cut loose from the folders above (where every
    user of the computer may read) and names only the user and SYSTEM, passed on to the files made in it."""
    from edtrainer.core.files import windows_private_command

    folder = windows_private_command(r"C:\Users\mjansen\AppData\Local\edtrainer", folder=True, user=r"PC\mjansen")
    assert folder == ["icacls", r"C:\Users\mjansen\AppData\Local\edtrainer", "/inheritance:r",
                      "/grant:r", r"PC\mjansen:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F", "/Q"]
    file = windows_private_command("edtrainer.sqlite3", folder=False, user="mjansen")
    assert file[3:6] == ["/grant:r", "mjansen:F", "*S-1-5-18:F"]
    assert not any("Everyone" in part or part.split(":")[0] == "Users" for part in folder + file)

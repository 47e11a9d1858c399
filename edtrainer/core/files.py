"""Writing files the safe way: readable by the user only, under a temporary name, then renamed, so a
crash or a full disk never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from edtrainer.core.errors import FileError


def write_private(path: Path | str, data: bytes, *, overwrite: bool = False) -> Path:
    target = Path(path).expanduser().resolve()
    if not target.parent.is_dir():
        raise FileError("folder_missing", path=str(target.parent))
    if target.exists() and not overwrite:
        raise FileError("file_exists", path=str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


_PRIVATE_ON_WINDOWS: set[str] = set()


def windows_private_command(path: Path | str, *, folder: bool, user: str) -> list[str]:
    """The ``icacls`` command that makes ``path`` the user's only: no rights inherited from the folders above
    (on Windows those often let every user of the computer read), full control for the user, and for SYSTEM
    (which can read everything anyway, and which backup and virus programs run as). On a folder the rights
    pass on to every file made in it later (the database, its log, backups)."""
    grant = "(OI)(CI)F" if folder else "F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:{grant}", f"*S-1-5-18:{grant}", "/Q"]


def _tighten_windows(path: Path | str, mode: int) -> None:
    """Windows: a file's access is set by its access list, not by mode bits; set it once per run."""
    import subprocess

    key = os.path.normcase(os.path.abspath(path))
    if key in _PRIVATE_ON_WINDOWS or not os.path.exists(path):
        return
    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    if not user:
        return
    account = f"{domain}\\{user}" if domain else user
    command = windows_private_command(path, folder=os.path.isdir(path), user=account)
    with contextlib.suppress(OSError, subprocess.SubprocessError):  # no icacls (Wine): the folder's rights stay
        done = subprocess.run(command, capture_output=True, timeout=15,
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        if done.returncode == 0:
            _PRIVATE_ON_WINDOWS.add(key)


def tighten(path: Path | str, mode: int) -> None:
    """Make a file (0600) or folder (0700) of the user's readable by the user only, also when it was made
    earlier or by another program with looser rights. Leaves alone what is not there and what belongs to
    someone else. On Windows the same through the access list (``icacls``)."""
    if os.name == "nt":
        _tighten_windows(path, mode)
        return
    try:
        st = os.stat(path)
    except OSError:
        return
    if st.st_uid == os.getuid() and st.st_mode & 0o777 & ~mode:
        with contextlib.suppress(OSError):  # a read-only disk: opening it will say so
            os.chmod(path, mode)

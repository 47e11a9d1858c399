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


def tighten(path: Path | str, mode: int) -> None:
    """Make a file (0600) or folder (0700) of the user's readable by the user only, also when it was made
    earlier or by another program with looser rights. Leaves alone what is not there, what belongs to
    someone else, and Windows (where a file's access is set by its folder's ACL, not by these bits)."""
    if os.name == "nt":
        return
    try:
        st = os.stat(path)
    except OSError:
        return
    if st.st_uid == os.getuid() and st.st_mode & 0o777 & ~mode:
        with contextlib.suppress(OSError):  # a read-only disk: opening it will say so
            os.chmod(path, mode)

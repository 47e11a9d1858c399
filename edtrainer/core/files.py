"""Writing files the safe way: readable by the user only, under a temporary name, then renamed, so a
crash or a full disk never leaves half a file under the real name."""

from __future__ import annotations

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

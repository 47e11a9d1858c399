"""The ``.edtx`` register file itself: its canonical form, checksum, reading and writing, and the seal
(HMAC-SHA256) whose key only the coordinator's database holds. See ``exchange`` for the whole story."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edtrainer.core.errors import FileError
from edtrainer.core.models import AppMeta, AttendanceStatus
from edtrainer.core.uow import UnitOfWork

FORMAT = "edtrainer-exchange"
VERSION = 1
SUFFIX = ".edtx"
META_KEY = "exchange"
STATUSES = tuple(s.value for s in AttendanceStatus)
LETTERS = {"A": "present", "P": "present", "1": "present", "L": "late", "2": "late", "E": "excused", "3": "excused",
           "X": "absent", "4": "absent", "0": None}  #: the keys of the keyboard register
MAX_BYTES = 20 * 1024 * 1024


# --- the file --------------------------------------------------------------------------------------------

def _canonical(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _compact(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass
class ExchangeFile:
    """A register file as read (checked) or made."""

    pack: dict[str, Any]
    seal: str                                     #: HMAC of the pack with this database's key
    marks: dict[str, dict[str, str | None]]       #: session id -> enrolment id -> status (None: not recorded)
    recorded_at: str | None = None                #: when the trainer last changed a mark
    path: Path | None = None

    # what the trainer sees
    def sessions(self) -> list[dict[str, Any]]:
        return list(self.pack["sessions"])

    def trainee(self, enrolment_id: int | str) -> dict[str, Any]:
        return next(t for t in self.pack["trainees"] if str(t["enrolment"]) == str(enrolment_id))

    def session(self, session_id: int | str) -> dict[str, Any]:
        return next(s for s in self.pack["sessions"] if str(s["id"]) == str(session_id))

    def mark(self, session_id: int | str, enrolment_id: int | str) -> str | None:
        return self.marks.get(str(session_id), {}).get(str(enrolment_id))

    def apology(self, session_id: int | str, enrolment_id: int | str) -> bool:
        return int(enrolment_id) in self.pack["apologies"].get(str(session_id), [])

    def changed(self) -> int:
        """How many marks differ from what edtrainer had when the file was made."""
        base = self.pack["base"]
        return sum(1 for sid, row in self.marks.items() for eid, st in row.items()
                   if base.get(sid, {}).get(eid) != st)

    def _checksum(self) -> str:
        body = {"pack": self.pack, "seal": self.seal, "marks": self.marks, "recorded_at": self.recorded_at}
        return hashlib.sha256(_compact(body)).hexdigest()

    def to_bytes(self) -> bytes:
        return _canonical({"format": FORMAT, "version": VERSION, "pack": self.pack, "seal": self.seal,
                           "marks": self.marks, "recorded_at": self.recorded_at, "checksum": self._checksum()})


def read(path: Path | str) -> ExchangeFile:
    """Read a register file and check that nothing in it changed outside edtrainer (the pack's own seal is
    checked by :func:`plan_apply`, which holds the key)."""
    path = Path(path).expanduser()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FileError("exchange_not_ours", path=str(path))
        raw = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise FileError("file_missing", path=str(path)) from None
    except PermissionError:
        raise FileError("file_unreadable", path=str(path)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise FileError("exchange_not_ours", path=str(path))
        if data.get("version") != VERSION:
            raise FileError("exchange_version", path=str(path), version=data.get("version"))
        found = ExchangeFile(pack=data["pack"], seal=data["seal"], marks=data["marks"],
                             recorded_at=data.get("recorded_at"), path=path)
        _check_shape(found)
        whole = found.to_bytes() == raw and hmac.compare_digest(str(data.get("checksum")), found._checksum())
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, StopIteration):
        ours = raw.lstrip().startswith(b"{") and f'"{FORMAT}"'.encode() in raw[:200_000]
        raise FileError("exchange_changed" if ours else "exchange_not_ours", path=str(path)) from None
    if not whole:
        raise FileError("exchange_changed", path=str(path))
    return found


def _check_shape(found: ExchangeFile) -> None:
    """Every mark belongs to a session in the file and to a trainee expected there, with a known status."""
    sessions = {str(s["id"]): {str(e) for e in s["expected"]} for s in found.pack["sessions"]}
    for sid, row in found.marks.items():
        for eid, status in row.items():
            if eid not in sessions[sid] or (status is not None and status not in STATUSES):
                raise ValueError(sid)


def write(found: ExchangeFile, path: Path | str | None = None) -> Path:
    """Write the file (under a temporary name, then renamed; readable by the user only)."""
    from edtrainer.core.files import write_private

    target = Path(path if path is not None else found.path or "").expanduser()
    if target.suffix.lower() != SUFFIX:
        raise FileError("exchange_suffix", path=str(target))
    found.path = write_private(target, found.to_bytes(), overwrite=True)
    return found.path


# --- the key ----------------------------------------------------------------------------------------------

def _key(uow: UnitOfWork, *, create: bool) -> bytes | None:
    meta = uow.session.get(AppMeta, META_KEY, with_for_update=create)
    if meta is not None and meta.value and meta.value.get("secret"):
        return bytes.fromhex(meta.value["secret"])
    if not create:
        return None
    secret = secrets.token_bytes(32)
    value = {"secret": secret.hex(), "files": {}}
    if meta is None:
        uow.session.add(AppMeta(key=META_KEY, value=value))
    else:
        meta.value = {**(meta.value or {}), **value}
    uow.session.flush()
    return secret


def _key_id(secret: bytes) -> str:
    return hashlib.sha256(b"edtrainer-exchange-key-id" + secret).hexdigest()[:16]


def _seal(secret: bytes, pack: dict[str, Any]) -> str:
    return hmac.new(secret, _compact(pack), hashlib.sha256).hexdigest()


"""An encrypted SQLite file, optional: SQLCipher (the ``sqlcipher3`` package) with a passphrase.

What it is for: a laptop that is lost or stolen, or a copy of the data folder that ends up in the wrong
hands, gives away nothing without the passphrase; neither the database nor its backups start with
``SQLite format 3``. What it is not for: someone using the laptop while edtrainer is open, a program that
reads the keyboard, the PDFs and exports edtrainer writes (those are ordinary files), and a forgotten
passphrase (then the data is gone: nobody, edtrainer included, can open the file). See docs/privacy.md.

The passphrase is asked when a file is opened and kept in this process's memory only; it is never written
anywhere. SQLCipher derives the page key from it with PBKDF2-HMAC-SHA512 (256,000 rounds) and the 16 random
bytes at the start of the file (the salt). That takes a third of a second, and edtrainer opens the file
often (the check on open, every pooled connection, backups and their verification), so the derived key is
kept per salt and handed to SQLCipher as a raw key: the very key SQLCipher would derive itself, so the file
still opens with the passphrase in any SQLCipher tool. A key is kept only after it opened its file.

Every module that opens a SQLite file itself (checks, backups, restores) does so through ``connect``, which
picks the plain ``sqlite3`` driver or SQLCipher by what the file is.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from edtrainer.core.errors import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
KDF_ROUNDS = 256_000  # SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, a 32-byte key, a 16-byte salt
SALT_BYTES = 16
MIN_PASSPHRASE = 8

_lock = threading.Lock()
_passphrase: str | None = None
_keys: dict[bytes, bytes] = {}  # salt -> derived key, only keys that opened their file


def module() -> ModuleType | None:
    """SQLCipher's driver, or None where it is not installed (it has wheels for Linux only)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


def available() -> bool:
    return module() is not None


def _errors() -> tuple[type[Exception], ...]:
    mod = module()
    return (sqlite3.Error, mod.Error) if mod is not None else (sqlite3.Error,)


def _operational() -> tuple[type[Exception], ...]:
    mod = module()
    return (sqlite3.OperationalError, mod.OperationalError) if mod is not None else (sqlite3.OperationalError,)


if TYPE_CHECKING:
    #: ``except cipher.Error``: an error of either driver (SQLCipher's are not ``sqlite3.Error``).
    Error: tuple[type[Exception], ...]
    OperationalError: tuple[type[Exception], ...]
    #: a file that could not be written or read, by the system or by either driver
    FileOrDatabaseError: tuple[type[Exception], ...]


def __getattr__(name: str) -> Any:
    """``Error``, ``OperationalError`` and ``FileOrDatabaseError`` on first use (an ``except`` clause is only
    evaluated when an error reaches it): loading SQLCipher's driver costs every start of an unencrypted file
    ~15 ms for nothing."""
    if name == "Error":
        value: Any = _errors()
    elif name == "OperationalError":
        value = _operational()
    elif name == "FileOrDatabaseError":
        value = (OSError, *_errors())
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def set_passphrase(passphrase: str | None) -> None:
    """The passphrase for encrypted files from now on (None: forget it, and every key derived from it)."""
    global _passphrase
    with _lock:
        if (passphrase or None) != _passphrase:  # keys made from another passphrase open nothing any more
            _keys.clear()
        _passphrase = passphrase or None


def has_passphrase() -> bool:
    return _passphrase is not None


def _header(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(SALT_BYTES)
    except OSError:
        return b""


# Files a user might pick by mistake whose first page can look random too (compressed data).
_OTHER_FORMATS = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"\x1f\x8b")


def is_encrypted(path: Path | str) -> bool:
    """Does this file look like an encrypted database: whole pages of random bytes from the very first one
    (where SQLite writes its name)? A damaged file (zeros, or SQLite's header half gone), a text file, a PDF
    or a spreadsheet does not."""
    import math

    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            page = fh.read(4096)
    except OSError:
        return False
    if size < 512 or size % 512 or page.startswith(SQLITE_MAGIC) or page.startswith(_OTHER_FORMATS):
        return False
    counts = [0] * 256
    for byte in page:
        counts[byte] += 1
    entropy = -sum(c / len(page) * math.log2(c / len(page)) for c in counts if c)
    return entropy >= 7.2  # random bytes: about 7.95 bits a byte over a 4 KiB page; text: below 5


def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)


def _pragma_key(key: bytes, salt: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def connect(path: Path | str, *, read_only: bool = False, timeout: float = 15.0, encrypted: bool | None = None,
            passphrase: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to the SQLite file at ``path``, plain or encrypted as the file is.

    ``encrypted``: for a new (or empty) file, whether to make it encrypted. ``passphrase``: this one instead
    of the process's (to convert a file to another passphrase). A wrong passphrase raises ``DatabaseError``
    (``db_wrong_passphrase``) and opens nothing; a missing one ``db_needs_passphrase``."""
    path = Path(path)
    if encrypted is None:
        encrypted = is_encrypted(path)
    target = Path(path).resolve().as_uri() + "?mode=ro" if read_only else str(path)
    if not encrypted:
        return sqlite3.connect(target, uri=read_only, timeout=timeout, **kwargs)
    mod = module()
    if mod is None:
        raise DatabaseError("db_cipher_missing", where=str(path))
    secret = passphrase if passphrase is not None else _passphrase
    exists = path.is_file() and path.stat().st_size > 0
    salt = _header(path) if exists else os.urandom(SALT_BYTES)
    with _lock:
        key = _keys.get(salt) if passphrase is None else None
    if key is None:
        if secret is None:
            raise DatabaseError("db_needs_passphrase", where=str(path))
        key = _derive(secret, salt)
    conn = mod.connect(target, uri=read_only, timeout=timeout, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is said in words, not as 'hmac check failed'
        conn.execute(_pragma_key(key, salt))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except mod.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise DatabaseError("db_wrong_passphrase", where=str(path)) from None
        raise
    with _lock:
        _keys[salt] = key
    return conn


def check_passphrase(passphrase: str) -> None:
    """A new passphrase must be long enough to hold against guessing (``passphrase_too_short``)."""
    from edtrainer.core.errors import ValidationError

    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError("db_passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE)


def export(source: Path, target: Path, *, passphrase: str | None) -> None:
    """Copy every table, index, trigger and the schema of ``source`` into a new file ``target``: encrypted
    with ``passphrase``, or plain when it is None (SQLCipher's ``sqlcipher_export``)."""
    mod = module()
    if mod is None:
        raise DatabaseError("db_cipher_missing", where=str(source))
    conn = connect(source, timeout=15) if is_encrypted(source) else mod.connect(str(source), timeout=15)
    try:
        conn.isolation_level = None
        if passphrase is None:
            conn.execute("ATTACH DATABASE ? AS converted KEY ''", (str(target),))
        else:
            salt = os.urandom(SALT_BYTES)
            key = _derive(passphrase, salt)
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), f"x'{key.hex()}{salt.hex()}'"))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    if passphrase is not None:
        with _lock:
            _keys[salt] = key

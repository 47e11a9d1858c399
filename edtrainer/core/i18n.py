"""The texts of the core, the documents and the command line, in Dutch (first) and English.

The core cannot use Qt's ``tr()``, yet its texts reach users through the GUI, the CLI and the PDFs. They
live in one gettext catalogue per language, ``resources/locale/<lang>/LC_MESSAGES/edtrainer.po``; each
entry's ``msgid`` is the key the code uses, its ``msgctxt`` the part of the program it belongs to (none
for messages, ``word`` for words used inside them, ``report``, ``certificate``… for the documents).
Texts with a count have real plural forms (``msgid_plural``, ``msgstr[0]``/``msgstr[1]``).

The compiled ``.mo`` files are read with the standard library's ``gettext.GNUTranslations`` (cheap to
load; no Babel at run time): built with the package, or compiled on first use from a checkout (``_mo``).
A key missing from the catalogue is logged and shown as the key; ``tests/test_catalogue.py`` fails first.
"""

from __future__ import annotations

import gettext
import logging
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from edtrainer.core.formats import date as format_date
from edtrainer.core.formats import join_list as join_list
from edtrainer.core.formats import number as format_number
from edtrainer.core.formats import percent as format_percent
from edtrainer.core.formats import period as format_period
from edtrainer.core.language import LANGUAGES as LANGUAGES
from edtrainer.core.language import default_language as default_language
from edtrainer.core.language import get_language as get_language
from edtrainer.core.language import set_language as set_language

__all__ = ["LANGUAGES", "default_language", "format_date", "format_number", "format_percent", "format_period",
           "get_language", "has", "join_list", "os_reason", "plural", "section", "set_language", "template",
           "text", "word"]

log = logging.getLogger(__name__)
_catalogues: dict[str, _Catalogue] = {}


class _Missing(gettext.NullTranslations):
    """The fallback of each catalogue: a text that is not there is logged once and shown as its key."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang, self.seen = lang, set[str]()

    def _miss(self, key: str) -> str:
        if key not in self.seen:
            self.seen.add(key)
            log.error("text %r is missing from the %s catalogue", key.replace("\x04", "|"), self.lang)
        return key.rpartition("\x04")[2]

    def gettext(self, message: str) -> str:
        return self._miss(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._miss(msgid1)

    def pgettext(self, context: str, message: str) -> str:
        return self._miss(f"{context}\x04{message}")

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._miss(f"{context}\x04{msgid1}")


class _Catalogue:
    def __init__(self, lang: str, path: Path) -> None:
        with open(path, "rb") as f:
            self.gnu = gettext.GNUTranslations(f)
        self.gnu.add_fallback(_Missing(lang))
        # GNUTranslations keeps plural entries under (msgid, form): which keys have forms, read once.
        # (``_catalog`` is the module's long-standing dict; Django and Babel read it as well.)
        self.plurals = {k[0] for k in self.gnu._catalog if isinstance(k, tuple)}  # type: ignore[attr-defined]
        self.keys = {k for k in self.gnu._catalog if isinstance(k, str) and k} | self.plurals  # type: ignore

    def get(self, context: str | None, key: str, count: int | None = None) -> str:
        full = key if context is None else f"{context}\x04{key}"
        if count is not None and full in self.plurals:
            return self.gnu.ngettext(full, full, count)
        return self.gnu.gettext(full)


def locale_dir() -> Path:
    """Where the compiled ``.mo`` files are: beside the sources after a build, else compiled now into the
    user's cache folder (a checkout run without a build, or a ``.po`` edited since), in a folder named after
    the checkout and the state of its ``.po`` files: two checkouts (a worktree beside main) never read each
    other's catalogue, whichever compiled last."""
    from edtrainer import paths

    source = paths.resources_dir() / "locale"
    checkout = (source.parent.parent / "pyproject.toml").exists()
    if _fresh(source, source, compare_times=checkout):
        return source
    cache = os.environ.get("EDTRAINER_CACHE_DIR")
    if not cache:
        import platformdirs

        cache = platformdirs.user_cache_dir("edtrainer")
    checkout_id, version = _stamp(source)
    target = Path(cache) / "locale" / f"{checkout_id}-{version}"
    if not _fresh(source, target, compare_times=False):
        import shutil

        from edtrainer import _mo  # the compiler only when needed: it costs more to import than to read a .mo

        _mo.compile_all(source, target)
        for old in target.parent.glob(f"{checkout_id}-*"):  # this checkout's earlier versions
            if old != target:
                shutil.rmtree(old, ignore_errors=True)
    return target


def _stamp(source: Path) -> tuple[str, str]:
    """Which checkout ``source`` is, and which version of its ``.po`` files (their times and sizes)."""
    import zlib

    stats = [(source / lang / "LC_MESSAGES" / "edtrainer.po").stat() for lang in LANGUAGES]
    version = " ".join(f"{s.st_mtime_ns}:{s.st_size}" for s in stats)
    return f"{zlib.crc32(str(source).encode()):08x}", f"{zlib.crc32(version.encode()):08x}"


def _fresh(source: Path, target: Path, *, compare_times: bool = True) -> bool:
    """Whether each language's ``.mo`` in ``target`` exists and (``compare_times``) is newer than its ``.po``."""
    for lang in LANGUAGES:
        mo = target / lang / "LC_MESSAGES" / "edtrainer.mo"
        try:
            if compare_times and mo.stat().st_mtime < (source / lang / "LC_MESSAGES" / "edtrainer.po").stat().st_mtime:
                return False
        except FileNotFoundError:
            return False
        if not compare_times and not mo.exists():
            return False
    return True


def _catalogue(lang: str | None) -> _Catalogue:
    lang = lang or get_language()
    found = _catalogues.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        found = _catalogues[lang] = _Catalogue(lang, locale_dir() / lang / "LC_MESSAGES" / "edtrainer.mo")
    return found


def reload() -> None:
    """Read the catalogues again on next use (after the ``.po`` files changed)."""
    from edtrainer.core import formats

    _catalogues.clear()
    formats._words.clear()


def text(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the active language), with ``params`` filled in. With a
    ``count`` and plural forms, the form for that count: '1 bijeenkomst', '2 bijeenkomsten'."""
    count = params.get("count")
    found = _catalogue(lang).get(None, key, count if isinstance(count, int) else None)
    return found.format(**params)


def plural(key: str, count: int, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in the form for ``count`` (``count`` is filled in too)."""
    return text(key, lang, count=count, **params)


def word(key: str, lang: str | None = None) -> str:
    """A word used inside messages: a field or entity name, a status, a role."""
    return _catalogue(lang).get("word", key)


def template(key: str, lang: str | None = None) -> str:
    """The message ``key`` as written, placeholders and all (the singular form of a plural)."""
    return _catalogue(lang).get(None, key, 1)


def has(key: str, context: str | None = None) -> bool:
    """Whether the catalogue has a text for ``key`` (in ``context``)."""
    return (key if context is None else f"{context}\x04{key}") in _catalogue("nl").keys


class Section(Mapping[str, str]):
    """The texts of one part of the program (a ``msgctxt``) in one language, read like a dict:
    ``w = i18n.section("report", "nl"); w["page"].format(n=1, total=2)``."""

    def __init__(self, context: str, lang: str) -> None:
        self.context, self.lang, self._cat = context, lang, _catalogue(lang)

    def __getitem__(self, key: str) -> str:
        return self._cat.get(self.context, key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and f"{self.context}\x04{key}" in self._cat.keys

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """The text, or ``default`` when the catalogue has none (without logging it as missing)."""
        return self._cat.get(self.context, key) if key in self else default

    def plural(self, key: str, count: int, **params: object) -> str:
        return self._cat.get(self.context, key, count).format(count=count, **params)

    def __iter__(self) -> Iterator[str]:
        prefix = self.context + "\x04"
        return (k[len(prefix):] for k in self._cat.keys if k.startswith(prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def section(context: str, lang: str | None = None) -> Section:
    return Section(context, lang or get_language())


def os_reason(exc: OSError, lang: str | None = None) -> str:
    """Why a file could not be read or written, in the user's language (not the system's English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name and has(name, "os_reason"):
        return _catalogue(lang).get("os_reason", name)
    return exc.strerror or type(exc).__name__

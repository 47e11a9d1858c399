"""The core's text catalogue: read and write gettext ``.po`` files, compile them into ``.mo`` files.

``resources/locale/<lang>/LC_MESSAGES/edtrainer.po`` are the sources (committed); the ``.mo`` files are
compiled from them by the packaging hook (``hatch_build.py``), by ``packaging/edtrainer.spec`` and, for a
checkout run without a build, by the app on first use (into the user's cache folder). The runtime reads
the ``.mo`` with the standard library's ``gettext.GNUTranslations`` (see ``edtrainer.core.i18n``).

Only the part of the ``.po`` format the catalogue uses is read: comments, flags, ``msgctxt``, ``msgid``,
``msgid_plural``, ``msgstr`` and ``msgstr[n]``, strings over several lines and the usual escapes. Imports
nothing outside the standard library, so the build hook and a checkout need no extra package.
"""

from __future__ import annotations

import ast
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

DOMAIN = "edtrainer"
LANGUAGES = ("nl", "en")
PLURAL_FORMS = {"nl": "nplurals=2; plural=(n != 1);", "en": "nplurals=2; plural=(n != 1);"}


@dataclass
class Entry:
    msgid: str
    strs: list[str]                       # one text, or one per plural form
    context: str | None = None
    plural_id: str | None = None
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # "#." lines: notes for whoever writes the text

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def read_po(path: Path) -> tuple[list[Entry], dict[str, str]]:
    """The entries of a ``.po`` file and its header (``Plural-Forms`` and the like)."""
    entries: list[Entry] = []
    header: dict[str, str] = {}
    current: dict[str, object] = {}
    flags: list[str] = []
    comments: list[str] = []
    last: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal current, flags, comments
        if "msgid" in current:
            strs = current.get("msgstr") or {}
            assert isinstance(strs, dict)
            texts = [strs[i] for i in sorted(strs)]
            msgid = str(current["msgid"])
            if msgid == "" and current.get("msgctxt") is None:
                for line in (texts[0] if texts else "").splitlines():
                    name, _, value = line.partition(":")
                    if name.strip():
                        header[name.strip()] = value.strip()
            else:
                entries.append(Entry(msgid, texts, current.get("msgctxt"),  # type: ignore[arg-type]
                                     current.get("msgid_plural"), flags, comments))  # type: ignore[arg-type]
        current, flags, comments = {}, [], []

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if "msgid" in current and current.get("msgstr"):
                finish()
            if line.startswith("#,"):
                flags += [f.strip() for f in line[2:].split(",") if f.strip()]
            elif line.startswith("#."):
                comments.append(line[2:].strip())
            continue
        if line.startswith('"'):
            if last is None:
                raise ValueError(f"{path}:{number}: a string without a keyword")
            _append(current, last, _unquote(line, path, number))
            continue
        keyword, _, rest = line.partition(" ")
        index: int | None = None
        if keyword.startswith("msgstr["):
            index, keyword = int(keyword[7:-1]), "msgstr"
        elif keyword == "msgstr":
            index = 0
        if keyword in ("msgctxt", "msgid") and current.get("msgstr"):
            finish()
        if keyword not in ("msgctxt", "msgid", "msgid_plural", "msgstr"):
            raise ValueError(f"{path}:{number}: unknown keyword {keyword!r}")
        last = (keyword, index)
        if keyword == "msgstr":
            current.setdefault("msgstr", {})
        _append(current, last, _unquote(rest.strip(), path, number), start=True)
    finish()
    return entries, header


def _unquote(text: str, path: Path, number: int) -> str:
    if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"{path}:{number}: expected a quoted string")
    return str(ast.literal_eval(text))  # the .po escapes (\n \t \" \\) are Python's


def _append(current: dict[str, object], where: tuple[str, int | None], text: str, start: bool = False) -> None:
    keyword, index = where
    if keyword == "msgstr":
        strs = current["msgstr"]
        assert isinstance(strs, dict) and index is not None
        strs[index] = ("" if start else strs.get(index, "")) + text
    else:
        current[keyword] = ("" if start else str(current.get(keyword, ""))) + text


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _po_string(keyword: str, text: str, width: int = 116) -> list[str]:
    """A keyword and its string; long texts split over lines at spaces, the way msgcat does."""
    if len(keyword) + len(text) + 3 <= width:
        return [f"{keyword} {_quote(text)}"]
    lines, piece = [f'{keyword} ""'], ""
    for word in text.split(" "):
        candidate = word if not piece else piece + " " + word
        if piece and len(_quote(candidate + " ")) > width:
            lines.append(_quote(piece + " "))
            piece = word
        else:
            piece = candidate
    lines.append(_quote(piece))
    return lines


def write_po(path: Path, entries: list[Entry], lang: str) -> None:
    """The catalogue of one language, with its header; entries in the order given."""
    out = ['# edtrainer: the texts of the core, the documents and the command line.',
           '# Edit this file (and the other language\'s), then run the tests: see README, "Adding a text".',
           'msgid ""', 'msgstr ""', '"Project-Id-Version: edtrainer\\n"', f'"Language: {lang}\\n"',
           '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
           '"Content-Transfer-Encoding: 8bit\\n"', f'"Plural-Forms: {PLURAL_FORMS[lang]}\\n"', '']
    for e in entries:
        out += entry_lines(e)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


def entry_lines(e: Entry) -> list[str]:
    """One entry as the ``.po`` file writes it, with the empty line after it."""
    out = [f"#. {c}" for c in e.comments]
    if e.flags:
        out.append("#, " + ", ".join(e.flags))
    if e.context is not None:
        out += _po_string("msgctxt", e.context)
    out += _po_string("msgid", e.msgid)
    if e.plural_id is not None:
        out += _po_string("msgid_plural", e.plural_id)
        for i, s in enumerate(e.strs):
            out += _po_string(f"msgstr[{i}]", s)
    else:
        out += _po_string("msgstr", e.strs[0] if e.strs else "")
    out.append("")
    return out


def write_mo(path: Path, entries: list[Entry], header: dict[str, str]) -> None:
    """A GNU ``.mo`` file (the layout ``gettext.GNUTranslations`` reads). Empty texts are left out, as
    msgfmt does, so a missing text falls back instead of showing nothing."""
    pairs: dict[bytes, bytes] = {b"": "".join(f"{k}: {v}\n" for k, v in header.items()).encode()}
    for e in entries:
        if not e.strs or not all(e.strs) or "fuzzy" in e.flags:
            continue
        msgid = (e.context + "\x04" if e.context is not None else "") + e.msgid
        if e.plural_id is not None:
            msgid += "\x00" + e.plural_id
        pairs[msgid.encode()] = "\x00".join(e.strs).encode()
    keys = sorted(pairs)
    ids = strs = b""
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(pairs[k])))
        ids += k + b"\x00"
        strs += pairs[k] + b"\x00"
    start = 7 * 4 + 16 * len(keys)  # header, then two tables of (length, offset)
    id_table, str_table = [], []
    for id_off, id_len, str_off, str_len in offsets:
        id_table += [id_len, start + id_off]
        str_table += [str_len, start + len(ids) + str_off]
    data = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    data += struct.pack(f"{len(id_table)}i", *id_table) + struct.pack(f"{len(str_table)}i", *str_table)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Under a temporary name, then renamed: another process (a test worker, a running app) may be reading it.
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        part.write_bytes(data + ids + strs)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def po_path(root: Path, lang: str) -> Path:
    return root / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(root: Path, lang: str) -> Path:
    return root / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def fresh(source: Path, target: Path, *, compare_times: bool = True) -> bool:
    """Whether every language's ``.mo`` in ``target`` exists and (``compare_times``) is newer than its ``.po``."""
    for lang in LANGUAGES:
        mo = mo_path(target, lang)
        if not mo.exists() or (compare_times and mo.stat().st_mtime < po_path(source, lang).stat().st_mtime):
            return False
    return True


def compile_all(source: Path, target: Path) -> list[Path]:
    """Compile each language's ``.po`` under ``source`` (``resources/locale``) into ``target``."""
    written = []
    for lang in LANGUAGES:
        entries, header = read_po(po_path(source, lang))
        write_mo(mo_path(target, lang), entries, header)
        written.append(mo_path(target, lang))
    return written

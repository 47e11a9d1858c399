"""The text catalogue (resources/locale/*/LC_MESSAGES/edtrainer.po) and the GUI's Dutch (edtrainer_nl.ts):
every text the code asks for is there in both languages, with the same placeholders, nothing empty or
unfinished, and no bracket plural ('cursist(en)') anywhere: a missing text fails here, not in front of a user.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from edtrainer import _mo
from edtrainer.cli import import_, parser
from edtrainer.core import backups, i18n, models
from edtrainer.core.services import exports, privacy

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TS = ROOT / "resources" / "translations" / "edtrainer_nl.ts"
BRACKET_PLURAL = re.compile(r"\w\((s|en|ën|e?s|n|'s|y/ies)\)", re.IGNORECASE)

CATALOGUE = {lang: {e.key: e for e in _mo.read_po(_mo.po_path(LOCALE, lang))[0]} for lang in _mo.LANGUAGES}
ERRORS = {"EdtrainerError", "ValidationError", "NotFoundError", "ConflictError", "StaleError", "DatabaseError",
          "DamagedError", "RetryError", "FileError"}
# Texts asked for with a key made at run time: each family's values, from the model's enumerations.
STATUSES = [e.value for enum in (models.AttendanceStatus, models.CertificateStatus, models.CohortStatus,
                                 models.EnrolmentStatus, models.EvaluationKind, models.PlacementStatus,
                                 models.ResultStatus) for e in enum]
FAMILIES: dict[tuple[str | None, str], list[str]] = {
    ("word", "kind_"): [e.value for e in models.CertificateKind],
    ("word", "org_"): [e.value for e in models.OrganisationKind],
    ("word", "audit_"): ["create", "update", "delete", "view", "export", "print", "erase", "restore", "encrypt",
                         "decrypt"],
    ("word", "role_"): ["coordinator", "trainer", "other"],
    ("certificate", "assessment_"): [e.value for e in models.AssessmentKind if e.value != "none"],
    ("certificate", "subject_"): [e.value for e in models.CertificateKind],
    ("certificate", ""): [e.value for e in models.CertificateKind],  # the title: t[d.kind]
    ("report", ""): [e.value for e in models.EvaluationKind],        # w[kind] for midterm, final
    ("export_key", ""): list(privacy.EXPORT_KEYS),                   # explained in each export file
    ("cli.backup_reason", ""): list(backups.REASONS),                # edtrainer db backups: why each was made
    ("cli.import_help", ""): list(import_.KINDS),                    # edtrainer import KIND: h[kind]
    ("cli.lists_help", "export_"): list(exports.KINDS),              # edtrainer export KIND
    ("cli.lists_headers", ""): ["planned", "held", "cancelled"],     # a session's state in 'sessions list'
    ("date", "month_"): [str(n) for n in range(1, 13)],              # formats.words(): 'januari'
    ("date", "month_short_"): [str(n) for n in range(1, 13)],        # 'jan'
    ("date", "weekday_"): [str(n) for n in range(1, 8)],             # 'ma', Monday first
}
PERCENT = re.compile(r"%\((\w+)\)")  # argparse's placeholders: '%(default)s' in a help text, '%(prog)s' in its own


def placeholders(text: str) -> set[str]:
    return {re.split(r"[.\[]", name)[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def percent_placeholders(texts: list[str]) -> set[str]:
    return {name for t in texts for name in PERCENT.findall(t)}


def test_both_languages_have_the_same_entries_complete() -> None:
    nl, en = CATALOGUE["nl"], CATALOGUE["en"]
    assert sorted(set(nl) ^ set(en), key=str) == []
    problems = []
    for key, entry in nl.items():
        other = en[key]
        if (entry.plural_id is None) != (other.plural_id is None):
            problems.append((key, "plural in one language only"))
        for lang, e in (("nl", entry), ("en", other)):
            if not e.strs or not all(s.strip() for s in e.strs) or "fuzzy" in e.flags:
                problems.append((key, f"empty or fuzzy in {lang}"))
        if set().union(*map(placeholders, entry.strs)) != set().union(*map(placeholders, other.strs)):
            problems.append((key, "different placeholders"))
        nl_percent, en_percent = percent_placeholders(entry.strs), percent_placeholders(other.strs)
        # argparse's own words may leave one out in Dutch ('invalid %(type)s value' -> 'ongeldige waarde'),
        # never add one argparse does not give; elsewhere both languages have the same.
        if not (nl_percent <= en_percent if key[0] == "cli.argparse" else nl_percent == en_percent):
            problems.append((key, "different %(name) placeholders"))
        if entry.plural_id is not None and any("{count}" not in s for s in entry.strs[1:] + other.strs[1:]):
            problems.append((key, "a plural form without {count}"))
    assert problems == []


def test_no_bracket_plurals_in_the_catalogue_or_the_gui() -> None:
    """'1 bijeenkomst', '3 bijeenkomsten': never 'bijeenkomst(en)', 'urenregel(s)' or 'backup(s)'."""
    found = [(lang, key) for lang, entries in CATALOGUE.items() for key, e in entries.items()
             for s in e.strs if BRACKET_PLURAL.search(s)]
    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        texts = [source] + ([translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
                            if translation is not None else [])
        found += [("ts", t) for t in texts if BRACKET_PLURAL.search(t)]
    assert found == []
    assert BRACKET_PLURAL.search("cursist(en)") and BRACKET_PLURAL.search("urenregel(s)")  # the pattern bites


def test_the_dutch_gui_translation_is_complete() -> None:
    root = ET.parse(TS).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [n.text for n in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
                missing.append((context.findtext("name"), message.findtext("source")))
    assert missing == []


def test_the_compiled_catalogue_reads_the_same_as_msgfmt_would() -> None:
    """Our .mo writer against the standard library's reader: every entry, plural forms and contexts."""
    for lang in _mo.LANGUAGES:
        mo = i18n.locale_dir() / lang / "LC_MESSAGES" / "edtrainer.mo"
        with open(mo, "rb") as f:
            gnu = gettext.GNUTranslations(f)
        for (context, msgid), e in CATALOGUE[lang].items():
            full = msgid if context is None else f"{context}\x04{msgid}"
            if e.plural_id is None:
                assert gnu.gettext(full) == e.strs[0], (lang, full)
            else:
                assert [gnu.ngettext(full, full, n) for n in (1, 2)] == e.strs, (lang, full)


# --- the keys the code asks for ---------------------------------------------------------------------

def _strings(node: ast.AST) -> list[str] | None:
    """The literal strings an argument can be ('a' if x else 'b' gives both); None if it is made at run time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _strings(node.body), _strings(node.orelse)
        return None if a is None or b is None else a + b
    return None


def _family(node: ast.AST) -> tuple[str, str] | None:
    """f'kind_{x}' -> ('kind_', ''); f'{kind}_certificate' -> ('', '_certificate')."""
    if not isinstance(node, ast.JoinedStr) or len(node.values) > 3:
        return None
    parts = node.values
    prefix = parts[0].value if isinstance(parts[0], ast.Constant) else ""
    suffix = parts[-1].value if isinstance(parts[-1], ast.Constant) and len(parts) > 1 else ""
    return str(prefix), str(suffix)


REBOUND: list[tuple[str, str]] = []


def used_keys() -> tuple[set[tuple[str | None, str]], set[tuple[str | None, str, str]]]:
    """(context, key) of every literal text the code asks for, and (context, prefix, suffix) of families."""
    keys: set[tuple[str | None, str]] = set()
    families: set[tuple[str | None, str, str]] = set()
    for path in sorted((ROOT / "edtrainer").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sections: dict[str, str] = {}  # a local name bound to i18n.section("ctx", ...)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.NamedExpr):
                value = node.value
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if isinstance(value, ast.Tuple) and isinstance(targets[0], ast.Tuple):
                    pairs = list(zip(targets[0].elts, value.elts, strict=False))
                else:
                    pairs = [(targets[0], value)]
                for target, v in pairs:
                    if (isinstance(target, ast.Name) and isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute)
                            and v.func.attr == "section" and v.args and isinstance(v.args[0], ast.Constant)):
                        if sections.get(target.id, v.args[0].value) != v.args[0].value:
                            REBOUND.append((path.name, target.id))
                        sections[target.id] = v.args[0].value
        for node in ast.walk(tree):
            context: str | None = "?"
            arg: ast.AST | None = None
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
                if owner == "i18n" and name in ("text", "plural", "template", "has"):
                    context = None if name != "has" or len(node.args) < 2 else ast.literal_eval(node.args[1])
                elif owner == "i18n" and name == "word":
                    context = "word"
                elif owner in sections and name == "plural":
                    context = sections[owner]
                elif name in ERRORS:
                    context = None
                    for kw in node.keywords:  # field="name" is shown as the word for it
                        if kw.arg == "field" and isinstance(kw.value, ast.Constant) and kw.value.value:
                            keys.add(("word", kw.value.value))
                if context != "?" and node.args:
                    arg = node.args[0]
            elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in sections:
                context, arg = sections[node.value.id], node.slice
            elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call)
                  and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "section"):
                context, arg = ast.literal_eval(node.value.args[0]), node.slice
            if arg is None or context == "?":
                continue
            literal = _strings(arg)
            if literal is not None:
                keys.update((context, k) for k in literal)
            elif (family := _family(arg)) is not None:
                families.add((context, *family))
    return keys, families


KEYS, FAMILIES_USED = used_keys()


def test_the_scan_finds_what_the_code_asks_for() -> None:
    """The walk above sees the ways texts are asked for (else the next test would pass on nothing)."""
    assert (None, "required") in KEYS                   # ValidationError("required", field=...)
    assert ("word", "date_from") in KEYS                # ... field="date_from"
    assert (None, "retention_erased") in KEYS           # i18n.plural
    assert ("report", "page") in KEYS                   # w = i18n.section("report", ...); w["page"]
    assert ("certificate", "note_url") in KEYS
    assert ("register_note", "finished") in KEYS
    assert ("word", "kind_", "") in FAMILIES_USED
    assert ("cli.help", "version") in KEYS            # h = i18n.section("cli.help", lang); help=h["version"]
    assert ("cli.headers", "attendance") in KEYS      # hd = i18n.section("cli.headers", lang)
    assert ("cli.documents_help", "doc_lang") in KEYS  # i18n.section("cli.documents_help", lang)["doc_lang"]
    assert len(KEYS) > 700
    assert REBOUND == []  # a name bound to two sections in one module would hide the keys of one of them


def test_every_text_the_code_asks_for_is_in_the_catalogue() -> None:
    have = set(CATALOGUE["nl"])
    missing = sorted((k for k in KEYS if k not in have), key=str)
    assert missing == []


def test_every_command_has_its_help_in_the_catalogue() -> None:
    """The command line's list of commands names each one's help by section and key (not seen by the walk)."""
    missing = [(context, key) for _module, context, key, _described in parser.COMMANDS.values()
               if (context, key) not in CATALOGUE["nl"]]
    assert missing == []
    assert ("cli.db_help", "demo") in {(c, k) for _m, c, k, _d in parser.COMMANDS.values()}


def test_every_text_of_the_command_line_is_used() -> None:
    """The command line's sections hold no text that nothing asks for (a renamed key leaves one behind)."""
    used = KEYS | {(c, k) for _m, c, k, _d in parser.COMMANDS.values()} \
        | {(c, p + v) for (c, p), values in FAMILIES.items() for v in values}
    unused = [(c, k) for c, k in CATALOGUE["nl"] if c and c.startswith("cli.") and c != "cli.argparse"
              and (c, k) not in used]
    assert unused == []


def test_argparse_words_are_argparse_own() -> None:
    """cli.argparse is keyed by the English argparse asks for: a key it no longer asks for would leave
    that text English in the Dutch help, silently; the English entry is the key itself."""
    source = inspect.getsource(argparse)
    entries = {msgid: e for (context, msgid), e in CATALOGUE["en"].items() if context == "cli.argparse"}
    assert len(entries) >= 10
    assert [m for m in entries if repr(m)[1:-1] not in source] == []
    assert [m for m, e in entries.items() if e.strs != [m]] == []


@pytest.mark.parametrize(("context", "prefix"), sorted(FAMILIES, key=str))
def test_every_text_of_a_family_is_in_the_catalogue(context: str, prefix: str) -> None:
    missing = [v for v in FAMILIES[context, prefix] if (context, prefix + v) not in CATALOGUE["nl"]]
    assert missing == []


def test_a_family_the_code_makes_has_texts() -> None:
    """f'funder_{key}': at least one text of that shape exists in the context asked (renamed families)."""
    have = set(CATALOGUE["nl"])
    lost = [(c, p, s) for c, p, s in FAMILIES_USED
            if not any(ctx == c and k.startswith(p) and k.endswith(s) and k != p + s for ctx, k in have)]
    assert lost == []


def test_a_missing_text_is_logged_and_shown_as_its_key(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("ERROR", logger="edtrainer.core.i18n"):
        assert i18n.text("no_such_text_here", "en") == "no_such_text_here"
        assert i18n.section("report", "nl")["no_such_word"] == "no_such_word"
    assert "no_such_text_here" in caplog.text and "report|no_such_word" in caplog.text


def test_plural_forms_by_count() -> None:
    assert i18n.text("todo_hours", "nl", trainee="Zoë", count=1, hours="8", date="1-12") \
        .startswith("Zoë: 1 urenregel van 8 uur wacht")
    assert i18n.text("todo_hours", "nl", trainee="Zoë", count=3, hours="8", date="1-12") \
        .startswith("Zoë: 3 urenregels, samen 8 uur, wachten")
    assert "2 reservekopieën" in i18n.text("erase_backups", "nl", count=2, period="p", folder="f", until="u")
    assert i18n.section("report", "en").plural("modules_to_come", 1) == "1 module still to come."
    assert i18n.section("report", "nl").plural("modules_to_come", 0) == "Nog 0 modules te volgen."

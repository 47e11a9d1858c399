"""Fold a hand-made table of texts into the catalogue (resources/locale/*/LC_MESSAGES/edtrainer.po).

    python scripts/fold_table.py MODULE NAME [--context CTX] [--flat LANG] [--locale DIR]

MODULE.NAME is a dict in either shape: ``{key: {"nl": ..., "en": ...}}`` or ``{"nl": {key: ...}, "en":
{key: ...}}`` (a value may also be a tuple ``(nl, en)``). With ``--flat nl`` it is ``{text: dutch}``, a
table keyed by the English text itself (such as argparse's own words): the English text is the key and
the English entry. Each key becomes an entry (with ``msgctxt CTX`` when given) in both languages; a pair
``key_one``/``key_other`` becomes one plural entry ``key``. A key already in the catalogue stops the
script (nothing written) unless its texts are the same. The new entries are added at the end of each file,
which is otherwise left as it is. Then remove the table from the module and read
the texts with ``i18n.text`` / ``i18n.word`` / ``i18n.section(CTX, lang)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edtrainer import _mo  # noqa: E402

LOCALE = ROOT / "resources" / "locale"


def by_key(table: dict) -> dict[str, dict[str, str]]:
    if set(table) <= set(_mo.LANGUAGES):
        keys = list(dict.fromkeys(k for lang in _mo.LANGUAGES for k in table[lang]))
        return {k: {lang: table[lang][k] for lang in _mo.LANGUAGES if k in table[lang]} for k in keys}
    return {k: (dict(zip(_mo.LANGUAGES, v, strict=True)) if isinstance(v, tuple) else v) for k, v in table.items()}


def entries_for(table: dict, context: str | None, flat: str | None = None) -> dict[str, list[_mo.Entry]]:
    rows = {k: {flat: v, **{lang: k for lang in _mo.LANGUAGES if lang != flat}} for k, v in table.items()} \
        if flat else by_key(table)
    out: dict[str, list[_mo.Entry]] = {lang: [] for lang in _mo.LANGUAGES}
    for key, texts in rows.items():
        if key.endswith("_other") and key[:-6] + "_one" in rows:
            continue
        plural = key.endswith("_one") and key[:-4] + "_other" in rows
        base = key[:-4] if plural else key
        for lang in _mo.LANGUAGES:
            if plural:
                strs = [rows[base + "_one"].get(lang, ""), rows[base + "_other"].get(lang, "")]
            else:
                strs = [texts.get(lang, "")]
            out[lang].append(_mo.Entry(base, strs, context, base if plural else None))
    return out


def fold(table: dict, context: str | None, flat: str | None = None, locale: Path = LOCALE) -> int:
    new = entries_for(table, context, flat)
    added = {}
    for lang in _mo.LANGUAGES:
        path = _mo.po_path(locale, lang)
        have = {e.key: e for e in (_mo.read_po(path)[0] if path.exists() else [])}
        for e in new[lang]:
            old = have.get(e.key)
            if old is not None and (old.strs != e.strs or old.plural_id != e.plural_id):
                raise SystemExit(f"{lang}: {e.key} is in the catalogue already with other texts")
        added[lang] = [e for e in new[lang] if e.key not in have]
    for lang in _mo.LANGUAGES:
        path = _mo.po_path(locale, lang)
        if not path.exists():
            _mo.write_po(path, added[lang], lang)
        elif added[lang]:  # appended: the entries written by hand keep their lines (no needless diff)
            text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
            path.write_text(text + "\n".join(line for e in added[lang] for line in _mo.entry_lines(e)),
                            encoding="utf-8")
    return len(new["nl"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("module")
    parser.add_argument("name")
    parser.add_argument("--context")
    parser.add_argument("--flat", choices=_mo.LANGUAGES, help="the table is {English text: text in this language}")
    parser.add_argument("--locale", type=Path, default=LOCALE, help="the catalogue's folder (default: %(default)s)")
    args = parser.parse_args()
    table = getattr(importlib.import_module(args.module), args.name)
    print(f"{fold(table, args.context, args.flat, args.locale)} entries folded into {args.locale}")


if __name__ == "__main__":
    main()

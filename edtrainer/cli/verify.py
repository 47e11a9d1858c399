"""``verify``: is a PDF of edtrainer genuine, unaltered and valid; with the database, or offline with the
organisation's certificate (and the published page for a code)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edtrainer.cli.inputs import read
from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, EXIT_USER, print_json, say
from edtrainer.core import i18n
from edtrainer.core.errors import FileError, ValidationError


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.documents_help", lang)
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", help=h["file"])
    parser.add_argument("--code", help=h["code"])
    parser.add_argument("--trust", type=Path, action="append", metavar="CERT.pem", help=h["trust"])
    parser.add_argument("--page", type=Path, metavar="index.html", help=h["page"])
    parser.add_argument("--name", help=h["name"])
    parser.add_argument("--json", action="store_true", help=h["json"])


def cmd_verify(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import certificates

    if (args.file is None) == (args.code is None):
        raise ValidationError("required", field="file")
    if args.page is not None and not args.trust:  # the page is only as good as the key it is checked with
        raise ValidationError("page_needs_trust", field="file")
    if args.code is not None and args.trust:
        return _verify_code_offline(args, lang)
    if not args.trust and not _has_database(args):  # an employer without edtrainer's database: say what helps
        raise ValidationError("verify_needs_trust", field="file")
    if args.file is not None:
        pdf = read(args.file)
        if not pdf.startswith(b"%PDF"):
            raise FileError("not_a_pdf", path=str(args.file))
    if args.trust:
        return _verify_offline(args, pdf, lang)
    db = open_db(args)
    try:
        with db.uow() as uow:
            if args.code is not None:
                result = certificates.verify_code(uow, code=args.code, lang=lang)
            else:
                result = certificates.verify_pdf(uow, pdf=pdf, lang=lang)
            uow.commit()
    finally:
        db.dispose()
    lines = result.lines(lang)
    if args.json:
        print_json({"ok": result.ok, "problems": [p.code for p in result.problems], "messages": lines,
                    "certificate": result.certificate.as_dict() if result.certificate else None})
    else:
        say("\n".join(lines))
    return EXIT_OK if result.ok else EXIT_USER


def _verify_offline(args: argparse.Namespace, pdf: bytes, lang: str) -> int:
    """Without a database: only the signature, its coverage, the key and the code (no register)."""
    from edtrainer.core.services.certificates import Verification, signed_by
    from edtrainer.documents import signing
    from edtrainer.documents.verify import Problem, check_pdf

    trusted = []
    for path in args.trust:
        try:
            trusted.append(signing.load_certificate(read(path)))
        except signing.SigningError as exc:
            raise ValidationError(exc.code, field="file") from None
    check = check_pdf(pdf, trusted)
    notes = []
    if check.signer_subject:
        notes.append(signed_by(check, lang))
    if check.code_valid:
        notes.append(Problem("verify_code_ok"))
    if check.ok:  # genuine and unaltered, but whether it was revoked or replaced only the register can say
        notes.append(Problem("verify_register_not_checked"))
    result = Verification(ok=check.ok, problems=check.problems, notes=notes, pdf=check)
    say("\n".join(result.lines(lang)))
    return EXIT_OK if result.ok else EXIT_USER


def _has_database(args: argparse.Namespace) -> bool:
    """Is there a database to check against (a server, or a SQLite file that exists)? ``verify`` never makes
    an empty one in someone's data folder."""
    from edtrainer.core.db import resolve_url

    url = resolve_url(args.database)
    return url.get_backend_name() != "sqlite" or Path(str(url.database)).exists()


def _verify_code_offline(args: argparse.Namespace, lang: str) -> int:
    """A code checked against the published page, with the organisation's certificate: no database."""
    from edtrainer.documents import signing
    from edtrainer.documents.verify_page import check_page

    page = _published_page(args.page, args.code)
    verdicts = []
    for path in args.trust:
        try:
            trusted = signing.load_certificate(read(path))
        except signing.SigningError as exc:
            raise ValidationError(exc.code, field="file") from None
        verdicts.append(check_page(page, args.code, trusted, name=args.name))
    # The page is signed by one key: the verdict of the trusted certificate that signed it, if any.
    result = next((v for v in verdicts if v.verdict != "forged"), verdicts[0])
    e = result.entry or {}
    day = _page_day(lang)
    module = f" ({e['module']})" if e.get("module") else ""
    said = "page_mistyped" if result.mistyped else f"page_{result.verdict}"
    lines = [i18n.text(said, lang, what=i18n.word(f"kind_{e.get('kind', 'programme')}", lang),
                       number=e.get("number", ""), programme=e.get("programme", ""), module=module,
                       date=day(e.get("issued")), since=day(e.get("since")), new=e.get("replaced_by") or "?",
                       org=result.organisation, published=day(result.published))]
    if result.name_matches is not None:
        lines.append(i18n.text("page_name_yes" if result.name_matches else "page_name_no", lang, name=args.name))
    if args.json:
        print_json({"verdict": result.verdict, "certificate": result.entry and {
            k: v for k, v in result.entry.items() if k not in ("id", "name")}, "name_matches": result.name_matches,
            "messages": lines})
    else:
        say("\n".join(lines))
    return EXIT_OK if result.verdict == "valid" and result.name_matches is not False else EXIT_USER


def _published_page(page: Path | None, code: str) -> str:
    """The verification page: the file or folder given with --page, else the address the QR code holds
    ('https://…/#CODE': the page is fetched from there; its signature, not the connection, is what counts)."""
    if page is not None:
        return read(page / "index.html" if page.is_dir() else page).decode("utf-8", "replace")
    address = code.strip().split("#", 1)[0]
    if "#" not in code or not address.lower().startswith(("https://", "http://")):
        raise ValidationError("page_needed", field="file")
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(address, timeout=15) as response:  # noqa: S310 (http(s) only, checked above)
            return response.read(5_000_000).decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FileError("page_unreachable", path=address, reason=str(getattr(exc, "reason", exc))) from None


def _page_day(lang: str) -> Any:
    import datetime as dt

    def day(iso: str | None) -> str:
        if not iso:
            return ""
        d = dt.date.fromisoformat(iso[:10])
        return d.strftime("%d-%m-%Y") if lang == "nl" else d.isoformat()
    return day


COMMANDS = {"verify": cmd_verify}

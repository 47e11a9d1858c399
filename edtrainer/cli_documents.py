"""The document commands of the command line: keys, issuer, certificates, verify, report.

Kept beside ``cli.py`` (which registers them) so that the two grow without stepping on each other.
Same conventions: Dutch help first, one line on stderr and exit 1 for a problem with what was asked,
nothing written under the requested name unless everything before it succeeded.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from edtrainer.core import i18n
from edtrainer.core.errors import FileError, ValidationError

EXIT_OK, EXIT_USER = 0, 1

HELP = {
    "nl": {
        "keys": "ondertekeningssleutel van de organisatie", "keys_create": "nieuwe sleutel maken (EC P-256)",
        "keys_import": "sleutel importeren uit een PKCS#12-bestand (.p12/.pfx)", "keys_list": "sleutels tonen",
        "keys_cert": "het openbare certificaat opslaan (voor organisaties die certificaten controleren)",
        "keys_backup": "reservekopie van de sleutel als met wachtwoord beveiligd PKCS#12-bestand",
        "organisation": "naam van de organisatie", "replace": "vervang de actieve sleutel (de oude blijft "
                                                              "eerdere certificaten bevestigen)",
        "p12": "PKCS#12-bestand", "passphrase_file": "bestand met het wachtwoord van de sleutel (eerste regel); "
                                                     "anders EDTRAINER_KEY_PASSPHRASE of een vraag",
        "p12_password_file": "bestand met het wachtwoord van het PKCS#12-bestand (eerste regel); anders "
                             "EDTRAINER_P12_PASSWORD of een vraag",
        "issuer": "uitgever van certificaten: organisatie, plaats, ondertekenaars, nummerpatroon",
        "issuer_show": "uitgever tonen", "issuer_set": "uitgever instellen of wijzigen",
        "place": "plaats op certificaten", "pattern": "nummerpatroon, bijvoorbeeld '{code}-{year}-{seq:04}'",
        "logo": "logo (PNG of JPEG)", "no_logo": "logo verwijderen",
        "signatory": "ondertekenaar als 'Naam|Rol' of 'Naam|Rol|handtekening.png' (herhaalbaar, hoogstens 3; "
                     "vervangt de huidige)",
        "certificates": "certificaten uitreiken, herdrukken, intrekken, corrigeren; het register",
        "issue": "certificaten uitreiken aan een groep (alleen wie aan de eisen voldoet)",
        "kind": "soort: programme (certificaat), module (modulecertificaat) of participation (bewijs van deelname)",
        "module": "modulecode (bij --kind module)", "trainee": "alleen deze cursist (nummer)",
        "override": "reden om toch uit te reiken aan wie niet aan de eisen voldoet (alleen met --trainee)",
        "out_dir": "map waarin de PDF-bestanden komen", "doc_lang": "taal van het document (nl of en)",
        "reprint": "het uitgereikte PDF-bestand opnieuw opslaan (byte voor byte gelijk)",
        "number": "certificaatnummer", "out": "uitvoerbestand", "revoke": "certificaat intrekken",
        "reason": "reden", "reissue": "gecorrigeerd certificaat uitreiken dat het oude vervangt",
        "register": "het certificaatregister tonen of exporteren", "csv": "als CSV opslaan",
        "pdf": "als ondertekende PDF opslaan", "json": "uitvoer als JSON", "cohort": "groep (naam of nummer)",
        "verify": "controleer of een PDF van edtrainer echt en onveranderd is, en geldig volgens het register",
        "file": "PDF-bestand", "trust": "certificaat (PEM) van de organisatie: controleer zonder database",
        "code": "controlecode (van het papier of uit de QR-code) in plaats van een bestand",
        "page": "de gepubliceerde controlepagina (index.html of haar map): een code controleren zonder database, "
                "met --trust",
        "name": "de naam op het papier: vergelijk hem met de naam op het certificaat (met --page)",
        "verify_url": "adres van de gepubliceerde controlepagina (https); de QR-code opent het met de code. Leeg: "
                      "geen adres",
        "register_cmd": "het openbare register: de controlepagina maken",
        "funder": "de verantwoording voor de financier (gemeente): aantallen per groep over een periode, zonder "
                  "namen; kleine aantallen als '< 5'",
        "from": "eerste dag van de periode (JJJJ-MM-DD)", "to_date": "laatste dag van de periode (JJJJ-MM-DD)",
        "programme": "alleen deze opleiding (naam of code)",
        "address": "adres van de organisatie (straat en nummer; de plaats is --place), voor stageverslagen",
        "badge": "het certificaat als digitale badge (Open Badges 3.0, ondertekend als VC-JWT) voor de wallet van de "
                 "afgestudeerde",
        "public": "met --pdf: het register voor organisaties, zonder namen en zonder redenen (zonder --public: "
                  "vertrouwelijk, voor intern gebruik)",
        "publish": "de controlepagina schrijven: één bestand index.html met de status van elk certificaat, "
                   "ondertekend, zonder namen en zonder redenen; werkt zonder internet",
        "out_page": "map voor index.html (wordt gemaakt als de map erboven bestaat)",
        "report": "rapporten als PDF: stageverslag, presentielijst, voortgang",
        "placement": "stageverslag", "placement_id": "nummer van de stage",
        "trainee_id": "nummer van de cursist (zie 'trainees list')",
        "org_copy": "exemplaar voor de organisatie: zonder opmerkingen en contactgegevens van de cursist",
        "sign_in": "presentielijst van een bijeenkomst", "session_id": "nummer van de bijeenkomst",
        "date": "datum van de bijeenkomst (JJJJ-MM-DD)",
        "progress": "voortgangsrapportage van een groep, of voortgangsoverzicht van één cursist",
        "today": "rekendatum (JJJJ-MM-DD), standaard vandaag",
    },
    "en": {
        "keys": "the organisation's signing key", "keys_create": "create a new key (EC P-256)",
        "keys_import": "import a key from a PKCS#12 file (.p12/.pfx)", "keys_list": "list keys",
        "keys_cert": "save the public certificate (for organisations that check certificates)",
        "keys_backup": "back up the key as a password-protected PKCS#12 file",
        "organisation": "name of the organisation", "replace": "replace the active key (the old one keeps "
                                                              "confirming earlier certificates)",
        "p12": "PKCS#12 file", "passphrase_file": "file holding the key's passphrase (first line); else "
                                                  "EDTRAINER_KEY_PASSPHRASE or a prompt",
        "p12_password_file": "file holding the PKCS#12 file's password (first line); else EDTRAINER_P12_PASSWORD "
                             "or a prompt",
        "issuer": "issuer of certificates: organisation, place, signatories, number pattern",
        "issuer_show": "show the issuer", "issuer_set": "set or change the issuer",
        "place": "place printed on certificates", "pattern": "number pattern, for example '{code}-{year}-{seq:04}'",
        "logo": "logo (PNG or JPEG)", "no_logo": "remove the logo",
        "signatory": "signatory as 'Name|Role' or 'Name|Role|signature.png' (repeatable, at most 3; replaces the "
                     "current ones)",
        "certificates": "issue, reprint, revoke, correct certificates; the register",
        "issue": "issue certificates to a cohort (only to those who meet the requirements)",
        "kind": "kind: programme, module or participation (statement of participation)",
        "module": "module code (with --kind module)", "trainee": "only this trainee (number)",
        "override": "reason to issue anyway to someone who does not meet the requirements (only with --trainee)",
        "out_dir": "folder for the PDF files", "doc_lang": "language of the document (nl or en)",
        "reprint": "save the issued PDF again (byte for byte the same)",
        "number": "certificate number", "out": "output file", "revoke": "revoke a certificate",
        "reason": "reason", "reissue": "issue a corrected certificate that replaces the old one",
        "register": "show or export the certificate register", "csv": "save as CSV",
        "pdf": "save as signed PDF", "json": "output as JSON", "cohort": "cohort (name or number)",
        "verify": "check that an edtrainer PDF is genuine and unaltered, and valid according to the register",
        "file": "PDF file", "trust": "the organisation's certificate (PEM): check without a database",
        "code": "verification code (from the paper or the QR code) instead of a file",
        "page": "the published verification page (index.html or its folder): check a code without the database, "
                "with --trust",
        "name": "the name on the paper: compare it with the name on the certificate (with --page)",
        "verify_url": "address of the published verification page (https); the QR code opens it with the code. "
                      "Empty: no address",
        "register_cmd": "the public register: make the verification page",
        "funder": "the report for the funder (municipality): numbers per cohort over a period, no names; small "
                  "numbers as '< 5'",
        "from": "first day of the period (YYYY-MM-DD)", "to_date": "last day of the period (YYYY-MM-DD)",
        "programme": "only this programme (name or code)",
        "address": "the organisation's address (street and number; the place is --place), for placement reports",
        "badge": "the certificate as a digital badge (Open Badges 3.0, signed as a VC-JWT) for the graduate's "
                 "wallet",
        "public": "with --pdf: the register for organisations, without names and without reasons (without "
                  "--public: confidential, for internal use)",
        "publish": "write the verification page: one file index.html with the status of every certificate, "
                   "signed, without names and without reasons; works without the internet",
        "out_page": "folder for index.html (made when the folder above it exists)",
        "report": "reports as PDF: placement report, sign-in sheet, progress",
        "placement": "placement report", "placement_id": "number of the placement",
        "trainee_id": "number of the trainee (see 'trainees list')",
        "org_copy": "copy for the organisation: without remarks and the trainee's contact data",
        "sign_in": "sign-in sheet of a session", "session_id": "number of the session",
        "date": "date of the session (YYYY-MM-DD)",
        "progress": "progress report of a cohort, or progress statement of one trainee",
        "today": "date to compute for (YYYY-MM-DD), default today",
    },
}

HEADERS = {
    "nl": {"number": "Nummer", "kind": "Soort", "name": "Naam", "cohort": "Groep", "issued": "Uitgereikt",
           "status": "Status", "note": "Toelichting", "id": "Nr", "fingerprint": "Vingerafdruk",
           "subject": "Houder", "created": "Gemaakt", "active": "Actief", "yes": "ja", "no": "nee",
           "organisation": "Organisatie", "place": "Plaats", "pattern": "Nummerpatroon",
           "signatories": "Ondertekenaars",
           "logo": "Logo", "none": "(geen)", "verify_url": "Controlepagina"},
    "en": {"number": "Number", "kind": "Kind", "name": "Name", "cohort": "Cohort", "issued": "Issued",
           "status": "Status", "note": "Note", "id": "No", "fingerprint": "Fingerprint", "subject": "Holder",
           "created": "Created", "active": "Active", "yes": "yes", "no": "no", "organisation": "Organisation",
           "place": "Place", "pattern": "Number pattern", "signatories": "Signatories", "logo": "Logo",
           "none": "(none)", "verify_url": "Verification page"},
}


def add_parsers(sub: Any, lang: str) -> None:
    h = HELP.get(lang, HELP["nl"])

    def doc_lang(p: argparse.ArgumentParser) -> None:
        # SUPPRESS: given after the command it overrides the global --lang; not given, it leaves it alone.
        p.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=h["doc_lang"])

    def passphrase(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-file", type=Path, metavar="FILE", help=h["passphrase_file"])

    keys = sub.add_parser("keys", help=h["keys"], description=h["keys"])
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    kc = ksub.add_parser("create", help=h["keys_create"], description=h["keys_create"])
    kc.add_argument("--organisation", required=True, help=h["organisation"])
    kc.add_argument("--replace", action="store_true", help=h["replace"])
    passphrase(kc)
    ki = ksub.add_parser("import", help=h["keys_import"], description=h["keys_import"])
    ki.add_argument("p12", type=Path, metavar="FILE", help=h["p12"])
    ki.add_argument("--replace", action="store_true", help=h["replace"])
    ki.add_argument("--p12-password-file", type=Path, metavar="FILE", help=h["p12_password_file"])
    passphrase(ki)
    ksub.add_parser("list", help=h["keys_list"])
    kx = ksub.add_parser("export-certificate", help=h["keys_cert"], description=h["keys_cert"])
    kx.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
    kb = ksub.add_parser("backup", help=h["keys_backup"], description=h["keys_backup"])
    kb.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
    kb.add_argument("--p12-password-file", type=Path, metavar="FILE", help=h["p12_password_file"])
    passphrase(kb)

    issuer = sub.add_parser("issuer", help=h["issuer"], description=h["issuer"])
    isub = issuer.add_subparsers(dest="issuer_command", metavar="ACTION", required=True)
    isub.add_parser("show", help=h["issuer_show"])
    iset = isub.add_parser("set", help=h["issuer_set"], description=h["issuer_set"])
    iset.add_argument("--organisation", help=h["organisation"])
    iset.add_argument("--place", help=h["place"])
    iset.add_argument("--pattern", help=h["pattern"])
    logo = iset.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help=h["logo"])
    logo.add_argument("--no-logo", action="store_true", help=h["no_logo"])
    iset.add_argument("--signatory", action="append", metavar="NAAM|ROL[|PNG[|ROLE]]", help=h["signatory"])
    iset.add_argument("--verify-url", metavar="URL", help=h["verify_url"])
    iset.add_argument("--address", metavar="TEXT", help=h["address"])

    reg = sub.add_parser("register", help=h["register_cmd"], description=h["register_cmd"])
    rsub_ = reg.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    rpub = rsub_.add_parser("publish", help=h["publish"], description=h["publish"])
    rpub.add_argument("--out", required=True, type=Path, metavar="DIR", help=h["out_page"])
    passphrase(rpub)

    certs = sub.add_parser("certificates", help=h["certificates"], description=h["certificates"])
    csub = certs.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)
    ci = csub.add_parser("issue", help=h["issue"], description=h["issue"])
    ci.add_argument("--cohort", required=True, help=h["cohort"])
    ci.add_argument("--kind", choices=("programme", "module", "participation"), default="programme", help=h["kind"])
    ci.add_argument("--module", metavar="CODE", help=h["module"])
    ci.add_argument("--trainee", type=int, metavar="ID", help=h["trainee"])
    ci.add_argument("--override", metavar="REDEN", help=h["override"])
    ci.add_argument("--out", type=Path, metavar="DIR", help=h["out_dir"])
    ci.add_argument("--today", type=_iso_date, help=h["today"])
    doc_lang(ci)
    passphrase(ci)
    cr = csub.add_parser("reprint", help=h["reprint"], description=h["reprint"])
    cr.add_argument("number", help=h["number"])
    cr.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
    cv = csub.add_parser("revoke", help=h["revoke"], description=h["revoke"])
    cv.add_argument("number", help=h["number"])
    cv.add_argument("--reason", required=True, help=h["reason"])
    cx = csub.add_parser("reissue", help=h["reissue"], description=h["reissue"])
    cx.add_argument("number", help=h["number"])
    cx.add_argument("--reason", required=True, help=h["reason"])
    cx.add_argument("--out", type=Path, metavar="FILE", help=h["out"])
    doc_lang(cx)
    passphrase(cx)
    cb = csub.add_parser("badge", help=h["badge"], description=h["badge"])
    cb.add_argument("number", help=h["number"])
    cb.add_argument("--out", required=True, type=Path, metavar="FILE.jwt", help=h["out"])
    passphrase(cb)
    cg = csub.add_parser("register", help=h["register"], description=h["register"])
    cg.add_argument("--cohort", help=h["cohort"])
    fmt = cg.add_mutually_exclusive_group()
    fmt.add_argument("--csv", type=Path, metavar="FILE", help=h["csv"])
    fmt.add_argument("--pdf", type=Path, metavar="FILE", help=h["pdf"])
    fmt.add_argument("--json", action="store_true", help=h["json"])
    cg.add_argument("--public", action="store_true", help=h["public"])
    doc_lang(cg)
    passphrase(cg)

    ver = sub.add_parser("verify", help=h["verify"], description=h["verify"])
    ver.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", help=h["file"])
    ver.add_argument("--code", help=h["code"])
    ver.add_argument("--trust", type=Path, action="append", metavar="CERT.pem", help=h["trust"])
    ver.add_argument("--page", type=Path, metavar="index.html", help=h["page"])
    ver.add_argument("--name", help=h["name"])
    ver.add_argument("--json", action="store_true", help=h["json"])

    rep = sub.add_parser("report", help=h["report"], description=h["report"])
    rsub = rep.add_subparsers(dest="report_command", metavar="KIND", required=True)
    rp = rsub.add_parser("placement", help=h["placement"], description=h["placement"])
    which = rp.add_mutually_exclusive_group(required=True)
    which.add_argument("--placement", type=int, metavar="ID", help=h["placement_id"])
    which.add_argument("--trainee", type=int, metavar="ID", help=h["trainee_id"])
    rp.add_argument("--organisation-copy", action="store_true", help=h["org_copy"])
    rs = rsub.add_parser("sign-in", help=h["sign_in"], description=h["sign_in"])
    rs.add_argument("--session", type=int, metavar="ID", help=h["session_id"])
    rs.add_argument("--cohort", help=h["cohort"])
    rs.add_argument("--date", help=h["date"])
    rg = rsub.add_parser("progress", help=h["progress"], description=h["progress"])
    which = rg.add_mutually_exclusive_group(required=True)
    which.add_argument("--cohort", help=h["cohort"])
    which.add_argument("--trainee", type=int, metavar="ID", help=h["trainee_id"])
    for p in (rp, rs, rg):
        p.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
        p.add_argument("--today", type=_iso_date, help=h["today"])
        doc_lang(p)
    rf = rsub.add_parser("funder", help=h["funder"], description=h["funder"])
    rf.add_argument("--from", dest="start", required=True, type=_iso_date, metavar="DATE", help=h["from"])
    rf.add_argument("--to", dest="end", required=True, type=_iso_date, metavar="DATE", help=h["to_date"])
    rf.add_argument("--programme", help=h["programme"])
    rf.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx", help=h["out"])
    doc_lang(rf)


def _iso_date(text: str) -> Any:
    """A date as people type it: 2026-12-31, 31-12-2026 or 31-12-26."""
    from edtrainer.core import clock
    from edtrainer.core.services.importing import parse_date

    try:
        day = parse_date(text, today=clock.today())
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(i18n.text("bad_date_arg", value=text))
    return day


# --- helpers ----------------------------------------------------------------------------------------

def _open(args: argparse.Namespace) -> Any:
    from edtrainer.cli import _open as open_db

    return open_db(args)  # the same opening as every command: damage said, backup after a change


def _secret(path: Path | None, env: str, prompt: str, *, confirm: bool = False, missing: str) -> str:
    """A passphrase from a file (first line), the environment, or a prompt on a terminal."""
    if path is not None:
        try:
            lines = path.expanduser().read_text(encoding="utf-8").splitlines()  # also a pipe: <(echo …)
            return lines[0].strip() if lines else ""
        except FileNotFoundError:
            raise FileError("file_missing", path=str(path)) from None
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt + ": ")
        if confirm and getpass.getpass(prompt + " (2x): ") != first:
            raise ValidationError("wrong_passphrase", field="passphrase")
        return first
    raise ValidationError(missing, field="passphrase")


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _secret(getattr(args, "passphrase_file", None), "EDTRAINER_KEY_PASSPHRASE",
                   i18n.word("passphrase"), confirm=confirm, missing="passphrase_needed")


def _read(path: Path) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise FileError("file_missing", path=str(path)) from None


def _write(path: Path, data: bytes) -> Path:
    from edtrainer.core.files import write_private

    return write_private(path, data)


def _check_target(path: Path) -> None:
    """Refuse early, before anything is issued or logged, a file name that cannot be written."""
    target = path.expanduser().resolve()
    if not target.parent.is_dir():
        raise FileError("folder_missing", path=str(target.parent))
    if target.exists():
        raise FileError("file_exists", path=str(target))


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    from edtrainer.cli import _table as table

    return table(headers, rows)


def _date(value: Any, lang: str) -> str:
    from edtrainer.cli import _date as fmt

    return fmt(value, lang)


def _signer(uow: Any, args: argparse.Namespace) -> Any:
    from edtrainer.core.services import issuer, signing_keys

    configured = issuer.require_issuer(uow)
    if signing_keys.active_key_row(uow) is None:
        raise ValidationError("no_key", field="signing_key")
    return signing_keys.unlock(uow, passphrase=_passphrase(args), organisation=configured.organisation)


# --- commands ---------------------------------------------------------------------------------------

def cmd_keys(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import signing_keys
    from edtrainer.documents import signing

    hd = HEADERS[lang]
    if args.keys_command in ("create", "import"):
        if args.keys_command == "import":
            p12 = _read(args.p12)
            file_password = _secret(args.p12_password_file, "EDTRAINER_P12_PASSWORD", "PKCS#12",
                                    missing="p12_unreadable")
        db = _open(args)
        try:
            with db.uow() as uow:
                current = signing_keys.active_key_row(uow)
                if current is not None and not args.replace:  # before asking for a passphrase
                    raise ValidationError("key_exists", field="signing_key",
                                          fingerprint=signing.short_fingerprint(current.fingerprint))
                secret = _passphrase(args, confirm=True)
                if args.keys_command == "create":
                    info = signing_keys.create_key(uow, organisation=args.organisation, passphrase=secret,
                                                   replace=args.replace)
                else:
                    info = signing_keys.import_key(uow, p12=p12, file_password=file_password, passphrase=secret,
                                                   replace=args.replace)
                uow.commit()
        finally:
            db.dispose()
        print(i18n.text("key_created", lang, subject=info.subject, fingerprint=info.short_fingerprint))
        return EXIT_OK
    if args.keys_command in ("export-certificate", "backup"):
        _check_target(args.out)
        db = _open(args)
        try:
            with db.uow() as uow:
                if args.keys_command == "export-certificate":
                    data = signing_keys.public_certificate_pem(uow)
                else:
                    secret = _passphrase(args)
                    file_password = _secret(args.p12_password_file, "EDTRAINER_P12_PASSWORD", "PKCS#12",
                                            missing="p12_password_needed")
                    data = signing_keys.export_pkcs12(uow, passphrase=secret, file_password=file_password)
                path = _write(args.out, data)
                uow.commit()
        finally:
            db.dispose()
        print(i18n.text("written", lang, path=path))
        return EXIT_OK
    db = _open(args)
    try:
        with db.uow() as uow:
            keys = signing_keys.list_keys(uow)
    finally:
        db.dispose()
    if not keys:
        print(i18n.text("no_key", lang))
        return EXIT_OK
    print(_table([hd["id"], hd["subject"], hd["fingerprint"], hd["created"], hd["active"]],
                 [[k.id, k.subject, k.short_fingerprint, _date(k.created_at.date(), lang),
                   hd["yes"] if k.active else hd["no"]] for k in keys]))
    return EXIT_OK


def cmd_issuer(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import issuer

    hd = HEADERS[lang]
    db = _open(args)
    try:
        with db.uow() as uow:
            if args.issuer_command == "set":
                changes: dict[str, Any] = {}
                if args.organisation is not None:
                    changes["organisation"] = args.organisation
                if args.place is not None:
                    changes["place"] = args.place
                if args.pattern is not None:
                    changes["number_pattern"] = args.pattern
                if args.logo is not None:
                    changes["logo_png"] = _read(args.logo)
                if args.no_logo:
                    changes["logo_png"] = None
                if args.verify_url is not None:
                    changes["verify_url"] = args.verify_url.strip() or None
                if args.address is not None:
                    changes["address"] = args.address.strip() or None
                if args.signatory is not None:
                    people = []
                    for spec in args.signatory:
                        parts = [p.strip() for p in spec.split("|")]
                        if len(parts) not in (2, 3, 4):
                            raise ValidationError("invalid_choice", field="signatory", value=spec,
                                                  choices="Naam|Rol[|handtekening.png[|Role in English]]")
                        image = _read(Path(parts[2])) if len(parts) >= 3 and parts[2] else None
                        people.append(issuer.SignatoryInput(parts[0], parts[1], image,
                                                            parts[3] if len(parts) == 4 and parts[3] else None))
                    changes["signatories"] = people
                current: Any = issuer.update_issuer(uow, **changes)
                uow.commit()
                print(i18n.text("issuer_saved", lang))
            else:
                current = issuer.get_issuer(uow)
    finally:
        db.dispose()
    if current is None:
        print(i18n.text("issuer_missing", lang))
        return EXIT_OK
    names = "; ".join(f"{p.name} ({p.role})" for p in current.signatories) or hd["none"]
    for label, value in ((hd["organisation"], current.organisation),
                         (hd["place"], ", ".join(x for x in (current.address, current.place) if x)),
                         (hd["pattern"], current.number_pattern), (hd["signatories"], names),
                         (hd["logo"], hd["yes"] if current.logo_png else hd["none"]),
                         (hd["verify_url"], current.verify_url or hd["none"])):
        print(f"{label}: {value}")
    return EXIT_OK


def cmd_certificates(args: argparse.Namespace, lang: str) -> int:
    command = args.certificates_command
    if command == "issue":
        return _issue(args, lang)
    from edtrainer.core.services import certificates, cohorts

    db = _open(args)
    try:
        if command == "reprint":
            _check_target(args.out)
            with db.uow() as uow:
                pdf = certificates.reprint(uow, number=args.number)
                path = _write(args.out, pdf)
                uow.commit()
            print(i18n.text("written", lang, path=path))
        elif command == "badge":
            _check_target(args.out)
            with db.uow() as uow:
                token = certificates.badge(uow, number=args.number, signer=_signer(uow, args))
                path = _write(args.out, token.encode("ascii"))
                uow.commit()
            print(i18n.text("written", lang, path=path))
        elif command == "revoke":
            with db.uow() as uow:
                row = certificates.revoke(uow, number=args.number, reason=args.reason)
                uow.commit()
            print(i18n.text("revoked_done", lang, number=row.number))
            _page_after(db, None, lang)
        elif command == "reissue":
            if args.out is not None:
                _check_target(args.out)
            with db.uow() as uow:
                signer = _signer(uow, args)
                issued = certificates.reissue(uow, number=args.number, signer=signer, reason=args.reason,
                                              lang=args.lang)
                written = _write(args.out, issued.pdf) if args.out is not None else None
                uow.commit()
            print(i18n.text("reissued_done", lang, new=issued.number, old=args.number.upper()))
            if written:
                print(i18n.text("written", lang, path=written))
            _page_after(db, signer, lang)
        else:
            return _register(args, lang, db, certificates, cohorts)
    finally:
        db.dispose()
    return EXIT_OK


def _register(args: argparse.Namespace, lang: str, db: Any, certificates: Any, cohorts: Any) -> int:
    target = args.csv or args.pdf
    if target is not None:
        _check_target(target)
    with db.uow() as uow:
        cohort_id = cohorts.find_cohort(uow, args.cohort).id if args.cohort else None
        if args.csv:
            path = _write(args.csv, certificates.register_csv(uow, cohort_id=cohort_id, lang=lang))
        elif args.pdf:
            path = _write(args.pdf, certificates.register_pdf(uow, signer=_signer(uow, args), cohort_id=cohort_id,
                                                              lang=lang, public=args.public))
        else:
            rows = certificates.register(uow, cohort_id=cohort_id)
            path = None
        uow.commit()
    if path is not None:
        print(i18n.text("written", lang, path=path))
        return EXIT_OK
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(i18n.text("nothing_found", lang))
        return EXIT_OK
    hd = HEADERS[lang]
    print(_table([hd["number"], hd["kind"], hd["name"], hd["cohort"], hd["issued"], hd["status"], hd["note"]],
                 [[r.number, i18n.word(f"kind_{r.kind}", lang) + (f": {r.module}" if r.module else ""), r.trainee,
                   r.cohort, _date(r.issued_on, lang), i18n.word(r.status, lang),
                   certificates._register_note(r, lang)] for r in rows]))
    return EXIT_OK


def _issue(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy import select

    from edtrainer.core.models import Enrolment, Module
    from edtrainer.core.services import certificates, cohorts

    if args.out is not None:
        out = args.out.expanduser()
        if out.exists() and not out.is_dir():
            raise FileError("folder_missing", path=str(out))
        if not out.parent.is_dir():
            raise FileError("folder_missing", path=str(out.parent))
    if args.override and args.trainee is None:
        raise ValidationError("required", field="trainee")
    doc_lang = getattr(args, "lang", None) or lang
    db = _open(args)
    try:
        with db.uow() as uow:
            cohort = cohorts.find_cohort(uow, args.cohort)
            module_id = None
            if args.kind == "module":
                codes = {code: mid for code, mid in uow.session.execute(select(Module.code, Module.id).where(
                    Module.programme_id == cohort.programme_id).order_by(Module.position))}
                module_id = codes.get((args.module or "").strip().upper())
                if module_id is None:  # say which codes there are, so nobody has to look them up
                    raise ValidationError("module_choose", field="module", codes=", ".join(codes) or "—")
            signer = _signer(uow, args)
            from edtrainer.core.services import issuer as issuer_service

            verify_url = issuer_service.require_issuer(uow).verify_url
            enrolment_id = None
            if args.trainee is not None:
                enrolment_id = uow.session.scalar(select(Enrolment.id).where(
                    Enrolment.trainee_id == args.trainee, Enrolment.cohort_id == cohort.id))
                if enrolment_id is None:
                    raise ValidationError("not_found", field="trainee", what="@enrolment", key=args.trainee)
        if enrolment_id is not None:
            with db.uow() as uow:
                one = certificates.issue_certificate(uow, enrolment_id=enrolment_id, signer=signer, kind=args.kind,
                                                     module_id=module_id, lang=doc_lang, today=args.today,
                                                     override_reason=args.override)
                uow.commit()
            result = certificates.BatchResult(issued=[one])
        else:
            result = certificates.issue_for_cohort(db, cohort_id=cohort.id, signer=signer, kind=args.kind,
                                                   module_id=module_id, lang=doc_lang, today=args.today)
        if result.issued:
            _page_after(db, signer, lang)
    finally:
        db.dispose()
    if args.out is not None and result.issued:
        args.out.expanduser().mkdir(mode=0o700, exist_ok=True)  # a new folder is made, readable by you only
    for issued in result.issued:
        print(i18n.text("issued_one", lang, number=issued.number, trainee=issued.trainee))
        if args.out is not None:
            _write(args.out / f"{issued.number.replace('/', '-')}.pdf", issued.pdf)
    for skipped in result.skipped:
        print(i18n.text("skipped_one", lang, line=skipped.line))
    print(i18n.text("issue_summary", lang, issued=len(result.issued), skipped=len(result.skipped)))
    if result.issued and not verify_url:
        print(i18n.text("tip_verify_url", lang))
    return EXIT_OK


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
        pdf = _read(args.file)
        if not pdf.startswith(b"%PDF"):
            raise FileError("not_a_pdf", path=str(args.file))
    if args.trust:
        return _verify_offline(args, pdf, lang)
    db = _open(args)
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
        print(json.dumps({"ok": result.ok, "problems": [p.code for p in result.problems], "messages": lines,
                          "certificate": result.certificate.as_dict() if result.certificate else None},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))
    return EXIT_OK if result.ok else EXIT_USER


def _verify_offline(args: argparse.Namespace, pdf: bytes, lang: str) -> int:
    """Without a database: only the signature, its coverage, the key and the code (no register)."""
    from edtrainer.core.services.certificates import Verification, signed_by
    from edtrainer.documents import signing
    from edtrainer.documents.verify import Problem, check_pdf

    trusted = []
    for path in args.trust:
        try:
            trusted.append(signing.load_certificate(_read(path)))
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
    print("\n".join(result.lines(lang)))
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
            trusted = signing.load_certificate(_read(path))
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
        print(json.dumps({"verdict": result.verdict, "certificate": result.entry and {
            k: v for k, v in result.entry.items() if k not in ("id", "name")}, "name_matches": result.name_matches,
            "messages": lines}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))
    return EXIT_OK if result.verdict == "valid" and result.name_matches is not False else EXIT_USER


def _page_after(db: Any, signer: Any, lang: str) -> None:
    """After a certificate changed: when a folder for the verification page is set (Settings in the app, or the
    preferences), write it again (with the key already unlocked), or say how to."""
    from edtrainer.core import preferences
    from edtrainer.core.services import certificates

    folder = preferences.load().verify_page_folder
    if not folder:
        return
    if signer is None:  # a revocation needs no key: say so rather than ask for a passphrase unasked
        print(i18n.text("page_republish", lang, folder=folder))
        return
    with db.uow() as uow:
        published = certificates.publish_page(uow, signer=signer, out_dir=folder)
        uow.commit()
    print(i18n.text("page_published", lang, path=published.path, count=published.count))


def _funder(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import funder, programmes

    doc_lang = getattr(args, "lang", None) or lang
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx"):
        raise FileError("funder_file_kind", path=str(args.out))
    db = _open(args)
    try:
        with db.uow() as uow:
            programme_id = programmes.find_programme(uow, args.programme).id if args.programme else None
            report = funder.funder_report(uow, start=args.start, end=args.end, programme_id=programme_id,
                                          lang=doc_lang)
            data = funder.render(uow, report, fmt=fmt, lang=doc_lang)
            from edtrainer.core.files import write_private

            path = write_private(args.out, data, overwrite=True)
            uow.commit()
    finally:
        db.dispose()
    print(i18n.text("funder_written", lang, path=path, count=len(report.cohorts)))
    return EXIT_OK


def _published_page(page: Path | None, code: str) -> str:
    """The verification page: the file or folder given with --page, else the address the QR code holds
    ('https://…/#CODE': the page is fetched from there; its signature, not the connection, is what counts)."""
    if page is not None:
        return _read(page / "index.html" if page.is_dir() else page).decode("utf-8", "replace")
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


def cmd_register(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import certificates

    db = _open(args)
    try:
        with db.uow(write=True) as uow:
            signer = _signer(uow, args)
            published = certificates.publish_page(uow, signer=signer, out_dir=args.out)
            uow.commit()
    finally:
        db.dispose()
    print(i18n.text("page_published", lang, path=published.path, count=published.count))
    if published.without_code:
        print(i18n.text("page_without_code", lang, count=published.without_code))
    from edtrainer.core import preferences

    prefs = preferences.load()
    if prefs.verify_page_folder != str(published.path.parent):  # remembered, as the app does
        prefs.verify_page_folder = str(published.path.parent)
        preferences.save(prefs)
        print(i18n.text("page_remembered", lang))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import cohorts, reports

    if args.report_command == "funder":
        return _funder(args, lang)
    _check_target(args.out)
    doc_lang = getattr(args, "lang", None) or lang
    db = _open(args)
    try:
        with db.uow() as uow:
            if args.report_command == "placement":
                placement_id = args.placement or reports.latest_placement(uow, trainee_id=args.trainee).id
                pdf = reports.placement_report(uow, placement_id=placement_id, lang=doc_lang, today=args.today,
                                               organisation_copy=args.organisation_copy)
            elif args.report_command == "sign-in":
                if args.session is not None:
                    session_id = args.session
                else:
                    if not args.cohort or not args.date:
                        raise ValidationError("required", field="session")
                    cohort = cohorts.find_cohort(uow, args.cohort)
                    session_id = reports.find_session(uow, cohort_id=cohort.id, date=args.date).id
                pdf = reports.sign_in_sheet(uow, session_id=session_id, lang=doc_lang)
            elif args.cohort:
                cohort = cohorts.find_cohort(uow, args.cohort)
                pdf = reports.cohort_progress_report(uow, cohort_id=cohort.id, lang=doc_lang, today=args.today)
            else:
                enrolment = reports.current_enrolment(uow, trainee_id=args.trainee)
                pdf = reports.trainee_progress_statement(uow, enrolment_id=enrolment.id, lang=doc_lang,
                                                         today=args.today)
            path = _write(args.out, pdf)
            uow.commit()
    finally:
        db.dispose()
    print(i18n.text("written", lang, path=path))
    return EXIT_OK


COMMANDS = {"keys": cmd_keys, "issuer": cmd_issuer, "certificates": cmd_certificates, "verify": cmd_verify,
            "report": cmd_report, "register": cmd_register}

"""The organisation's signing key and the issuer of certificates: ``keys …``, ``issuer show|set``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from edtrainer.cli.inputs import check_target, passphrase_option, read, write
from edtrainer.cli.inputs import secret as read_secret
from edtrainer.cli.opening import open_db
from edtrainer.cli.output import EXIT_OK, date, say, table
from edtrainer.core import i18n
from edtrainer.core.errors import ValidationError


def add_arguments(command: str, parser: argparse.ArgumentParser, lang: str) -> None:
    h = i18n.section("cli.documents_help", lang)
    if command == "keys":
        ksub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
        kc = ksub.add_parser("create", help=h["keys_create"], description=h["keys_create"])
        kc.add_argument("--organisation", required=True, help=h["organisation"])
        kc.add_argument("--replace", action="store_true", help=h["replace"])
        passphrase_option(kc, lang)
        ki = ksub.add_parser("import", help=h["keys_import"], description=h["keys_import"])
        ki.add_argument("p12", type=Path, metavar="FILE", help=h["p12"])
        ki.add_argument("--replace", action="store_true", help=h["replace"])
        ki.add_argument("--p12-password-file", type=Path, metavar="FILE", help=h["p12_password_file"])
        passphrase_option(ki, lang)
        ksub.add_parser("list", help=h["keys_list"])
        kx = ksub.add_parser("export-certificate", help=h["keys_cert"], description=h["keys_cert"])
        kx.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
        kb = ksub.add_parser("backup", help=h["keys_backup"], description=h["keys_backup"])
        kb.add_argument("--out", required=True, type=Path, metavar="FILE", help=h["out"])
        kb.add_argument("--p12-password-file", type=Path, metavar="FILE", help=h["p12_password_file"])
        passphrase_option(kb, lang)
    else:
        isub = parser.add_subparsers(dest="issuer_command", metavar="ACTION", required=True)
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


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(getattr(args, "passphrase_file", None), "EDTRAINER_KEY_PASSPHRASE",
                   i18n.word("passphrase"), confirm=confirm, missing="passphrase_needed")


def unlock_signer(uow: Any, args: argparse.Namespace) -> Any:
    from edtrainer.core.services import issuer, signing_keys

    configured = issuer.require_issuer(uow)
    if signing_keys.active_key_row(uow) is None:
        raise ValidationError("no_key", field="signing_key")
    return signing_keys.unlock(uow, passphrase=_passphrase(args), organisation=configured.organisation)


def cmd_keys(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import signing_keys
    from edtrainer.documents import signing

    hd = i18n.section("cli.documents_headers", lang)
    if args.keys_command in ("create", "import"):
        if args.keys_command == "import":
            p12 = read(args.p12)
            file_password = read_secret(args.p12_password_file, "EDTRAINER_P12_PASSWORD", "PKCS#12",
                                    missing="p12_unreadable")
        db = open_db(args)
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
        say(i18n.text("key_created", lang, subject=info.subject, fingerprint=info.short_fingerprint))
        return EXIT_OK
    if args.keys_command in ("export-certificate", "backup"):
        check_target(args.out)
        db = open_db(args)
        try:
            with db.uow() as uow:
                if args.keys_command == "export-certificate":
                    data = signing_keys.public_certificate_pem(uow)
                else:
                    secret = _passphrase(args)
                    file_password = read_secret(args.p12_password_file, "EDTRAINER_P12_PASSWORD", "PKCS#12",
                                            missing="p12_password_needed")
                    data = signing_keys.export_pkcs12(uow, passphrase=secret, file_password=file_password)
                path = write(args.out, data)
                uow.commit()
        finally:
            db.dispose()
        say(i18n.text("written", lang, path=path))
        return EXIT_OK
    db = open_db(args)
    try:
        with db.uow() as uow:
            keys = signing_keys.list_keys(uow)
    finally:
        db.dispose()
    if not keys:
        say(i18n.text("no_key", lang))
        return EXIT_OK
    table([hd["id"], hd["subject"], hd["fingerprint"], hd["created"], hd["active"]],
          [[k.id, k.subject, k.short_fingerprint, date(k.created_at.date(), lang),
            hd["yes"] if k.active else hd["no"]] for k in keys])
    return EXIT_OK


def cmd_issuer(args: argparse.Namespace, lang: str) -> int:
    from edtrainer.core.services import issuer

    hd = i18n.section("cli.documents_headers", lang)
    db = open_db(args)
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
                    changes["logo_png"] = read(args.logo)
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
                        image = read(Path(parts[2])) if len(parts) >= 3 and parts[2] else None
                        people.append(issuer.SignatoryInput(parts[0], parts[1], image,
                                                            parts[3] if len(parts) == 4 and parts[3] else None))
                    changes["signatories"] = people
                current: Any = issuer.update_issuer(uow, **changes)
                uow.commit()
                say(i18n.text("issuer_saved", lang))
            else:
                current = issuer.get_issuer(uow)
    finally:
        db.dispose()
    if current is None:
        say(i18n.text("issuer_missing", lang))
        return EXIT_OK
    names = "; ".join(f"{p.name} ({p.role})" for p in current.signatories) or hd["none"]
    for label, value in ((hd["organisation"], current.organisation),
                         (hd["place"], ", ".join(x for x in (current.address, current.place) if x)),
                         (hd["pattern"], current.number_pattern), (hd["signatories"], names),
                         (hd["logo"], hd["yes"] if current.logo_png else hd["none"]),
                         (hd["verify_url"], current.verify_url or hd["none"])):
        say(f"{label}: {value}")
    return EXIT_OK


COMMANDS = {"keys": cmd_keys, "issuer": cmd_issuer}

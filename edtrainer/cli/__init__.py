"""The command line: ``edtrainer`` opens the desktop app; subcommands serve batch work.

Exit codes: 0 success, 1 a user error (one line on stderr, in the user's language), 2 wrong usage.

The package: ``app.py`` starts the desktop app (its start options too), ``parser.py`` reads the command line,
``opening.py`` opens the database for a command, ``inputs.py`` reads what the user hands over (dates,
passphrases, files), ``output.py`` prints everything; the help texts and column headers are the catalogue's
``cli.*`` sections (``i18n.section("cli.help", lang)``). One module per group of commands (``trainees``, ``db``,
``privacy``, ``keys``, ``certificates``, ``verify``, ``reports``, ``exchange``, ``import_``, ``lists``). The
modules import each other only downwards, never this one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from edtrainer.cli import app
from edtrainer.cli.output import EXIT_OK, EXIT_USER, problem, quiet_stdout
from edtrainer.core import i18n
from edtrainer.core.errors import EdtrainerError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app_args = app.app_only(argv)
    if app_args is not None:  # the app only: no parser built, the window as fast as Qt allows
        lang = app_args.lang or _lang(argv)
        i18n.set_language(lang)
        return app.cmd_app(app_args, lang)
    from edtrainer.cli import opening, parser

    lang = _lang(argv)
    parser.localise_argparse(lang)
    try:
        args = parser.build_parser(lang).parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exc.code or 0)
    lang = args.lang or lang
    i18n.set_language(lang)
    try:
        if args.command is None:
            code = app.cmd_app(args, lang)
        else:
            opening.unlock(args)
            code = parser.command_module(args.command).COMMANDS[args.command](args, lang)
        if code == EXIT_OK:
            opening.backup_after(lang)
        return code
    except EdtrainerError as exc:
        problem(exc.message(lang))
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # 'edtrainer … | head' stopped reading: not an error of ours
        quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # output could not be written (a full disk, /dev/full)
        problem(i18n.text("output_failed", lang, reason=i18n.os_reason(exc, lang)))
        return EXIT_USER
    finally:
        opening.forget()


def _lang(argv: list[str]) -> str:
    """The language asked for with --lang, else the default; ``nl`` for one edtrainer does not speak."""
    lang = i18n.default_language()
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1][:2].lower()
            break
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1][:2].lower()
            break
    return lang if lang in i18n.LANGUAGES else "nl"

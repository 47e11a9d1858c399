"""Everything the command line prints: messages, problems, tables, JSON, dates; and its exit codes.

The one output module of the command modules: standard output for results, one line on standard error
(``edtrainer: …``) for a problem, exit code 0 success, 1 a user error, 2 wrong usage.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Any

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


def say(text: str = "", *, end: str = "\n") -> None:
    """A result or a message, on standard output."""
    print(text, end=end)


def problem(text: str) -> None:
    """A problem with what was asked: one line on standard error, after the program's name."""
    print(f"edtrainer: {text}", file=sys.stderr)


def note(text: str) -> None:
    """A further line on standard error (the rows of a problem, a hint), without the program's name."""
    print(text, file=sys.stderr)


def date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()


def table(headers: list[str], rows: list[list[Any]]) -> None:
    """Columns aligned with spaces, a line of dashes under the headers."""
    say(_table(headers, rows))


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    import json

    say(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's own flush at exit stays silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass

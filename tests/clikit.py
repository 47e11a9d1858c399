"""Running the command line in a test, as a user types it: the exit code and what it printed."""

from __future__ import annotations

import pytest

from edtrainer.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``edtrainer ARGV``: exit code, standard output, standard error."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err

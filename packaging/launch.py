"""Entry point of the packaged desktop build: the same as the ``edtrainer`` command."""

from edtrainer.cli import main

raise SystemExit(main())

"""The active language of the core (Dutch first, English second).

A context variable, so work handed to another thread can carry the caller's language along
(``contextvars.copy_context``). Imported by ``i18n`` (the texts) and ``formats`` (dates and numbers).
"""

from __future__ import annotations

import os
from contextvars import ContextVar

LANGUAGES = ("nl", "en")
_language: ContextVar[str] = ContextVar("edtrainer_language", default="")


def default_language() -> str:
    env = os.environ.get("EDTRAINER_LANG", "").strip().lower()[:2]
    return env if env in LANGUAGES else "nl"


def get_language() -> str:
    return _language.get() or default_language()


def set_language(lang: str) -> None:
    lang = (lang or "").strip().lower()[:2]
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _language.set(lang)

"""Domain errors: each carries a message key and parameters, rendered in the user's language."""

from __future__ import annotations

import datetime as dt

from edtrainer.core import i18n


class EdtrainerError(Exception):
    """Base of every error a user may see. ``str(err)`` is one line in the active language."""

    def __init__(self, key: str, /, *, field: str | None = None, **params: object) -> None:
        self.key = key
        self.field = field
        if field and "field" not in params:
            params["field"] = "@" + field
        self.params = params
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        lang = lang or i18n.get_language()
        params = {k: (i18n.word(v[1:], lang) if isinstance(v, str) and v.startswith("@")
                      else i18n.format_date(v, lang) if isinstance(v, dt.date) else v)
                  for k, v in self.params.items()}
        msg = i18n.text(self.key, lang, **params)
        return msg[:1].upper() + msg[1:]

    def __str__(self) -> str:
        return self.message()


class ValidationError(EdtrainerError):
    """Input that breaks a rule. ``field`` names the model attribute, so a form can show it beside it."""


class NotFoundError(EdtrainerError):
    pass


class ConflictError(EdtrainerError):
    """Someone else changed the same record first (optimistic locking on a shared database)."""

    def __init__(self, key: str, /, *, current: dict | None = None, **params: object) -> None:
        super().__init__(key, **params)  # type: ignore[arg-type]  # no field: a conflict is about a record
        self.current = current or {}


class DatabaseError(EdtrainerError):
    """The database cannot be opened, reached, or used."""


class FileError(EdtrainerError):
    """A file cannot be written where the user asked."""

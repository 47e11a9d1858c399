"""Domain errors: each carries a message key and parameters, rendered in the user's language."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from edtrainer.core import formats, i18n


@runtime_checkable
class Localised(Protocol):
    """A message part that renders itself in a language (e.g. a list of reasons), so an error raised in one
    language context reads right in another."""

    def text(self, lang: str | None = None) -> str: ...


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
                      else formats.date_time(v, lang) if isinstance(v, dt.datetime)
                      else i18n.format_date(v, lang) if isinstance(v, dt.date)
                      else v.text(lang) if isinstance(v, Localised) else v)
                  for k, v in self.params.items()}
        msg = i18n.text(self.key, lang, **params)
        # A sentence starts with a capital, but a value at its start stays as it is: 'tekst.pdf is geen…'.
        template = i18n.template(self.key, lang)
        if template.startswith("{"):
            first = self.params.get(template[1:template.find("}")].split(":")[0].split("!")[0])
            if not (isinstance(first, str) and first.startswith("@")) and not isinstance(first, Localised):
                return msg
        return msg[:1].upper() + msg[1:]

    def text(self, lang: str | None = None) -> str:
        """The message, as a part of another message (see Localised)."""
        return self.message(lang)

    def __str__(self) -> str:
        return self.message()


class ValidationError(EdtrainerError):
    """Input that breaks a rule. ``field`` names the model attribute, so a form can show it beside it."""


class NeedsConfirmation(ValidationError):
    """Input that is possible but unlikely (a trainee of two, an enrolment a year before the cohort starts).

    The service saves it only when the caller passes this error's ``key`` in the service's ``confirmed``
    argument: the GUI asks the user, the command line needs ``--yes``. The message is a question."""


class NotFoundError(EdtrainerError):
    pass


class ConflictError(EdtrainerError):
    """Someone else changed the same record first (optimistic locking on a shared database)."""

    def __init__(self, key: str, /, *, current: dict | None = None, **params: object) -> None:
        super().__init__(key, **params)  # type: ignore[arg-type]  # no field: a conflict is about a record
        self.current = current or {}


class StaleError(ConflictError):
    """A row changed between reading and writing it within one unit of work (a race, not a form that is out
    of date: that is a plain ConflictError). Running the unit of work again reads the fresh row."""


class DatabaseError(EdtrainerError):
    """The database cannot be opened, reached, or used."""


class DamagedError(DatabaseError):
    """The database file (or a backup) is damaged: nothing may be written to it."""


class RetryError(DatabaseError):
    """A transaction lost a race on a shared database (deadlock, serialization, a row inserted meanwhile):
    running the whole unit of work again is safe and usually succeeds."""


class FileError(EdtrainerError):
    """A file cannot be written where the user asked."""

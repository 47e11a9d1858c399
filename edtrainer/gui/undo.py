"""Undo and redo of edits (Ctrl+Z / Ctrl+Y): attendance marks and field edits in forms.

A command is pushed after its change was saved, so its first ``redo`` does nothing; later undo and
redo go through the same services, with the record's version, so undoing never overwrites what
another coordinator saved meanwhile: that gives the usual conflict message and the step is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from edtrainer.core.errors import EdtrainerError
from edtrainer.gui.context import AppContext

Step = Callable[[], Callable[[Any], Any]]  # on the GUI thread: the unit-of-work function to run, e.g. with versions


class ServiceCommand(QUndoCommand):
    """Undo and redo as two service calls; each returns nothing or the changed record.

    ``do`` and ``undo`` are called on the GUI thread when the step is taken, and return the function that
    runs in the unit of work on the writer thread: what they read of the screen (the versions it shows) is
    read then, never from the writer thread.
    """

    def __init__(self, ctx: AppContext, text: str, *, do: Step, undo: Step,
                 source: object = None, after: Callable[[Any], None] | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._do = do
        self._undo = undo
        self.source = source
        self.after = after
        self._first = True

    def _run(self, step: Step) -> None:
        try:
            result = self.ctx.write(step(), source=self.source)
        except EdtrainerError as error:
            self.setObsolete(True)
            self.ctx.show_error(error, None)
            return
        if self.after is not None:
            self.after(result)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class FieldEditCommand(ServiceCommand):
    """A saved form: undo puts the old values back, redo the new ones, each time at the current version."""

    def __init__(self, ctx: AppContext, text: str, *, update: Callable[..., Any], old: dict[str, Any],
                 new: dict[str, Any], version: int | None,
                 after: Callable[[Any], None] | None = None) -> None:
        self.version = version
        self._update = update
        self._after_user = after
        super().__init__(ctx, text, do=lambda: self._step(new), undo=lambda: self._step(old), after=self._track)

    def _step(self, values: dict[str, Any]) -> Callable[[Any], Any]:
        version = self.version
        return lambda uow: self._update(uow, expected_version=version, **values)

    def _track(self, record: Any) -> None:
        self.version = getattr(record, "version", self.version)
        if self._after_user is not None:
            self._after_user(record)


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only what the user changed, as (old, new), so undo touches nothing else."""
    from edtrainer.gui import fmt

    keys = [k for k in new if k != "expected_version" and not fmt.plain_equal(old.get(k), new[k])]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}

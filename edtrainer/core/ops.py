"""What a user action changed, computed from what the unit of work wrote: never named by hand.

Every unit of work that commits tells the collectors open in its context which tables it wrote (the ORM's
flushed objects, and bulk statements). A caller that wants to know what an action changed runs it inside
:func:`collecting` and turns the tables into :class:`OpChanges`, whose ``areas`` are what screens show
("attendance", "placements", ...). Work in another thread reports to the collector of the context it was
started with (see ``contextvars.copy_context``), so a batch on a worker thread is seen as well.

Anki's ``CollectionOp``/``OpChanges`` is the model: the action returns its result together with its changes,
and each screen decides from the changes whether it must reload.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Generic, TypeVar

from edtrainer.core.areas import AREAS as AREAS
from edtrainer.core.areas import TABLE_AREAS as TABLE_AREAS

T = TypeVar("T")

_collectors: ContextVar[tuple[set[str], ...]] = ContextVar("edtrainer_op_collectors", default=())


@dataclass(frozen=True)
class OpChanges:
    """The tables an action wrote, and the areas of the screens that show them."""

    tables: frozenset[str] = frozenset()

    @property
    def areas(self) -> frozenset[str]:
        return frozenset(a for t in self.tables for a in TABLE_AREAS.get(t, ()))

    def __bool__(self) -> bool:
        return bool(self.areas)


@dataclass(frozen=True)
class Op(Generic[T]):
    """An action's result and what it changed."""

    result: T
    changes: OpChanges


@contextmanager
def collecting() -> Iterator[set[str]]:
    """Collect the tables written by every unit of work committed inside the block (also in nested blocks)."""
    seen: set[str] = set()
    token = _collectors.set((*_collectors.get(), seen))
    try:
        yield seen
    finally:
        _collectors.reset(token)


def committed(tables: Iterable[str]) -> None:
    """Called by the unit of work after a commit: tell every open collector."""
    names = set(tables)
    for seen in _collectors.get():
        seen.update(names)


def run(fn: Callable[[], T]) -> Op[T]:
    """``fn()`` with what it committed collected: ``Op(result, changes)``."""
    with collecting() as seen:
        result = fn()
    return Op(result, OpChanges(frozenset(seen)))


def changes_of(tables: Iterable[str]) -> OpChanges:
    return OpChanges(frozenset(tables))


"""The one clock: every "today" and "now" in edtrainer comes from here.

Services, the demo, the overview, the documents and the app ask this module, never ``date.today()`` or
``datetime.now()`` (a test in ``tests/test_clock.py`` checks the source). That lets a test, a demo made
"as of" a given day, or a whole test run set the date in one place:

    with clock.set_to(dt.datetime(2026, 12, 8, 10, 0)):
        ...                      # today() is 8 December 2026, and the clock runs on from 10:00

A set clock keeps running (it is an offset to the real clock), so timestamps still increase and a
unit of work that takes a second still takes a second. ``EDTRAINER_NOW`` (ISO 8601, local time when it
has no offset) sets it for a whole process, so tests can hand the same date to the command line they
start. "Today" is the local date of "now", so a day ends at local midnight, as the coordinator sees it.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_offset: dt.timedelta | None = None
_env_read = False


def _real_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _as_aware(moment: dt.datetime | dt.date) -> dt.datetime:
    if not isinstance(moment, dt.datetime):  # a date: ten in the morning, a normal working moment
        moment = dt.datetime.combine(moment, dt.time(10, 0))
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive means local time, as people give it
    return moment


def _from_environment() -> None:
    global _env_read, _offset
    with _lock:
        if _env_read:
            return
        _env_read = True
        raw = os.environ.get("EDTRAINER_NOW", "").strip()
        if raw and _offset is None:
            _offset = _as_aware(dt.datetime.fromisoformat(raw)) - _real_now()


def now() -> dt.datetime:
    """The present moment, timezone-aware in UTC (what the database stores)."""
    if not _env_read:
        _from_environment()
    offset = _offset
    return _real_now() + offset if offset is not None else _real_now()


def local_now() -> dt.datetime:
    """The present moment in the computer's time zone (for file names and what people read)."""
    return now().astimezone()


def today() -> dt.date:
    """The local date: the day the coordinator is living in."""
    return local_now().date()


def set_now(moment: dt.datetime | dt.date | None) -> None:
    """Let the clock run on from ``moment`` (a date means 10:00 that day); None puts it back to real time."""
    global _offset, _env_read
    with _lock:
        _env_read = True  # an explicit setting wins over the environment
        _offset = None if moment is None else _as_aware(moment) - _real_now()


def is_set() -> bool:
    if not _env_read:
        _from_environment()
    return _offset is not None


@contextmanager
def kept() -> Iterator[None]:
    """Whatever a block does to the clock, the setting from before comes back after it (and the clock
    has run on meanwhile: time never goes back)."""
    global _offset
    if not _env_read:
        _from_environment()
    with _lock:
        previous = _offset
    try:
        yield
    finally:
        with _lock:
            _offset = previous


@contextmanager
def set_to(moment: dt.datetime | dt.date) -> Iterator[None]:
    """The clock set to ``moment`` for the duration of a block; the previous setting comes back after it."""
    with kept():
        set_now(moment)
        yield

"""Logging access to personal data that changes nothing: viewing lists, exporting, printing."""

from __future__ import annotations

from typing import Any

from edtrainer.core import audit
from edtrainer.core.uow import UnitOfWork


def log_access(uow: UnitOfWork, *, action: str, entity: str, entity_id: int | None = None,
               **details: Any) -> None:
    """Record that personal data was viewed, exported or printed. The caller commits."""
    if action not in ("view", "export", "print"):
        raise ValueError(f"unknown access action {action!r}")
    audit.record(uow.session, action=action, entity=entity, entity_id=entity_id, details=details or None)

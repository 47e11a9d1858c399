"""Certificates of demo enrolments go with the demo (registered in ``demo.DEMO_CLEANUP``).

Kept apart from ``certificates`` so that removing the demo does not load the PDF and signing libraries.
"""

from __future__ import annotations

from sqlalchemy import delete, update

from edtrainer.core.models import Certificate
from edtrainer.core.uow import UnitOfWork


def remove_demo_certificates(uow: UnitOfWork, enrolment_ids: list[int], counts: dict[str, int]) -> None:
    if not enrolment_ids:
        return
    s = uow.session
    # A correction points at the certificate it replaces: unhook those first, then delete both.
    s.execute(update(Certificate).where(Certificate.enrolment_id.in_(enrolment_ids))
              .values(supersedes_id=None).execution_options(synchronize_session=False))
    result = s.execute(delete(Certificate).where(Certificate.enrolment_id.in_(enrolment_ids))
                       .execution_options(synchronize_session=False))
    counts["certificate"] = counts.get("certificate", 0) + int(getattr(result, "rowcount", 0) or 0)

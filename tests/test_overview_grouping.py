"""The Overview groups missing marks by their cause: one trainee missing alone at many sessions (an enrolment
date entered too early) is one line about them, not a line per session."""

from __future__ import annotations

from edtrainer.core.services import marks, overview
from edtrainer.core.services.marks import MarkChange

from factories import TODAY, make_world


def test_a_trainee_missing_alone_at_many_sessions_is_one_line_that_asks_about_the_enrolment_date(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=6)
    anja, noel, zoe, ijsbrand = w.enrolment_ids
    # Everyone is marked at the six sessions, except Zoë at the first five; at the last one both Zoë and
    # IJsbrand have no mark.
    wanted = [MarkChange(sid, eid, "present", 0) for i, sid in enumerate(w.session_ids)
              for eid in (anja, noel, zoe, ijsbrand) if not (eid == zoe or (i == 5 and eid == ijsbrand))]
    db.run(lambda uow: marks.set_marks(uow, wanted))
    with db.uow() as uow:
        items = [i for i in overview.action_items(uow, today=TODAY) if i.kind == "unrecorded"]
    texts = [i.text("nl") for i in items]
    assert len(items) == 2, texts
    alone = next(i for i in items if i.title_key == "todo_unrecorded_alone")
    assert alone.enrolment_id == zoe and alone.params["count"] == 5
    assert alone.text("nl").startswith("Zoë Kuipers: presentie niet ingevuld bij 5 bijeenkomsten (")
    assert "Klopt de inschrijfdatum" in alone.text("nl") and "enrolment date" in alone.text("en")
    session = next(i for i in items if i.title_key == "todo_unrecorded")
    assert session.session_id == w.session_ids[5] and session.params["count"] == 2


def test_a_trainee_missing_alone_at_two_sessions_stays_a_line_per_session(db) -> None:  # noqa: ANN001
    w = make_world(db, sessions_past=3)
    zoe = w.enrolment_ids[2]
    wanted = [MarkChange(sid, eid, "present", 0) for i, sid in enumerate(w.session_ids)
              for eid in w.enrolment_ids if not (eid == zoe and i < 2)]
    db.run(lambda uow: marks.set_marks(uow, wanted))
    with db.uow() as uow:
        items = [i for i in overview.action_items(uow, today=TODAY) if i.kind == "unrecorded"]
    assert [i.title_key for i in items] == ["todo_unrecorded", "todo_unrecorded"]

"""A BSN, an IBAN or a passport number is refused in free text however it is written; dates, phone numbers
and ordinary numbers pass."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edtrainer.core import identifiers
from edtrainer.core.errors import ValidationError
from edtrainer.core.services import _common as v
from edtrainer.core.services import placements, sessions, trainees

from factories import make_world

SEPARATORS = [" ", ".", ",", "-", "\u2013", "\u2014", "_", "/", "\u200b", ". ", " - ", "\u00a0"]


@st.composite
def bsns(draw: st.DrawFn) -> str:
    """A number that passes the elfproef (the check the real ones pass)."""
    first8 = [draw(st.integers(0, 9)) for _ in range(8)]
    total = sum(d * w for d, w in zip(first8, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
    last = total % 11
    if last == 10 or first8 == [0] * 8:
        return draw(bsns())
    return "".join(map(str, first8)) + str(last)


@st.composite
def written(draw: st.DrawFn, number: str) -> str:
    """The number as people write it: any separator between any digits."""
    out = [number[0]]
    for digit in number[1:]:
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(SEPARATORS)))
        out.append(digit)
    return "".join(out)


@given(data=st.data(), number=bsns())
# What is tested is finding the number, not how fast examples are drawn: on a busy machine (CI, a parallel
# suite) drawing the first example took over a second and Hypothesis gave up before testing anything.
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_a_bsn_is_found_however_it_is_written(data: st.DataObject, number: str) -> None:
    assert identifiers.is_bsn(number)
    text = data.draw(written(number))
    before = data.draw(st.sampled_from(["", "BSN ", "nummer: ", "doorgegeven aan de gemeente, "]))
    assert identifiers.contains_bsn(before + text + " (zie dossier)"), repr(text)
    if number.startswith("0"):  # written without its leading zero
        assert identifiers.contains_bsn(before + number[1:]), number[1:]


@pytest.mark.parametrize("text", ["111222333", "111_222_333", "111/222/333", "111,222,333", "111\u2013222\u2013333",
                                  "111. 222. 333", "111\u200b222333", "11122\u200d2333", "12345672"])
def test_the_variants_that_once_slipped_through(text: str) -> None:
    with pytest.raises(ValidationError, match="burgerservicenummer"):
        v.text(f"Gemeente vroeg naar {text}", "remark", max_len=200)


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       form=st.sampled_from(["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%-d-%-m-%Y"]))
def test_dates_are_not_taken_for_a_number(day: dt.date, form: str) -> None:
    assert identifiers.kind_in(f"afgemeld op {day.strftime(form)}") is None


@given(rest=st.text("0123456789", min_size=9, max_size=9), sep=st.sampled_from(["", " ", "-"]))
def test_phone_numbers_pass(rest: str, sep: str) -> None:
    assert identifiers.kind_in(f"bel 0{rest[:3]}{sep}{rest[3:]}") is None  # ten digits: a Dutch phone number


def test_an_iban_and_a_document_number() -> None:
    for text in ("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "iban nl91abna0417164300 graag"):
        with pytest.raises(ValidationError, match="IBAN"):
            v.text(text, "remark", max_len=200)
    assert identifiers.kind_in("NL91ABNA0417164301") is None, "a wrong check digit is no IBAN"
    for text in ("paspoort SPECI2014", "ID-kaart NS1234567"):
        with pytest.raises(ValidationError, match="paspoort"):
            v.text(text, "remark", max_len=200)
    assert identifiers.kind_in("Module COVID2019 en nummer123") is None


def test_every_kind_of_free_text_refuses_them(db) -> None:  # noqa: ANN001
    import datetime as dt_

    w = make_world(db, sessions_past=2)
    attempts = {
        "birth place": lambda uow: trainees.update_trainee(uow, trainee_id=w.trainee_ids[0],
                                                           birth_place="BSN 111.222.333"),
        "attendance remark": lambda uow: sessions.set_attendance(uow, session_id=w.session_ids[0],
                                                                 enrolment_id=w.enrolment_ids[0],
                                                                 status="present", remark="111 222 333"),
        "withdrawal reason": lambda uow: trainees.withdraw(uow, enrolment_id=w.enrolment_ids[1],
                                                           reason="rekening NL91ABNA0417164300"),
        "hour activity": lambda uow: placements.log_hours(
            uow, placement_id=placements.sign_agreement(uow, placement_id=placements.create_placement(
                uow, enrolment_id=w.enrolment_ids[2], organisation_id=w.organisation_id,
                planned_start=dt_.date(2026, 1, 1), planned_end=dt_.date(2026, 12, 31)).id,
                signed_on=dt_.date(2026, 1, 1)).id,
            date=dt_.date(2026, 2, 3), hours=4, activity="kopie paspoort SPECI2014"),
    }
    for name, attempt in attempts.items():
        with db.uow() as uow, pytest.raises(ValidationError):
            attempt(uow)
            pytest.fail(f"{name}: accepted")

"""Nonsense a coordinator once typed is refused (impossible) or asked about (unlikely), in plain words, and
nothing is stored until it is right or confirmed: a phone number 'twaalf', a trainee of two, an enrolment
before the trainee was born or long before the cohort starts, hours on a placement without an agreement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from clikit import run

from edtrainer.core.errors import NeedsConfirmation, ValidationError
from edtrainer.core.services import cohorts, placements, trainees

from factories import TODAY, make_world


@pytest.mark.parametrize("phone", ["twaalf", "12", "06-twaalf", "+31 (0)6 -- --"])
def test_a_phone_number_without_digits_is_refused(db, phone: str) -> None:  # noqa: ANN001
    with db.uow() as uow, pytest.raises(ValidationError) as caught:
        trainees.create_trainee(uow, given_names="Fenna", family_name="Berg", phone=phone)
    assert caught.value.key == "phone_invalid" and caught.value.field == "phone"
    assert "geen telefoonnummer" in caught.value.message("nl")
    assert "not a phone number" in caught.value.message("en")


@pytest.mark.parametrize("phone", ["06-12345678", "+31 598 123456", "0598 123456", "(050) 123 45 67"])
def test_phone_numbers_as_people_write_them_are_kept(db, phone: str) -> None:  # noqa: ANN001
    with db.uow() as uow:
        assert trainees.create_trainee(uow, given_names="Fenna", family_name="Berg", phone=phone).phone == phone


def test_a_two_year_old_trainee_is_asked_about_then_kept_when_confirmed(db) -> None:  # noqa: ANN001
    born = TODAY.replace(year=TODAY.year - 2)
    with db.uow() as uow:
        with pytest.raises(NeedsConfirmation) as caught:
            trainees.create_trainee(uow, given_names="Fenna", family_name="Berg", date_of_birth=born)
        assert caught.value.field == "date_of_birth" and "nog geen 16 jaar" in caught.value.message("nl")
        person = trainees.create_trainee(uow, given_names="Fenna", family_name="Berg", date_of_birth=born,
                                         confirmed=[caught.value.key])
        assert person.date_of_birth == born
        adult = trainees.create_trainee(uow, given_names="Kees", family_name="Bos",
                                        date_of_birth=dt.date(1984, 3, 7))
        with pytest.raises(NeedsConfirmation):
            trainees.update_trainee(uow, trainee_id=adult.id, date_of_birth=born)
        # Asked when the date changes, not again at every later edit of someone confirmed before.
        trainees.update_trainee(uow, trainee_id=person.id, email="fenna@example.org")


def test_an_enrolment_before_birth_is_refused_and_long_before_the_start_asked(db) -> None:  # noqa: ANN001
    w = make_world(db)
    with db.uow() as uow:
        start = cohorts.find_cohort(uow, w.cohort_id).start_date
        person = trainees.create_trainee(uow, given_names="Fenna", family_name="Berg",
                                         date_of_birth=dt.date(1990, 5, 1))
        with pytest.raises(ValidationError) as caught:
            trainees.enrol(uow, trainee_id=person.id, cohort_id=w.cohort_id, enrolled_on=dt.date(1989, 1, 1))
        assert not isinstance(caught.value, NeedsConfirmation)  # impossible: no way to confirm it
        assert caught.value.key == "enrolled_before_birth" and "vóór de geboortedatum" in caught.value.message("nl")
        long_before = start - dt.timedelta(days=3 * 365)
        with pytest.raises(NeedsConfirmation) as asked:
            trainees.enrol(uow, trainee_id=person.id, cohort_id=w.cohort_id, enrolled_on=long_before)
        assert "36 maanden vóór de start" in asked.value.message("nl")
        assert person.enrolments == []
        trainees.enrol(uow, trainee_id=person.id, cohort_id=w.cohort_id, enrolled_on=start - dt.timedelta(days=30))
        with pytest.raises(ValidationError, match="vóór de geboortedatum"):  # a birth date after the enrolment
            trainees.update_trainee(uow, trainee_id=person.id, date_of_birth=start)


def test_an_enrolment_long_before_the_start_is_kept_when_confirmed(db) -> None:  # noqa: ANN001
    w = make_world(db)
    with db.uow() as uow:
        start = cohorts.find_cohort(uow, w.cohort_id).start_date
        person = trainees.create_trainee(uow, given_names="Fenna", family_name="Berg")
        enrolment = trainees.enrol(uow, trainee_id=person.id, cohort_id=w.cohort_id,
                                   enrolled_on=start - dt.timedelta(days=400), confirmed=["enrolled_long_before"])
        assert enrolment.enrolled_on == start - dt.timedelta(days=400)


def test_hours_on_a_placement_without_a_signed_agreement_are_refused(db) -> None:  # noqa: ANN001
    w = make_world(db)
    with db.uow() as uow:
        start = TODAY - dt.timedelta(weeks=3)
        p = placements.create_placement(uow, enrolment_id=w.enrolment_ids[0], organisation_id=w.organisation_id,
                                        planned_start=start, planned_end=TODAY)
        with pytest.raises(ValidationError) as caught:
            placements.log_hours(uow, placement_id=p.id, date=start, hours=4, today=TODAY)
        assert caught.value.key == "hours_need_agreement" and "stageovereenkomst" in caught.value.message("nl")
        assert p.hour_entries == []
        placements.sign_agreement(uow, placement_id=p.id, signed_on=start, today=TODAY)
        assert placements.log_hours(uow, placement_id=p.id, date=start, hours=4, today=TODAY).minutes == 240


def test_an_import_refuses_a_toddler_and_a_phone_in_words_with_a_hint(db, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    url = str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)
    path = tmp_path / "lijst.csv"
    toddler = TODAY.replace(year=TODAY.year - 2).strftime("%d-%m-%Y")
    path.write_text("Voornamen;Achternaam;Geboortedatum;Telefoon\n"
                    "Fenna;Berg;07-03-1984;twaalf\n"
                    f"Kees;Bos;{toddler};06-12345678\n", encoding="utf-8")
    code, _out, err = run(capsys, "--database", url, "import", "trainees", str(path))
    assert code == 1 and "Er is niets opgeslagen" in err
    assert any(line.startswith("rij 2:") and "geen telefoonnummer" in line for line in err.splitlines())
    assert any(line.startswith("rij 3:") and "nog geen 16 jaar" in line and "los toe in de app" in line
               for line in err.splitlines())

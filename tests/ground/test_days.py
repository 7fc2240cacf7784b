"""What a day is called, everywhere it is shown: one set of words, from the label or the day's mark."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from models.ground.days import (
    day_mark,
    day_name,
    day_name_in_languages,
    day_with_date,
    day_with_long_date,
    default_label,
    event_days,
    number_of_mark,
)
from models.ground.entities import Day


def test_the_workshop_days_are_called_by_their_labels(demo_event):
    # GIVEN the reference workshop, whose days were labelled when it was created
    day_one, day_two = event_days(demo_event)
    # THEN every form of the name reads from the label
    assert [day_name(day_one), day_name(day_two)] == ["Day I", "Day II"]
    assert day_with_date(day_two) == "Day II — 10.06.2011"
    assert day_with_long_date(day_one) == "Day I · Thursday 9 June 2011"
    # AND a label that is the default one ("Day II", written when the day was made) is said in each language
    assert day_with_long_date(day_two, "sq") == "Dita II · e premte, 10 qershor 2011"
    assert day_name_in_languages(day_two, ["en", "sq"]) == "Day II / Dita II"
    # AND a label the organiser wrote is the same in every language; only the date is translated
    day_two.label = "Field visit"
    assert day_with_long_date(day_two, "sq") == "Field visit · e premte, 10 qershor 2011"
    assert day_name_in_languages(day_two, ["en", "sq"]) == "Field visit"


def test_a_day_without_a_label_is_called_as_a_new_day_would_be_labelled():
    # GIVEN a third day imported from a document that gave it no label
    day = Day(number=3, date=date(2011, 6, 11), label="")
    # THEN it has the name a new third day gets, in each working language
    assert day_name(day) == default_label(3) == "Day III"
    assert day_name(day, "sq") == "Dita III"
    assert day_name_in_languages(day, ["en", "sq"]) == "Day III / Dita III"
    # AND a language without words of its own falls back to English
    assert day_name(day, "fr") == "Day III"
    assert day_with_date(day) == "Day III — 11.06.2011"


@given(st.integers(min_value=1, max_value=10))
def test_the_first_ten_days_have_roman_marks_that_read_back(number):
    mark = day_mark(number)
    assert mark.isalpha() and mark.isupper()
    assert number_of_mark(mark) == number_of_mark(mark.lower()) == number


@given(st.integers(min_value=11, max_value=99))
def test_later_days_are_marked_by_their_number(number):
    assert day_mark(number) == str(number) and number_of_mark(day_mark(number)) is None


def test_words_that_are_no_mark_give_no_day():
    assert [number_of_mark(text) for text in ("", "day", "iiii", "dhe", "v ")] == [None] * 5

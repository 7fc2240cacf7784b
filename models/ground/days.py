"""The event's days: which there are, finding one by its number, and what each is called.

A day is called by its label (a new day is labelled "Day II"; the organiser may write
another), else by the same words the label would have had. The words are in DAY_NAME,
one entry per language, and nowhere else.
"""
from __future__ import annotations

from models.ground.dates import REFERENCE_LANGUAGE, long_date
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
DAY_NAME = {"en": "Day {mark}", "sq": "Dita {mark}"}


def event_days(event: Event) -> list[Day]:
    return list(Day.select().where(Day.event == event).order_by(Day.number))


def day_by_number(event: Event, number: int) -> Day:
    day = Day.get_or_none((Day.event == event) & (Day.number == number))
    if day is None:
        numbers = ", ".join(str(d.number) for d in event_days(event)) or "none"
        raise BelvedereError(translate("ground", "The event has no day {number} (its days are: {numbers}).")
                             .format(number=number, numbers=numbers))
    return day


def day_mark(number: int) -> str:
    """'II' for the second day; from the eleventh on, the number itself."""
    return ROMAN[number - 1] if 1 <= number <= len(ROMAN) else str(number)


def number_of_mark(text: str) -> int | None:
    """2 for 'II' or 'ii'; None for anything that is not a day's mark in Roman numerals."""
    upper = text.upper()
    return ROMAN.index(upper) + 1 if upper in ROMAN else None


def default_label(number: int, language: str = REFERENCE_LANGUAGE) -> str:
    """The label a new day gets: 'Day II'."""
    return DAY_NAME.get(language, DAY_NAME[REFERENCE_LANGUAGE]).format(mark=day_mark(number))


def day_name(day: Day, language: str = REFERENCE_LANGUAGE) -> str:
    """'Day II', or the label the organiser gave the day. A label that is the day's default in one language
    (a new day is labelled 'Day II') is its default in every language: 'Dita II' in Albanian."""
    if not day.label or day.label in {default_label(day.number, code) for code in DAY_NAME}:
        return default_label(day.number, language)
    return day.label


def day_name_in_languages(day: Day, languages: list[str]) -> str:
    """'Day II / Dita II' (a label the organiser wrote is one name in every language)."""
    return " / ".join(dict.fromkeys(day_name(day, language) for language in languages))


def day_with_date(day: Day, language: str = REFERENCE_LANGUAGE) -> str:
    """'Day II — 10.06.2011', for a list to choose a day from."""
    return f"{day_name(day, language)} — {day.date:%d.%m.%Y}"


def day_with_long_date(day: Day, language: str = REFERENCE_LANGUAGE) -> str:
    """'Day II · Friday 10 June 2011', for a heading."""
    return f"{day_name(day, language)} · {long_date(day.date, language)}"

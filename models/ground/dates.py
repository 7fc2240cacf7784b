"""Dates and numbers written for people, in a language: 'Thursday 9 June 2011', '9–10 June 2011',
'e enjte, 9 qershor 2011'; '1,500' and '1.5' in English, '1 500' and '1,5' in Albanian.

The one source of month and day names for the window, the commands and the printed words
(which pass the event's working languages). English is the reference; a language missing here
falls back to it. Times are venue time wherever they come from (models/ground/clock.py).
"""
from __future__ import annotations

from datetime import date

REFERENCE_LANGUAGE = "en"

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
           "nëntor", "dhjetor"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "sq": ["e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"],
}
LONG_DATE = {"en": "{weekday} {day} {month} {year}", "sq": "{weekday}, {day} {month} {year}"}
# The thousands separator and the decimal mark (Albanian groups thousands with a narrow no-break space).
NUMBER_MARKS = {"en": (",", "."), "sq": ("\u202f", ",")}


def known_language(language: str) -> str:
    """The language if its dates can be written, else the reference language."""
    return language if language in MONTHS else REFERENCE_LANGUAGE


def day_month_year(day: date, language: str = REFERENCE_LANGUAGE) -> str:
    return f"{day.day} {MONTHS[known_language(language)][day.month - 1]} {day.year}"


def long_date(day: date, language: str = REFERENCE_LANGUAGE) -> str:
    """'Thursday 9 June 2011'; 'e enjte, 9 qershor 2011'."""
    language = known_language(language)
    return LONG_DATE[language].format(weekday=WEEKDAYS[language][day.weekday()], day=day.day,
                                      month=MONTHS[language][day.month - 1], year=day.year)


def date_range(start: date, end: date, language: str = REFERENCE_LANGUAGE) -> str:
    """'9–10 June 2011', '30 June – 1 July 2011', '30 December 2011 – 2 January 2012'."""
    language = known_language(language)
    if start == end:
        return day_month_year(start, language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_month_year(end, language)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[language][start.month - 1]} – {day_month_year(end, language)}"
    return f"{day_month_year(start, language)} – {day_month_year(end, language)}"


def number(value: float, places: int = 0, language: str = REFERENCE_LANGUAGE) -> str:
    """'1,500' or '1.5' in English; '1 500' or '1,5' in Albanian."""
    thousands, decimal = NUMBER_MARKS[known_language(language)]
    written = f"{value:,.{places}f}"
    return written.replace(",", "\0").replace(".", decimal).replace("\0", thousands)

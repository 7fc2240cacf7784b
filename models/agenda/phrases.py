"""What the stage display says, in the event's working languages.

The display speaks to the room, not to the laptop's user, so its words follow the
event (English and Albanian for the reference workshop), not the interface language.
Every phrase is here, in one table, so a native speaker can check them in one
sitting. A language missing from a row falls back to English.
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "welcome": {"en": "Welcome", "sq": "Mirë se vini"},
    "registration_from": {"en": "Registration from {time}", "sq": "Regjistrimi nga ora {time}"},
    "opening_at": {"en": "Opening at {time}", "sq": "Hapja në orën {time}"},
    "start_at": {"en": "We start at {time}", "sq": "Fillojmë në orën {time}"},
    "opening_expected": {"en": "Opening expected at {time}", "sq": "Hapja pritet në orën {time}"},
    "start_expected": {"en": "Start expected at {time}", "sq": "Fillimi pritet në orën {time}"},
    "registered": {"en": "{arrived} of {expected} participants registered",
                   "sq": "{arrived} nga {expected} pjesëmarrës të regjistruar"},
    "coffee_break": {"en": "Coffee break", "sq": "Pushim kafeje"},
    "lunch": {"en": "Lunch", "sq": "Drekë"},
    "resume_at": {"en": "We resume at {time}", "sq": "Rifillojmë në orën {time}"},
    "take_seats": {"en": "Please take your seats", "sq": "Ju lutemi, zini vendet"},
    "starting_now": {"en": "Starting now", "sq": "Fillojmë tani"},
    "next": {"en": "Next", "sq": "Në vijim"},
    "session": {"en": "Session {number}", "sq": "Sesioni {number}"},
    "chair": {"en": "Chair", "sq": "Moderatori"},
    "paused": {"en": "Paused", "sq": "Në pauzë"},
    "end_of_day": {"en": "End of day {number}", "sq": "Fundi i ditës {number}"},
    "see_you_tomorrow": {"en": "See you tomorrow at {time}", "sq": "Shihemi nesër në orën {time}"},
    "see_you_on": {"en": "See you on {date} at {time}", "sq": "Shihemi më {date} në orën {time}"},
    "end_of_meeting": {"en": "End of the meeting", "sq": "Fundi i takimit"},
    "thank_you": {"en": "Thank you", "sq": "Faleminderit"},
    # The live view in the room's browsers: its agenda, and the band that says it lost the chair.
    "timer": {"en": "Timer", "sq": "Kohëmatësi"},
    "agenda": {"en": "Agenda", "sq": "Programi"},
    "planned": {"en": "Planned", "sq": "Planifikuar"},
    "actual": {"en": "Actual", "sq": "Realizuar"},
    "expected": {"en": "Expected", "sq": "Pritet"},
    "skipped": {"en": "skipped", "sq": "anashkaluar"},
    "runs_on_time": {"en": "The day runs on time", "sq": "Dita po shkon në kohë"},
    "runs_late": {"en": "The day runs {minutes} min late", "sq": "Dita po vonohet {minutes} min"},
    "runs_early": {"en": "The day runs {minutes} min early", "sq": "Dita po shkon {minutes} min para kohe"},
    "ends_at": {"en": "it ends at {time}", "sq": "përfundon në orën {time}"},
    "not_started": {"en": "Not started yet", "sq": "Ende pa filluar"},
    "connection_lost": {"en": "Connection lost since {time}", "sq": "Lidhja ka rënë që nga ora {time}"},
    "rehearsal": {"en": "Rehearsal", "sq": "Provë"},  # the corner tag while the chair rehearses the day
    # The chair's quick messages to the speaker.
    "five_minutes": {"en": "5 minutes", "sq": "Edhe 5 minuta"},
    "two_minutes": {"en": "2 minutes", "sq": "Edhe 2 minuta"},
    "wrap_up": {"en": "Please wrap up", "sq": "Ju lutemi, përmbyllni"},
    "questions": {"en": "Questions from the floor", "sq": "Pyetje nga salla"},
}

QUICK_MESSAGES = ("five_minutes", "two_minutes", "wrap_up", "questions")


def say(key: str, languages: tuple[str, ...] | list[str], **values) -> tuple[str, ...]:
    """The phrase in each working language, in order, without repeating an identical line."""
    row = PHRASES[key]
    lines: list[str] = []
    for language in languages or ("en",):
        line = row.get(language, row["en"]).format(**values)
        if line not in lines:
            lines.append(line)
    return tuple(lines)


def say_once(key: str, languages: tuple[str, ...] | list[str], separator: str = " · ", **values) -> str:
    """The phrase in every working language on one line: "Next · Në vijim"."""
    return separator.join(say(key, languages, **values))


def quick_message(key: str, languages: tuple[str, ...] | list[str]) -> str:
    """A quick message as stored in the run log and shown: one line per working language."""
    return "\n".join(say(key, languages))

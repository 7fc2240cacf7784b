"""What the desk shows and plays for a check-in result: one colour, a headline, the person, why."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication

from models.checkin.entities import CheckIn
from models.checkin.service import CheckInResult, Outcome, local_time, refusal_reason
from models.ground.days import day_name
from models.ground.entities import Day, Event
from models.ground.i18n import current_language
from models.ground.names import printable
from models.participants.entities import Participant

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name


class Tone(str, Enum):
    """The colour and the sound of an answer."""

    OK = "ok"
    WARN = "warn"
    REFUSED = "refused"
    NEUTRAL = "neutral"


class Offer(str, Enum):
    """A follow-up the answer offers with a button."""

    CHECK_IN_ANYWAY = "check-in-anyway"
    PRINT_BADGE = "print-badge"


@dataclass(frozen=True)
class Answer:
    tone: Tone
    headline: str
    name: str = ""
    lines: list[str] = field(default_factory=list)
    offers: tuple[Offer, ...] = ()
    participant: Participant | None = None
    practice: bool = False  # said in practice: the answer carries the band "Practice — nothing is recorded"


def namesake_line(participant: Participant) -> str:
    """For a name someone else has too: the number and the organisation that tell them apart."""
    number = translate("DeskAnswer", "No. %1").replace("%1", str(participant.number))
    return f"{number} · {participant.organisation}" if participant.organisation else number


def ready(practice: bool = False) -> Answer:
    return Answer(Tone.NEUTRAL, translate("DeskAnswer", "Ready"),
                  lines=[translate("DeskAnswer", "Scan a badge, or type a name or number.")], practice=practice)


def practice_started() -> Answer:
    return Answer(Tone.NEUTRAL, translate("DeskAnswer", "Practice"), lines=[
        translate("DeskAnswer", "Scans, search, walk-ins and undo answer as on the day, with the real participant list."),
        translate("DeskAnswer", "Nothing is recorded: no check-in, count, journal line or report changes.")],
        practice=True)


def practice_ended(day: Day) -> Answer:
    return Answer(Tone.NEUTRAL, translate("DeskAnswer", "Practice is over"), lines=[
        translate("DeskAnswer", "From now on every check-in is recorded for %1.")
        .replace("%1", day_name(day, current_language()))])


def answer_for(event: Event, result: CheckInResult, desk: str, walk_in: bool = False,
               shares_name: bool = False) -> Answer:
    """`shares_name`: someone else of the event has this person's name, so the answer tells them apart.

    A practice result gives the same answer, carrying the practice band (and no badge to print)."""
    return replace(_answer_for(event, result, desk, walk_in, shares_name), practice=result.practice)


def _answer_for(event: Event, result: CheckInResult, desk: str, walk_in: bool, shares_name: bool) -> Answer:
    person = result.participant
    name = person.full_name if person else ""
    comes_as = person.delegation_and_role() if person else ""
    details = [comes_as] if comes_as else []
    if person and shares_name:
        details.insert(0, namesake_line(person))
    if result.outcome is Outcome.CHECKED_IN:
        time = local_time(event, result.check_in.at)
        lines = details + [translate("DeskAnswer", "%1 · %2").replace("%1", day_name(result.day, current_language()))
                           .replace("%2", f"{time:%H:%M}")]
        if walk_in:
            registered = (translate("DeskAnswer", "Practice number %1: nobody was registered") if result.practice
                          else translate("DeskAnswer", "Registered as number %1"))
            lines.append(registered.replace("%1", str(person.number)))
        if result.journal_problem:
            lines.append(result.journal_problem)
        offers = (Offer.PRINT_BADGE,) if walk_in and not result.practice else ()  # no badge for a practice number
        return Answer(Tone.OK, translate("DeskAnswer", "Checked in"), name, lines, offers, person)
    if result.outcome is Outcome.ALREADY:
        return Answer(Tone.WARN, translate("DeskAnswer", "Already checked in"), name,
                      details + [since(event, result.check_in, desk)], participant=person)
    if result.outcome is Outcome.NOT_EXPECTED:
        headline = translate("DeskAnswer", "Not expected on %1").replace("%1", day_name(result.day, current_language()))
        return Answer(Tone.REFUSED, headline, name, details + [refusal_reason(result)],
                      (Offer.CHECK_IN_ANYWAY,), person)
    if result.outcome is Outcome.NOT_SAVED:
        return Answer(Tone.REFUSED, translate("DeskAnswer", "Not saved"), name, [result.problem], participant=person)
    reason = refusal_reason(result)
    if result.replaced_at:
        reason += " " + translate("DeskAnswer", "(The new badge was issued %1.)").replace(
            "%1", f"{local_time(event, result.replaced_at):%d.%m. %H:%M}")
    return Answer(Tone.REFUSED, translate("DeskAnswer", "Badge refused"), name, [reason], participant=person)


def since(event: Event, earlier: CheckIn | None, desk: str) -> str:
    if earlier is None:
        return translate("DeskAnswer", "Checked in earlier today.")
    where = translate("DeskAnswer", "this desk") if earlier.desk == desk else (
        printable(earlier.desk) or translate("DeskAnswer", "another desk"))
    return (translate("DeskAnswer", "Since %1 at %2").replace("%1", f"{local_time(event, earlier.at):%H:%M}")
            .replace("%2", where))


def undone(participant: Participant, reason: str, practice: bool = False) -> Answer:
    return Answer(Tone.NEUTRAL, translate("DeskAnswer", "Check-in undone"), participant.full_name,
                  [translate("DeskAnswer", "Reason: %1").replace("%1", reason)], participant=participant,
                  practice=practice)

"""Rebuilding a day from the journal: replaying its lines into the event file prepared before.

All or nothing: the journal is read and checked whole first (a file that is not a journal, or a
line that is not an entry, is refused with a sentence and nothing is written), then replayed in
one transaction. Replaying is idempotent: an entry the file already holds (or a later change of
the same person) is left alone, so a second rebuild adds nothing. An entry that cannot apply to
this file (a person or a day it does not have) is skipped and named in the report; the rest of the
day comes back.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import peewee

from models.agenda.entities import AgendaAction, AgendaItem
from models.checkin.entities import CheckIn
from models.event.editing import replay_move
from models.ground import audit, jsondata
from models.ground.audit import UNNAMED, Actor
from models.ground.commits import parse_instant
from models.ground.db import database, write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.entities import Delegation, Participant, Role
from models.participants.entries import (
    BADGES_PRINTED,
    CHANGES,
    REGISTERED,
    REMOVED,
    EntryError,
    column_values,
)

JOURNAL_LINE_START = '{"event":'  # how every line the journal writes begins


def _number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _instant(value) -> bool:
    try:
        parse_instant(value)
    except ValueError:
        return False
    return True


def _optional(check):
    return lambda value: value is None or check(value)


def _text(value) -> bool:
    return isinstance(value, str)


def _date(value) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _seconds(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


# What each kind of entry must carry, and what it may.
REQUIRED = {
    "checkin": {"number": _number, "day": _number, "at": _instant},
    "void": {"number": _number, "day": _number, "at": _instant, "voided_at": _instant},
    "action": {"day": _number, "action": _text, "at": _instant},
    "participant": {"number": _number, "change": lambda value: value in CHANGES, "at": _instant,
                    "columns": lambda value: isinstance(value, dict)},
    "event_moved": {"from": _date, "to": _date, "at": _instant},
}
OPTIONAL = {
    "checkin": {"desk": _text, "operator": _text, "method": _text, "badge_version": _optional(_number)},
    "void": {"reason": _text, "by": _text},
    "action": {"item": _optional(_number), "seconds": _optional(_number), "text": _text, "actor": _text,
               "wall": _optional(_instant), "monotonic": _optional(_seconds), "boot": _text},
    "participant": {},
    "event_moved": {},
}
KIND_NAMES = {"event_moved": "moves of the event", REGISTERED: "new participants", "checkin": "check-ins",
              "void": "undos", "participant": "participant changes",
              "action": "chair actions"}  # in the order a report lists them
ONE = {"moves of the event": "move of the event", "new participants": "new participant", "check-ins": "check-in",
       "undos": "undo", "participant changes": "participant change", "chair actions": "chair action",
       "entries": "entry"}


def counted(count: int, plural: str) -> str:
    return f"{count} {ONE[plural] if count == 1 else plural}"


@dataclass
class JournalLine:
    number: int
    entry: dict


@dataclass
class RebuildReport:
    added: Counter = field(default_factory=Counter)  # by kind, in KIND_NAMES' words
    present: int = 0  # already in the file
    undone: int = 0  # about someone removed later in the journal: the removal has the last word
    skipped: list[str] = field(default_factory=list)  # "line N: why"

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        kinds = ", ".join(counted(self.added[name], name) for name in KIND_NAMES.values() if self.added[name])
        text = f"{counted(self.total_added, 'entries')} added" + (f" ({kinds})" if kinds else "")
        text += f", {self.present} already in the file"
        if self.undone:
            text += f", {self.undone} about people removed later in the journal"
        if self.skipped:
            text += f", {len(self.skipped)} skipped:\n" + "\n".join(f"  {reason}" for reason in self.skipped)
        return text


# --- reading ------------------------------------------------------------------


def _problem_with(entry) -> str:
    """What makes a parsed line no journal entry, or ""."""
    if not isinstance(entry, dict):
        return "it is not an object"
    kind = entry.get("type")
    if kind not in REQUIRED:
        return f"its type {str(kind)[:30]!r} is not one the journal writes"
    if not _number(entry.get("event")):
        return "it names no event"
    for key, fits in REQUIRED[kind].items():
        if key not in entry:
            return f"'{key}' is missing"
        if not fits(entry[key]):
            return f"its '{key}' is {str(entry[key])[:40]!r}"
    for key, fits in OPTIONAL[kind].items():
        if key in entry and not fits(entry[key]):
            return f"its '{key}' is {str(entry[key])[:40]!r}"
    return ""


def _was_cut(line: str, number: int, last: int) -> bool:
    """A line the power cut short while it was written: the start of a journal line, never finished.
    It was never acknowledged, so it is left out."""
    started = line.startswith(JOURNAL_LINE_START) or JOURNAL_LINE_START.startswith(line)
    return started and (number == last or not line.rstrip().endswith("}"))


def read_journal(path: Path, cut: list[int] | None = None) -> list[JournalLine]:
    """The journal's entries, each checked; a sentence (BelvedereError) for a file that is not a journal.

    The numbers of lines cut short by a power cut are added to `cut`.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")  # a cut may split a letter
    except IsADirectoryError as error:
        raise BelvedereError(translate("event", "{path} is a folder. Choose the journal file in it "
                                                "(belvedere-journal-….jsonl).").format(path=path)) \
            from error
    except OSError as error:
        raise BelvedereError(translate("event", "The journal {path} cannot be read ({strerror}). Nothing was rebuilt.")
                             .format(path=path, strerror=error.strerror)) from error
    lines = text.splitlines()
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = jsondata.parse(line)
        except ValueError:
            if _was_cut(line, number, len(lines)):
                if cut is not None:
                    cut.append(number)
                continue
            raise BelvedereError(_not_a_journal(path, number, "it is not a journal line")) from None
        problem = _problem_with(entry)
        if problem:
            raise BelvedereError(_not_a_journal(path, number, problem))
        entries.append(JournalLine(number, entry))
    if not entries:
        raise BelvedereError(translate("event", "{name} holds no journal entries, so there is nothing to rebuild from. "
                                                "Choose the journal the desk wrote (belvedere-journal-….jsonl on the "
                                                "stick).").format(name=path.name))
    return entries


def _not_a_journal(path: Path, number: int, problem: str) -> str:
    return (f"{path.name} is not a Belvedere journal, or it is damaged: line {number} is no journal entry "
            f"({problem}). Nothing was rebuilt.")


# --- replaying ----------------------------------------------------------------


class _Skip(Exception):
    """This entry does not apply to this file; the message says why."""


ADDED, PRESENT, UNDONE = "added", "present", "undone"


def _removals(lines: list[JournalLine]) -> dict[int, list[datetime]]:
    """When each number was removed, as the journal tells it."""
    removed: dict[int, list[datetime]] = {}
    for line in lines:
        entry = line.entry
        if entry["type"] == "participant" and entry["change"] == REMOVED:
            removed.setdefault(entry["number"], []).append(parse_instant(entry["at"]))
    return removed


class _Replay:
    def __init__(self, event: Event, removals: dict[int, list[datetime]]):
        self.event = event
        self.removals = removals
        self.participants = {p.number: p for p in Participant.select().where(Participant.event == event)}
        self.days = {d.number: d for d in Day.select().where(Day.event == event)}
        self.delegations = {d.code: d for d in Delegation.select().where(Delegation.event == event)}
        self.roles = {r.key: r for r in Role.select().where(Role.event == event)}

    def participant(self, number: int) -> Participant:
        if number not in self.participants:
            raise _Skip(translate("event", "participant {number} is not in this event file (registered on a laptop "
                                           "whose journal is not this one, or by an earlier Belvedere that did not "
                                           "journal walk-ins)").format(number=number))
        return self.participants[number]

    def day(self, number: int) -> Day:
        if number not in self.days:
            raise _Skip(translate("event", "this event has no day {number}").format(number=number))
        return self.days[number]

    def checkin(self, entry: dict) -> str:
        participant, day, at = self.participant(entry["number"]), self.day(entry["day"]), parse_instant(entry["at"])
        same = (CheckIn.participant == participant) & (CheckIn.day == day) & (CheckIn.at == at)
        if CheckIn.select().where(same).exists():
            return PRESENT
        try:
            with database.atomic():
                CheckIn.create(participant=participant, day=day, at=at, desk=entry.get("desk", ""),
                               operator=entry.get("operator", ""), method=entry.get("method", "scan"),
                               badge_version=entry.get("badge_version"))
        except peewee.IntegrityError:
            raise _Skip(translate("event", "participant {number} already has another check-in on day {number2}")
                        .format(number=participant.number, number2=day.number)) \
                from None
        return ADDED

    def void(self, entry: dict) -> str:
        participant, day = self.participant(entry["number"]), self.day(entry["day"])
        match = CheckIn.get_or_none((CheckIn.participant == participant) & (CheckIn.day == day)
                                    & (CheckIn.at == parse_instant(entry["at"])))
        if match is None:
            raise _Skip(translate("event", "the check-in it undoes (participant {number}, day {number2}) is not in "
                                           "this event file").format(number=participant.number, number2=day.number))
        if match.voided_at is not None:
            return PRESENT
        match.voided_at, match.void_reason, match.voided_by = (parse_instant(entry["voided_at"]),
                                                               entry.get("reason", ""), entry.get("by", ""))
        match.save()
        return ADDED

    def action(self, entry: dict) -> str:
        day, at = self.day(entry["day"]), parse_instant(entry["at"])
        item = None
        if entry.get("item") is not None:
            item = AgendaItem.get_or_none((AgendaItem.day == day) & (AgendaItem.position == entry["item"]))
            if item is None:
                raise _Skip(translate("event", "day {number} of this event file has no agenda item {item}")
                            .format(number=day.number, item=entry['item']))
        if AgendaAction.select().where((AgendaAction.day == day) & (AgendaAction.at == at)
                                       & (AgendaAction.action == entry["action"])
                                       & (AgendaAction.item == item)).exists():
            return PRESENT
        AgendaAction.create(day=day, item=item, action=entry["action"], at=at, seconds=entry.get("seconds"),
                            text=entry.get("text", ""), actor=entry.get("actor", ""),
                            wall=parse_instant(entry["wall"]) if entry.get("wall") else None,
                            monotonic=entry.get("monotonic"), boot=entry.get("boot", ""))
        return ADDED

    def moved(self, entry: dict) -> str:
        """The event moved to other dates (the day it says is today): the copy prepared before moves too."""
        if replay_move(self.event, entry):
            return ADDED
        if self.event.start_date.isoformat() == entry["to"]:
            return PRESENT
        raise _Skip(translate("event", "this event file starts on {date}, not on the date the event moved from; it "
                                       "was not moved").format(date=f"{self.event.start_date:%d.%m.%Y}"))

    def participant_change(self, entry: dict) -> str:
        number, change, at = entry["number"], entry["change"], parse_instant(entry["at"])
        try:
            values = column_values(entry["columns"], self.delegations, self.roles)
        except EntryError as error:
            raise _Skip(translate("event", "the change to participant {number} does not fit this event file: {error}")
                        .format(number=number, error=error)) from None
        current = self.participants.get(number)
        if change == REGISTERED:
            return self.register(number, values, current)
        if change == REMOVED:
            return self.remove(current, at)
        current = self.participant(number)
        already = current.badge_printed_at if change == BADGES_PRINTED else current.updated_at
        if already is not None and already >= at:
            return PRESENT  # this change, or a later one, is in the file
        Participant.update(**values).where(Participant.id == current.id).execute()
        self.participants[number] = Participant.get_by_id(current.id)
        return ADDED

    def register(self, number: int, values: dict, current: Participant | None) -> str:
        if current is not None:
            if current.created_at == values.get("created_at"):
                return PRESENT
            raise _Skip(translate("event", "number {number} belongs to someone else in this event file; the walk-in "
                                           "registered under it was not added").format(number=number))
        self.participants[number] = Participant.create(event=self.event, number=number, **values)
        return ADDED

    def remove(self, current: Participant | None, at: datetime) -> str:
        if current is None or current.created_at > at:
            return PRESENT  # gone already (or the number was given to someone registered later)
        CheckIn.delete().where(CheckIn.participant == current).execute()
        Participant.delete().where(Participant.id == current.id).execute()
        del self.participants[current.number]
        return ADDED

    def forget(self, entry: dict) -> None:
        """After an entry was rolled back: what was remembered of its participant may not be in the file."""
        number = entry.get("number")
        if number in self.participants and Participant.get_or_none(Participant.id == self.participants[number].id) \
                is None:
            del self.participants[number]

    def removed_later(self, entry: dict) -> bool:
        """About someone the journal removes afterwards (a double registered by mistake): left alone."""
        if entry["type"] == "participant" and entry["change"] == REMOVED or entry.get("number") is None:
            return False
        at = parse_instant(entry["at"])
        return any(removal >= at for removal in self.removals.get(entry["number"], ()))

    def apply(self, entry: dict) -> tuple[str, str]:
        """(ADDED, PRESENT or UNDONE, the kind's name); raises _Skip."""
        kind = entry["type"]
        if self.removed_later(entry):
            return UNDONE, KIND_NAMES[kind]
        if kind == "participant":
            outcome = self.participant_change(entry)
            return outcome, KIND_NAMES[REGISTERED if entry["change"] == REGISTERED else kind]
        return {"checkin": self.checkin, "void": self.void, "action": self.action,
                "event_moved": self.moved}[kind](entry), KIND_NAMES[kind]


def rebuild_from_journal(event: Event, path: Path, actor: Actor = UNNAMED) -> RebuildReport:
    """Replay the journal into the bound event file, all of it in one transaction; returns what was added,
    what was there already and what was skipped (and why)."""
    cut: list[int] = []
    lines = read_journal(path, cut)
    foreign = {line.entry["event"] for line in lines} - {event.code}
    if foreign:
        raise BelvedereError(translate("event", "This journal belongs to another event (code {pop}); nothing was "
                                                "rebuilt.").format(pop=foreign.pop()))
    report = RebuildReport(skipped=[f"line {number}: cut short by a power cut while it was written (it was never "
                                    "acknowledged)" for number in cut])
    with write_transaction():
        replay = _Replay(event, _removals(lines))
        for line in lines:
            try:
                with database.atomic():  # an entry that breaks a rule of the file leaves nothing half-applied
                    outcome, kind = replay.apply(line.entry)
            except _Skip as skipped:
                report.skipped.append(f"line {line.number}: {skipped}")
                continue
            except peewee.IntegrityError as error:
                replay.forget(line.entry)
                report.skipped.append(f"line {line.number}: it does not fit this event file ({error})")
                continue
            if outcome == ADDED:
                report.added[kind] += 1
            elif outcome == UNDONE:
                report.undone += 1
            else:
                report.present += 1
        if report.total_added:
            audit.record("rebuilt from journal", f"event:{event.code}", actor, added=report.total_added,
                         skipped=len(report.skipped), journal=Path(path).name)
    return report

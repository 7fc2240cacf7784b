"""Importing participants from the delegations' spreadsheets: map, check every row, then all or nothing.

1. `read_participant_table` reads a CSV, XLSX or JSON list (encoding and delimiter detected,
   or as the organiser overrides them) and finds the header row.
2. `guess_columns` (in `columns`) says what each column holds and how sure that is.
3. The role and delegation words are matched once per distinct word (`sheet_values`): the
   organiser's choice, the event's names, its remembered words, the region's synonyms, and
   similar names as suggestions to confirm.
4. `plan_import` checks every row and works out who is new and who is already registered: a
   person is the same when the number or the e-mail matches, or the folded name in the same
   delegation with nothing that tells them apart. The same name with another e-mail, phone
   or number is a possible namesake, a separate person once the organiser confirms. It
   writes nothing: it is the dry run.
5. `run_import` plans again inside one write transaction and, only if no row has a problem,
   creates the new roles, delegations and people, updates the matched ones, and remembers
   the words the organiser mapped. A re-imported sheet therefore updates people instead of
   duplicating them.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from models.ground import audit
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.days import number_of_mark
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.columns import (
    FIELD_LABELS,
    NAME,
    NAME_FIELDS,
    ColumnGuess,
    guess_columns,
    match_header,
    recognised_headers,
)
from models.participants.delegations import add_delegation, event_delegations, suggested_code
from models.participants.duplicates import Identity, PeopleIndex, email_key, name_key, phone_key
from models.participants.entities import LAST_PARTICIPANT_NUMBER, Delegation, Participant
from models.participants.folding import fold
from models.participants.mappings import (
    COLUMN,
    DELEGATION,
    KIND_LABELS,
    ROLE,
    Choice,
    MappingError,
    remember,
    remembered,
    word_of,
)
from models.participants.matching import SURE, Sureness
from models.participants.registration import (
    EMAIL,
    LANGUAGES,
    PersonDetails,
    register_participants,
)
from models.participants.roles import add_role
from models.participants.sheet_values import (
    VALUE_KINDS,
    EventWords,
    SheetValue,
    collect,
    distinct,
    settle,
    unsettled_problem,
)
from models.participants.spreadsheet import SourceRow, SourceTable, read_table

TRUE_WORDS = {"yes", "y", "true", "1", "x", "po", "da", "evet", "funded", "financuar", "ja", "oui", "да"}
FALSE_WORDS = {"no", "n", "false", "0", "jo", "ne", "hayir", "не", "nein", "non", "-"}
LANGUAGE_WORDS = {
    "en": {"en", "eng", "english", "anglisht", "engleski", "англиски", "енглески", "ingilizce"},
    "sq": {"sq", "sqi", "alb", "albanian", "shqip", "shqipe", "albanski", "албански", "arnavutca"},
}
ALL_DAYS_WORDS = {"all", "both", "every day", "te gjitha", "gjitha", "sve", "svi", "site", "сите", "tum", "hepsi", "all days"}
DAY_WORDS = {"day", "days", "dita", "ditet", "dan", "dana", "den", "gun", "and", "dhe", "i", "e", "ve"}
PROBLEMS_IN_MESSAGE = 5
ROWS_NAMED = 8  # a problem of many rows names the first ones


class ImportRefused(BelvedereError):
    """The sheet has problems: nothing was imported. The plan lists every problem by row."""

    def __init__(self, plan: ImportPlan):
        self.plan = plan
        shown = "; ".join(str(problem).rstrip(".") for problem in plan.problems[:PROBLEMS_IN_MESSAGE])
        more = len(plan.problems) - PROBLEMS_IN_MESSAGE
        super().__init__(
            f"Nothing was imported: {len(plan.problems)} problem(s) to fix first. {shown}"
            + (f"; and {more} more." if more > 0 else ".")
        )


def read_participant_table(path: str | Path, encoding: str | None = None, delimiter: str | None = None,
                           sheet: str | None = None) -> SourceTable:
    return read_table(path, encoding, delimiter, sheet, recognised=recognised_headers)


# --- values --------------------------------------------------------------------


def parse_funded(text: str) -> bool | None:
    word = fold(text)
    if not word or word in FALSE_WORDS or text.strip().lower() in FALSE_WORDS:
        return False
    if word in TRUE_WORDS or text.strip().lower() in TRUE_WORDS:
        return True
    return None


def parse_language(text: str) -> str | None:
    word = text.strip().lower()
    if not word:
        return "en"
    for code, words in LANGUAGE_WORDS.items():
        if word in words or fold(word) in words:
            return code
    return None


def parse_days(text: str, days_by_date: dict[date, int]) -> list[int] | None:
    """Day numbers from '1, 2', 'I and II', 'Day 2', '2011-06-10' or 'all' (the empty list: every day)."""
    if not text.strip() or fold(text) in ALL_DAYS_WORDS:
        return []
    numbers = []
    for token in re.split(r"[\s,;/+&]+", text.strip()):
        lowered = token.lower().strip(".")
        if lowered.isdecimal():
            numbers.append(int(lowered))
        elif (mark := number_of_mark(lowered)) is not None:  # before the words: "i" is day I or "and" in "1 i 2"
            numbers.append(mark)
        elif not lowered or fold(lowered) in DAY_WORDS:
            continue
        else:
            try:
                numbers.append(days_by_date[date.fromisoformat(lowered)])
            except (ValueError, KeyError):
                return None
    return sorted(set(numbers)) or None


def split_full_name(text: str) -> tuple[str, str]:
    """'Ana Marija Horvat' → ('Ana Marija', 'Horvat'): the family name is the last word."""
    words = text.split()
    if len(words) < 2:
        return text.strip(), ""
    return " ".join(words[:-1]), words[-1]


# --- the plan ------------------------------------------------------------------


def rows_text(rows: Sequence[int]) -> str:
    """'Row 4', 'Rows 4, 9 and 12', 'Rows 4, 9, … (30 rows)'."""
    if len(rows) == 1:
        return f"Row {rows[0]}"
    if len(rows) <= ROWS_NAMED:
        return f"Rows {', '.join(str(row) for row in rows[:-1])} and {rows[-1]}"
    return f"Rows {', '.join(str(row) for row in rows[:ROWS_NAMED])}, … ({len(rows)} rows)"


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # None: a problem with the whole sheet (e.g. no name column)
    message: str
    more_rows: tuple[int, ...] = ()  # the other rows with the same problem (a word on many rows)
    namesake: bool = False  # a question the organiser answers rather than a fault of the sheet

    @property
    def rows(self) -> list[int]:
        return ([self.row] if self.row is not None else []) + list(self.more_rows)

    def __str__(self) -> str:
        return f"{rows_text(self.rows)}: {self.message}" if self.row is not None else self.message


@dataclass
class ImportOptions:
    create_delegations: bool = False  # create a delegation from every delegation word that matches none
    create_roles: bool = False  # create a role from every role word that matches none
    accept_similar: bool = False  # take every similar match (a word or a column name) as suggested
    allow_namesakes: bool = False  # import people who share a name in their delegation as separate people
    choices: dict[tuple[str, str], Choice] = field(default_factory=dict)  # (kind, folded word) → what it means


@dataclass
class NewPerson:
    row: int
    details: PersonDetails
    number: int | None
    new_delegation: str | None = None  # the name of a delegation this import creates for them
    new_role: str | None = None


@dataclass
class PersonUpdate:
    row: int
    participant: Participant
    changes: dict[str, object]  # Participant attribute -> new value
    new_delegation: str | None = None
    new_role: str | None = None


@dataclass(frozen=True)
class Namesake:
    """A new person whose name another row or participant of the same delegation has, told apart by `differences`."""

    row: int
    name: str
    delegation: str  # its name; "" without one
    others: tuple[str, ...]  # "row 4", "participant 117"
    differences: tuple[str, ...]  # "e-mail", "phone", "number"

    def __str__(self) -> str:
        where = f" ({self.delegation})" if self.delegation else ""
        return (f"{self.name}{where} has the name of {' and '.join(self.others)}, but another "
                f"{' and '.join(self.differences)}")


@dataclass
class ImportPlan:
    table: SourceTable
    columns: list[ColumnGuess]
    new: list[NewPerson] = field(default_factory=list)
    updates: list[PersonUpdate] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # row numbers of people already up to date
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)  # rows imported as written, worth a look
    values: list[SheetValue] = field(default_factory=list)  # every distinct role and delegation word
    namesakes: list[Namesake] = field(default_factory=list)
    delegations_to_create: list[str] = field(default_factory=list)
    roles_to_create: list[str] = field(default_factory=list)

    @property
    def mapping(self) -> list[str | None]:
        return [column.field for column in self.columns]

    @property
    def can_import(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = (f"{len(self.table.rows)} rows: {len(self.new)} new, {len(self.updates)} to update, "
                f"{len(self.unchanged)} unchanged")
        if self.delegations_to_create:
            text += f"; new delegations: {', '.join(self.delegations_to_create)}"
        if self.roles_to_create:
            text += f"; new roles: {', '.join(self.roles_to_create)}"
        if self.namesakes:
            text += f"; {len(self.namesakes)} possible namesake(s)"
        if self.warnings:
            text += f"; {len(self.warnings)} row(s) to look at"
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        return text + "."


@dataclass
class _Context:
    """What the rows are checked against: the event's words, days and people, and the sheet's words settled."""

    event: Event
    words: EventWords
    day_numbers: set[int]
    days_by_date: dict[date, int]
    people: PeopleIndex
    values: dict[str, dict[str, SheetValue]]  # kind → a cell's text → its value

    @classmethod
    def of(cls, event: Event, values: dict[str, dict[str, SheetValue]], words: EventWords) -> _Context:
        days = list(Day.select().where(Day.event == event))
        return cls(event, words, {day.number for day in days}, {day.date: day.number for day in days},
                   PeopleIndex.of(list(Participant.select().where(Participant.event == event))), values)


@dataclass
class _Row:
    """One row read into the participant's terms, before matching."""

    number: int | None = None
    details: PersonDetails = field(default_factory=lambda: PersonDetails(""))
    new_delegation: str | None = None
    new_role: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _read_row(cells: list[str], mapping: list[str | None], context: _Context) -> _Row:
    values = {key: cells[index] if index < len(cells) else "" for index, key in enumerate(mapping) if key}
    row = _Row()
    details = row.details
    if "full_name" in values:
        details.given_name, details.family_name = split_full_name(values["full_name"])
    details.given_name = values.get("given_name", details.given_name).strip()
    details.family_name = values.get("family_name", details.family_name).strip()
    _check_name(row, values)
    details.organisation = values.get("organisation", "")
    details.phone = values.get("phone", "")
    details.notes = values.get("notes", "")
    details.email = values.get("email", "").strip()
    if details.email and not EMAIL.match(details.email):
        row.problems.append(translate("participants", "'{email}' is not an e-mail address.").format(email=details.email))
    if values.get("number"):
        text = values["number"].strip()
        if text.isdigit() and 1 <= int(text) <= LAST_PARTICIPANT_NUMBER:
            row.number = int(text)
        else:
            row.problems.append(translate("participants", "'{text}' is not a participant number (1 to "
                                                          "{last_participant_number}).")
                                .format(text=text, last_participant_number=LAST_PARTICIPANT_NUMBER))
    _take_words(row, values, context)
    _read_choices(row, values, context)
    return row


def _check_name(row: _Row, values: dict[str, str]) -> None:
    """A missing name stops the row; a row with a family name alone and no role is a stray line; a name
    in one cell, or half a name, is imported as written and flagged."""
    given, family = row.details.given_name, row.details.family_name
    if not given and not family:
        row.problems.append(translate("participants", "the name is missing."))
    elif "full_name" in values:
        if not family:
            row.warnings.append(translate("participants", "the full name '{given}' is one word: the family name is "
                                                          "missing.").format(given=given))
    elif not given and not values.get("role", "").strip():
        row.problems.append(translate("participants", "it has neither a given name nor a role (only '{family}'). If it "
                                                      "is a participant, fill in the row; if not, delete it.")
                            .format(family=family))
    elif not family and len(given.split()) > 1 and "family_name" in values:
        row.warnings.append(translate("participants", "the whole name '{given}' is in the given-name cell and the "
                                                      "family-name cell is empty: put each part in its own cell.")
                            .format(given=given))
    elif not given and len(family.split()) > 1 and "given_name" in values:
        row.warnings.append(translate("participants", "the whole name '{family}' is in the family-name cell and the "
                                                      "given-name cell is empty: put each part in its own cell.")
                            .format(family=family))
    elif not given:
        row.warnings.append(translate("participants", "the given name is missing."))
    elif not family:
        row.warnings.append(translate("participants", "the family name is missing."))


def _take_words(row: _Row, values: dict[str, str], context: _Context) -> None:
    """The role and delegation as their words were settled (an unsettled word is one problem of the sheet)."""
    for kind in VALUE_KINDS:
        value = context.values[kind].get(values.get(kind, ""))
        if value is None:
            continue
        if value.create:
            setattr(row, f"new_{kind}", value.written)
        elif value.key is not None:
            setattr(row.details, kind, context.words.thing(kind, value.key))


def _read_choices(row: _Row, values: dict[str, str], context: _Context) -> None:
    details = row.details
    if "funded" in values:
        funded = parse_funded(values["funded"])
        if funded is None:
            row.problems.append(translate("participants", "'{funded}' in the funded column is neither yes nor no.")
                                .format(funded=values['funded']))
        details.funded = bool(funded)
    if "language" in values:
        language = parse_language(values["language"])
        if language is None or language not in LANGUAGES:
            row.problems.append(translate("participants", "the language '{language}' is not English (en) or Albanian "
                                                          "(sq).").format(language=values['language']))
        details.language = language or "en"
    if "days" in values:
        days = parse_days(values["days"], context.days_by_date)
        unknown = sorted(set(days or []) - context.day_numbers)
        if days is None or unknown:
            row.problems.append(translate("participants", "'{days}' are not days of this event (its days are {names}; "
                                                          "empty means every day).")
                                .format(days=values['days'], names=', '.join(str(n) for n in sorted(context.day_numbers))))
        details.days_expected = days or []


def _changes(participant: Participant, details: PersonDetails, mapped: set[str]) -> dict[str, object]:
    """What a matched person's row changes, for the columns the sheet has."""
    wanted: dict[str, object] = {}
    if mapped & {"given_name", "full_name"}:
        wanted["given_name"] = details.given_name
    if mapped & {"family_name", "full_name"}:
        wanted["family_name"] = details.family_name
    for key in ("organisation", "email", "phone", "notes", "funded", "language"):
        if key in mapped:
            wanted[key] = getattr(details, key)
    if "delegation" in mapped:
        wanted["delegation"] = details.delegation
    if "role" in mapped:
        wanted["role"] = details.role
    if "days" in mapped:
        wanted["days_expected"] = ",".join(str(n) for n in sorted(set(details.days_expected)))
    changes = {}
    for key, value in wanted.items():
        current = getattr(participant, key + "_id") if key in ("delegation", "role") else getattr(participant, key)
        new = value.id if key in ("delegation", "role") and value is not None else value
        if current != new:
            changes[key] = value
    return changes


# --- columns and words ---------------------------------------------------------


def settled_columns(event: Event, table: SourceTable, columns: Sequence[ColumnGuess | str | None] | None,
                    options: ImportOptions) -> list[ColumnGuess]:
    """The columns as given (a field per column is the organiser's choice), or guessed with the event's memory
    and the choices for column names."""
    if columns is not None:
        return [column if isinstance(column, ColumnGuess) else ColumnGuess(header, column, Sureness.CHOSEN)
                for header, column in zip(table.headers, columns)]
    guesses = guess_columns(table.headers, remembered(event, COLUMN))
    chosen = [options.choices.get((COLUMN, word_of(guess.header))) for guess in guesses]
    return [ColumnGuess(guess.header, choice.key, Sureness.CHOSEN) if choice else guess
            for guess, choice in zip(guesses, chosen)]


def _column_problems(table: SourceTable, columns: list[ColumnGuess], given: int,
                     options: ImportOptions) -> list[RowProblem]:
    problems = []
    if given != len(table.headers):
        problems.append(RowProblem(None, translate("participants", "The mapping does not fit the sheet's columns. Read "
                                                                   "the file again.")))
    mapping = [column.field for column in columns]
    if not NAME_FIELDS & set(mapping):
        problems.append(RowProblem(None, translate("participants", "No column holds the names: map a column to Given "
                                                                   "name, Family name or Full name.")))
    taken = [key for key in mapping if key]
    for key in sorted({key for key in taken if taken.count(key) > 1}):
        problems.append(RowProblem(None, translate("participants", "Two columns are mapped to {value}; keep one.")
                                         .format(value=FIELD_LABELS[key])))
    if "full_name" in taken and {"given_name", "family_name"} & set(taken):
        problems.append(RowProblem(None, translate("participants", "Map either Full name or Given/Family name, not "
                                                                   "both.")))
    if not options.accept_similar:
        problems.extend(RowProblem(None, translate("participants", "The column '{header}' looks like {value} (similar, "
                                                                   "not sure). Confirm it, or choose what the column "
                                                                   "holds.")
                                         .format(header=column.header, value=FIELD_LABELS[column.field]))
                        for column in columns if column.sureness is Sureness.SIMILAR)
    return problems


def sheet_values(table: SourceTable, mapping: list[str | None], words: EventWords,
                 options: ImportOptions) -> dict[str, dict[str, SheetValue]]:
    """Every distinct role and delegation word of the sheet, settled: by kind, then by the cells' text."""
    found: dict[str, dict[str, SheetValue]] = {}
    for kind in VALUE_KINDS:
        if kind not in mapping:
            found[kind] = {}
            continue
        column, width = mapping.index(kind), len(table.headers)
        found[kind] = collect(kind, [(row.number, row.cells[column]) for row in table.rows
                                     if len(row.cells) == width])
        create = options.create_roles if kind == ROLE else options.create_delegations
        for value in distinct(found[kind]):
            settle(value, words, options.choices.get((kind, value.word)), options.accept_similar, create)
    return found


def plan_import(event: Event, table: SourceTable, columns: Sequence[ColumnGuess | str | None] | None = None,
                options: ImportOptions | None = None) -> ImportPlan:
    """Check every row and decide, for each, new / update / unchanged. Writes nothing (the dry run).

    `columns` None: guessed (with the event's remembered column names); else one field (or a guess) per column.
    """
    options = options or ImportOptions()
    settled = settled_columns(event, table, columns, options)
    plan = ImportPlan(table, settled)
    plan.problems = _column_problems(table, settled, len(settled if columns is None else columns), options)
    if plan.problems:
        return plan
    words = EventWords(event)
    values = sheet_values(table, plan.mapping, words, options)
    plan.values = [value for kind in VALUE_KINDS for value in distinct(values[kind])]
    for value in plan.values:
        if not value.settled:
            plan.problems.append(RowProblem(value.rows[0], unsettled_problem(value, words), tuple(value.rows[1:])))
        elif value.create:
            (plan.roles_to_create if value.kind == ROLE else plan.delegations_to_create).append(value.written)
    planner = _Planner(plan, _Context.of(event, values, words), options)
    for source in table.rows:
        problems = planner.take(source)
        plan.problems.extend(RowProblem(source.number, message) for message in problems)
    return plan


class _Planner:
    """Places each row of the sheet in the plan, remembering what earlier rows were."""

    def __init__(self, plan: ImportPlan, context: _Context, options: ImportOptions):
        self.plan, self.context, self.options = plan, context, options
        self.mapped = {key for key in plan.mapping if key}
        self.rows_by_number: dict[int, int] = {}
        self.rows_by_email: dict[str, int] = {}
        self.rows_by_name: dict[tuple[str, object], list[tuple[int, Identity]]] = {}
        self.seen_matches: dict[int, int] = {}  # participant id -> row

    def take(self, source: SourceRow) -> list[str]:
        """Place the row as new, update or unchanged; returns its problems instead when it has any."""
        table, width = self.plan.table, len(self.plan.table.headers)
        if len(source.cells) != width:
            return [f"it has {len(source.cells)} values but the header has {width} columns. "
                    + (f"A value with '{table.delimiter}' inside needs quotes, or the delimiter is not "
                       f"{table.delimiter_label}." if table.kind == "csv" else "Check the row's cells.")]
        row = _read_row(source.cells, self.plan.mapping, self.context)
        self.plan.warnings.extend(RowProblem(source.number, warning) for warning in row.warnings)
        if row.problems:
            return row.problems
        details = row.details
        key = name_key(details.given_name, details.family_name)
        identity = Identity(row.number, email_key(details.email), phone_key(details.phone))
        same_name = (key, self.delegation_key(row))
        twice = self.repeats_earlier_row(same_name, identity)
        if twice:
            return [twice]
        earlier = list(self.rows_by_name.get(same_name, []))
        self.remember_row(source.number, same_name, identity)
        match, unclear, namesakes = _match(row, key, identity, self.mapped, self.context)
        if unclear:
            return [unclear]
        owners = [p for p in self.context.people.by_email.get(identity.email, []) if match is None or p.id != match.id]
        if identity.email and owners:
            return [f"the e-mail {details.email} belongs to participant {owners[0].number} "
                    f"({owners[0].full_name})."]
        if match is None:
            self.plan.new.append(NewPerson(source.number, details, row.number, row.new_delegation, row.new_role))
            self.note_namesake(source.number, row, earlier, namesakes, identity)
            return []
        if match.id in self.seen_matches:
            return [f"it is participant {match.number}, like row {self.seen_matches[match.id]}. Remove one of the "
                    "two rows."]
        self.seen_matches[match.id] = source.number
        changes = _changes(match, details, self.mapped)
        for kind, new_name in ((DELEGATION, row.new_delegation), (ROLE, row.new_role)):
            if new_name:
                changes[kind] = None  # the delegation or role the import creates, set when it exists
        if changes:
            self.plan.updates.append(PersonUpdate(source.number, match, changes, row.new_delegation, row.new_role))
        else:
            self.plan.unchanged.append(source.number)
        return []

    def delegation_key(self, row: _Row) -> object:
        if row.details.delegation is not None:
            return row.details.delegation.id
        return f"new:{word_of(row.new_delegation)}" if row.new_delegation else None

    def repeats_earlier_row(self, same_name: tuple[str, object], identity: Identity) -> str:
        """Why the row is a person of an earlier row (same number, e-mail, or name with nothing apart), or ''."""
        earlier = (("number", self.rows_by_number.get(identity.number)) if identity.number else None,
                   ("e-mail", self.rows_by_email.get(identity.email)) if identity.email else None)
        for what, row in (entry for entry in earlier if entry):
            if row is not None:
                return f"the same person as row {row} (same {what}). Remove one of the two rows."
        alike = [row for row, other in self.rows_by_name.get(same_name, []) if not identity.differences(other)]
        if alike:
            return (f"the same person as row {alike[0]} (same name and delegation, and no e-mail, phone or number "
                    "that tells them apart). Remove one of the two rows, or add what tells them apart.")
        return ""

    def remember_row(self, number: int, same_name: tuple[str, object], identity: Identity) -> None:
        if identity.number:
            self.rows_by_number[identity.number] = number
        if identity.email:
            self.rows_by_email[identity.email] = number
        self.rows_by_name.setdefault(same_name, []).append((number, identity))

    def note_namesake(self, number: int, row: _Row, earlier: list[tuple[int, Identity]],
                      participants: list[Participant], identity: Identity) -> None:
        """Note a new person who shares a name; without the organiser's word that is a question that stops
        the import."""
        if not earlier and not participants:
            return
        others = [identity.differences(other) for _row, other in earlier]
        others += [identity.differences(Identity.of(participant)) for participant in participants]
        differences = tuple(dict.fromkeys(what for found in others for what in found))
        delegation = row.details.delegation.name if row.details.delegation else row.new_delegation or ""
        names = [f"row {other}" for other, _identity in earlier]
        names += [f"participant {participant.number}" for participant in participants]
        full_name = f"{row.details.given_name} {row.details.family_name}".strip()
        namesake = Namesake(number, full_name, delegation, tuple(names), differences)
        self.plan.namesakes.append(namesake)
        if not self.options.allow_namesakes:
            self.plan.problems.append(RowProblem(number, translate("participants", "{namesake}: possibly a namesake. "
                                                                                   "Confirm that they are separate people, "
                                                                                   "or correct the sheet.")
                                                         .format(namesake=namesake), namesake=True))


def _match(row: _Row, key: str, identity: Identity, mapped: set[str],
           context: _Context) -> tuple[Participant | None, str, list[Participant]]:
    """The registered participant the row is (by number, else e-mail, else folded name with nothing apart),
    or why that is unclear; and, for a new person, the participants who share the name."""
    people = context.people
    if row.new_delegation:
        by_name = []
    elif "delegation" in mapped:
        delegation_id = row.details.delegation.id if row.details.delegation else None
        by_name = people.by_name_in_delegation.get((key, delegation_id), [])
    else:
        by_name = people.by_name.get(key, [])
    if row.number:
        match = people.by_number.get(row.number)
        return match, "", [] if match else by_name
    by_email = people.by_email.get(identity.email, []) if identity.email else []
    if len(by_email) == 1:
        match = by_email[0]
        match_key = name_key(match.given_name, match.family_name)
        others = [p for p in by_name if p.id != match.id]
        if others and match_key != key:
            return None, (f"its e-mail is participant {match.number}'s but its name is participant "
                          f"{others[0].number}'s. Correct the sheet, or add a number column."), []
        if not set(key.split()) & set(match_key.split()):
            return None, (f"its e-mail is participant {match.number}'s ({match.full_name}), but the name is "
                          "another. Correct the sheet, or add a number column."), []
        return match, "", []
    alike = [p for p in by_name if not identity.differences(Identity.of(p))]
    if len(alike) > 1:
        return None, (f"it matches participants {', '.join(str(p.number) for p in alike)} by name. Add their "
                      "numbers, e-mails or delegations to the sheet to tell them apart."), []
    return (alike[0], "", []) if alike else (None, "", by_name)


# --- importing -----------------------------------------------------------------


def run_import(event: Event, table: SourceTable, columns: Sequence[ColumnGuess | str | None] | None = None,
               options: ImportOptions | None = None, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> ImportPlan:
    """Import the sheet, all or nothing: raises ImportRefused (nothing written) if any row has a problem."""
    options = options or ImportOptions()
    with write_transaction():
        plan = plan_import(event, table, columns, options)
        if not plan.can_import:
            raise ImportRefused(plan)
        delegations = _create_delegations(event, plan.delegations_to_create, actor, clock)
        roles = {word_of(name): add_role(event, name, actor=actor, clock=clock) for name in plan.roles_to_create}
        for person in plan.new:
            if person.new_delegation:
                person.details.delegation = delegations[word_of(person.new_delegation)]
            if person.new_role:
                person.details.role = roles[word_of(person.new_role)]
        register_participants(event, [(person.details, person.number) for person in plan.new], actor, clock,
                              how="import")
        now = clock.now()
        for update in plan.updates:
            if update.new_delegation:
                update.changes["delegation"] = delegations[word_of(update.new_delegation)]
            if update.new_role:
                update.changes["role"] = roles[word_of(update.new_role)]
            Participant.update(updated_at=now, **update.changes).where(Participant.id == update.participant.id).execute()
            audit.record("participant updated", f"participant:{update.participant.number}", actor, clock,
                         fields=sorted(update.changes), how="import")
        remembered_now = _remember_decisions(event, plan, options, actor, clock)
        audit.record("participants imported", "participants", actor, clock, created=len(plan.new),
                     updated=len(plan.updates), unchanged=len(plan.unchanged), kind=table.kind,
                     words_remembered=remembered_now)
    return plan


def _create_delegations(event: Event, names: list[str], actor: Actor, clock: Clock) -> dict[str, Delegation]:
    taken = {delegation.code for delegation in event_delegations(event)}
    created = {}
    for name in names:
        code = suggested_code(name, taken)
        taken.add(code)
        created[word_of(name)] = add_delegation(event, code, name, actor=actor, clock=clock)
    return created


def _remember_decisions(event: Event, plan: ImportPlan, options: ImportOptions, actor: Actor, clock: Clock) -> int:
    """Remember what the organiser decided (a choice, an accepted suggestion) that the event's words would not
    have said by themselves; returns how many words were remembered."""
    count = 0
    words = EventWords(event)
    for value in plan.values:
        if value.create or not (value.sureness is Sureness.CHOSEN or value.accepted):
            continue
        automatic = words.automatic(value.kind, value.written)
        if not (automatic.sure and automatic.key == value.key):
            remember(event, value.kind, value.written, value.key, actor, clock)
            count += 1
    automatic_columns = guess_columns(plan.table.headers, remembered(event, COLUMN))
    for column, automatic in zip(plan.columns, automatic_columns):
        decided = column.sureness is Sureness.CHOSEN or (column.sureness is Sureness.SIMILAR
                                                          and options.accept_similar)
        known = automatic.field == column.field and (column.field is None or automatic.sureness in SURE)
        if decided and not known:
            remember(event, COLUMN, column.header, column.field, actor, clock)
            count += 1
    return count


def choice_for(event: Event, kind: str, meaning: str) -> Choice:
    """What the organiser says a word means, named by name, key, code or a known word; empty leaves it empty.

    Raises MappingError with the names to choose from when the event has no such thing.
    """
    meaning = meaning.strip()
    if not meaning:
        return Choice(None)
    if kind == COLUMN:
        match = match_header(meaning, similar=False)
        key = "full_name" if match.key == NAME else match.key
        known = ", ".join(FIELD_LABELS.values())
    else:
        words = EventWords(event)
        key = words.find_key(kind, meaning)
        known = ", ".join(thing.name for thing in (words.roles if kind == ROLE else words.delegations).values())
    if key is None:
        raise MappingError(translate("participants", "The event has no {lower} '{meaning}'. Choose one of: {value}; or "
                                                     "nothing after '=' to leave it empty.")
                           .format(lower=KIND_LABELS[kind].lower(), meaning=meaning, value=known or 'none yet'))
    return Choice(key)

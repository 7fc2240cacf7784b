"""Importing participants from the delegations' spreadsheets: map, check every row, then all or nothing.

1. `read_participant_table` reads a CSV or XLSX (encoding and delimiter detected, or as
   the organiser overrides them) and finds the header row.
2. `guess_mapping` recognises the column names in English, Albanian, the region's other
   languages and common variants; the organiser can change any column's field.
3. `plan_import` checks every row (missing name, unknown delegation or role, invalid
   e-mail, duplicates inside the sheet) and works out who is new and who is already
   registered: a person is the same when the number, the e-mail or the folded name in the
   same delegation matches. It writes nothing: it is the dry run.
4. `run_import` plans again inside one write transaction and, only if no row has a
   problem, creates the new people and updates the matched ones. A re-imported sheet
   therefore updates people instead of duplicating them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from models.ground import audit
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.participants.delegations import DelegationFinder, add_delegation, event_delegations, suggested_code
from models.participants.duplicates import PeopleIndex, email_key, name_key
from models.participants.entities import Delegation, Participant
from models.participants.folding import fold
from models.participants.registration import (
    EMAIL,
    LANGUAGES,
    PersonDetails,
    register_participants,
)
from models.participants.roles import RoleFinder, event_roles
from models.participants.spreadsheet import SourceRow, SourceTable, read_table

# The fields a column can fill, in the order the mapping step lists them.
FIELDS = ("number", "given_name", "family_name", "full_name", "organisation", "delegation", "role", "email",
          "phone", "funded", "language", "days", "notes")
FIELD_LABELS = {
    "number": "Number", "given_name": "Given name", "family_name": "Family name", "full_name": "Full name",
    "organisation": "Organisation", "delegation": "Delegation", "role": "Role", "email": "E-mail",
    "phone": "Phone", "funded": "Funded", "language": "Language", "days": "Days", "notes": "Notes",
}

# Column names as delegations write them: English, Albanian, Bosnian/Croatian/Serbian, Macedonian, Turkish.
HEADER_NAMES = {
    "number": ["Number", "Participant number", "Badge number", "Participant no", "Numri", "Numri i pjesëmarrësit"],
    "given_name": ["First name", "Given name", "Given names", "First names", "Firstname", "Forename", "Christian name",
                   "Emri i parë", "Adı", "Ad", "Prénom", "Vorname"],
    "family_name": ["Surname", "Family name", "Last name", "Lastname", "Second name", "Mbiemri", "Prezime",
                    "Презиме", "Soyad", "Soyadı", "Nom", "Nachname"],
    "full_name": ["Full name", "Name and surname", "Name surname", "First and last name", "Participant name",
                  "Name of participant", "Emri dhe mbiemri", "Emri mbiemri", "Emri e mbiemri", "Ime i prezime",
                  "Ime prezime", "Име и презиме", "Име и презиме", "Ad soyad", "Adı soyadı", "Ad soyadı"],
    "organisation": ["Organisation", "Organization", "Institution", "Institucioni", "Organizata", "Agency",
                     "Company", "Employer", "Affiliation", "Institucija", "Organizacija", "Установа",
                     "Институција", "Организација", "Kurum", "Kuruluş", "Kurumu", "Agjencia"],
    "delegation": ["Country", "Delegation", "Shteti", "Project area", "Country area", "Delegacioni", "Vendi",
                   "Država", "Држава", "Zemlja", "Delegacija", "Делегација", "Ülke", "Heyet"],
    "role": ["Role", "Roli", "Category", "Participant category", "Kategoria", "Uloga", "Улога", "Kategorija",
             "Rol", "Görev"],
    "email": ["Email", "E-mail", "E-mail address", "Email address", "Mail", "Adresa e emailit",
              "Posta elektronike", "Email adresa", "E-pošta", "Е-пошта", "E-posta", "Imejl"],
    "phone": ["Phone", "Telephone", "Tel", "Mobile", "Mobile phone", "Phone number", "Telephone number",
              "Telefoni", "Telefon", "Телефон", "Cel", "GSM", "Mob", "Numri i telefonit", "Broj telefona"],
    "funded": ["Funded", "Funding", "Financed", "Funded by the project", "I financuar", "Financuar",
               "Financiran", "Finansiran", "Финансиран", "Финансирано", "Finanse"],
    "language": ["Language", "Gjuha", "Jezik", "Језик", "Јазик", "Dil"],
    "days": ["Days", "Attending days", "Days attending", "Ditët", "Dani", "Денови", "Дани", "Günler"],
    "notes": ["Notes", "Note", "Remarks", "Comments", "Comment", "Shënime", "Vërejtje", "Napomena", "Напомена",
              "Забелешка", "Notlar", "Açıklama"],
}
# "Name" alone is the given name beside a surname column, else the whole name.
AMBIGUOUS_NAME_HEADERS = ["Name", "Emri", "Ime", "Име", "Isim", "İsim"]
SHORTEST_CONTAINED = 4  # shorter names must be the whole header ("Ad", "Tel") to count

TRUE_WORDS = {"yes", "y", "true", "1", "x", "po", "da", "evet", "funded", "financuar", "ja", "oui", "да"}
FALSE_WORDS = {"no", "n", "false", "0", "jo", "ne", "hayir", "не", "nein", "non", "-"}
LANGUAGE_WORDS = {
    "en": {"en", "eng", "english", "anglisht", "engleski", "англиски", "енглески", "ingilizce"},
    "sq": {"sq", "sqi", "alb", "albanian", "shqip", "shqipe", "albanski", "албански", "arnavutca"},
}
ALL_DAYS_WORDS = {"all", "both", "every day", "te gjitha", "gjitha", "sve", "svi", "site", "сите", "tum", "hepsi", "all days"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
DAY_WORDS = {"day", "days", "dita", "ditet", "dan", "dana", "den", "gun", "and", "dhe", "i", "e", "ve"}
PROBLEMS_IN_MESSAGE = 5


def _folded_names(names: list[str]) -> list[str]:
    return [fold(name) for name in names]


FOLDED_HEADERS = {key: _folded_names(names) for key, names in HEADER_NAMES.items()}
FOLDED_AMBIGUOUS = set(_folded_names(AMBIGUOUS_NAME_HEADERS))


class ImportRefused(BelvedereError):
    """The sheet has problems: nothing was imported. The plan lists every problem by row."""

    def __init__(self, plan: ImportPlan):
        self.plan = plan
        shown = "; ".join(str(problem) for problem in plan.problems[:PROBLEMS_IN_MESSAGE])
        more = len(plan.problems) - PROBLEMS_IN_MESSAGE
        super().__init__(
            f"Nothing was imported: {len(plan.problems)} problem(s) to fix first. {shown}"
            + (f"; and {more} more." if more > 0 else ".")
        )


# --- columns -------------------------------------------------------------------


def field_for_header(header: str) -> str | None:
    """The field a column name means: an exact known name, else the longest known name inside it."""
    folded = fold(header)
    if not folded:
        return None
    if folded in FOLDED_AMBIGUOUS:
        return "name"
    for key, names in FOLDED_HEADERS.items():
        if folded in names:
            return key
    padded = f" {folded} "
    best, best_length = None, 0
    for key, names in FOLDED_HEADERS.items():
        for name in names:
            if len(name) >= SHORTEST_CONTAINED and len(name) > best_length and f" {name} " in padded:
                best, best_length = key, len(name)
    return best


def guess_mapping(headers: list[str]) -> list[str | None]:
    """One field (or None: not imported) per column; each field is taken by its first column only."""
    guesses = [field_for_header(header) for header in headers]
    has_family = "family_name" in guesses
    mapping: list[str | None] = []
    for guess in guesses:
        if guess == "name":
            guess = "given_name" if has_family else "full_name"
        mapping.append(guess if guess not in mapping else None)
    return mapping


def recognised_headers(cells: list[str]) -> int:
    return sum(1 for cell in cells if field_for_header(cell))


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
        if lowered.isdigit():
            numbers.append(int(lowered))
        elif lowered in ROMAN:  # before the words: "i" is day I, or "and" in "1 i 2", the same days either way
            numbers.append(ROMAN[lowered])
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


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # None: a problem with the whole sheet (e.g. no name column)
    message: str

    def __str__(self) -> str:
        return f"Row {self.row}: {self.message}" if self.row is not None else self.message


@dataclass
class ImportOptions:
    create_delegations: bool = False  # create the delegations the sheet names but the event lacks


@dataclass
class NewPerson:
    row: int
    details: PersonDetails
    number: int | None
    new_delegation: str | None = None  # the name of a delegation this import creates for them


@dataclass
class PersonUpdate:
    row: int
    participant: Participant
    changes: dict[str, object]  # Participant attribute -> new value
    new_delegation: str | None = None


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: list[str | None]
    new: list[NewPerson] = field(default_factory=list)
    updates: list[PersonUpdate] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # row numbers of people already up to date
    problems: list[RowProblem] = field(default_factory=list)
    unknown_delegations: dict[str, list[int]] = field(default_factory=dict)  # name -> rows
    delegations_to_create: list[str] = field(default_factory=list)

    @property
    def can_import(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = (f"{len(self.table.rows)} rows: {len(self.new)} new, {len(self.updates)} to update, "
                f"{len(self.unchanged)} unchanged")
        if self.delegations_to_create:
            text += f"; new delegations: {', '.join(self.delegations_to_create)}"
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        return text + "."


@dataclass
class _Context:
    """What the rows are checked against: the event's delegations, roles, days and people."""

    event: Event
    delegations: DelegationFinder
    roles: RoleFinder
    role_names: str
    day_numbers: set[int]
    days_by_date: dict[date, int]
    people: PeopleIndex

    @classmethod
    def of(cls, event: Event) -> _Context:
        days = list(Day.select().where(Day.event == event))
        roles = event_roles(event)
        return cls(event, DelegationFinder(event_delegations(event)), RoleFinder(roles),
                   ", ".join(role.name for role in roles) or "none yet",
                   {day.number for day in days}, {day.date: day.number for day in days},
                   PeopleIndex.of(list(Participant.select().where(Participant.event == event))))


@dataclass
class _Row:
    """One row read into the participant's terms, before matching."""

    number: int | None = None
    details: PersonDetails = field(default_factory=lambda: PersonDetails(""))
    new_delegation: str | None = None
    problems: list[str] = field(default_factory=list)


def _read_row(cells: list[str], mapping: list[str | None], context: _Context) -> _Row:
    values = {key: cells[index] if index < len(cells) else "" for index, key in enumerate(mapping) if key}
    row = _Row()
    details = row.details
    if "full_name" in values:
        details.given_name, details.family_name = split_full_name(values["full_name"])
    details.given_name = values.get("given_name", details.given_name).strip()
    details.family_name = values.get("family_name", details.family_name).strip()
    if not details.given_name and not details.family_name:
        row.problems.append("the name is missing.")
    details.organisation = values.get("organisation", "")
    details.phone = values.get("phone", "")
    details.notes = values.get("notes", "")
    details.email = values.get("email", "").strip()
    if details.email and not EMAIL.match(details.email):
        row.problems.append(f"'{details.email}' is not an e-mail address.")
    if values.get("number"):
        text = values["number"].strip()
        if text.isdigit() and 1 <= int(text) <= 99999:
            row.number = int(text)
        else:
            row.problems.append(f"'{text}' is not a participant number (1 to 99999).")
    delegation_text = values.get("delegation", "").strip()
    if delegation_text:
        details.delegation = context.delegations.find(delegation_text)
        if details.delegation is None:
            row.new_delegation = delegation_text
    role_text = values.get("role", "").strip()
    if role_text:
        details.role = context.roles.find(role_text)
        if details.role is None:
            row.problems.append(f"the role '{role_text}' is not one of the event's roles ({context.role_names}). "
                                "Add it on the Event page or correct the sheet.")
    if "funded" in values:
        funded = parse_funded(values["funded"])
        if funded is None:
            row.problems.append(f"'{values['funded']}' in the funded column is neither yes nor no.")
        details.funded = bool(funded)
    if "language" in values:
        language = parse_language(values["language"])
        if language is None or language not in LANGUAGES:
            row.problems.append(f"the language '{values['language']}' is not English (en) or Albanian (sq).")
        details.language = language or "en"
    if "days" in values:
        days = parse_days(values["days"], context.days_by_date)
        unknown = sorted(set(days or []) - context.day_numbers)
        if days is None or unknown:
            row.problems.append(f"'{values['days']}' are not days of this event (its days are "
                                f"{', '.join(str(n) for n in sorted(context.day_numbers))}; empty means every day).")
        details.days_expected = days or []
    return row


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


def _mapping_problems(table: SourceTable, mapping: list[str | None]) -> list[RowProblem]:
    problems = []
    if len(mapping) != len(table.headers):
        problems.append(RowProblem(None, "The mapping does not fit the sheet's columns. Read the file again."))
    if not {"given_name", "family_name", "full_name"} & set(mapping):
        problems.append(RowProblem(None, "No column holds the names: map a column to Given name, Family name or "
                                         "Full name."))
    taken = [key for key in mapping if key]
    for key in sorted({key for key in taken if taken.count(key) > 1}):
        problems.append(RowProblem(None, f"Two columns are mapped to {FIELD_LABELS[key]}; keep one."))
    if "full_name" in taken and {"given_name", "family_name"} & set(taken):
        problems.append(RowProblem(None, "Map either Full name or Given/Family name, not both."))
    return problems


def plan_import(event: Event, table: SourceTable, mapping: list[str | None],
                options: ImportOptions | None = None) -> ImportPlan:
    """Check every row and decide, for each, new / update / unchanged. Writes nothing (the dry run)."""
    plan = ImportPlan(table, list(mapping), problems=_mapping_problems(table, mapping))
    if plan.problems:
        return plan
    planner = _Planner(plan, _Context.of(event), options or ImportOptions())
    for source in table.rows:
        problems = planner.take(source)
        plan.problems.extend(RowProblem(source.number, message) for message in problems)
    plan.delegations_to_create = list(planner.new_delegations.values())
    return plan


class _Planner:
    """Places each row of the sheet in the plan, remembering what earlier rows were."""

    def __init__(self, plan: ImportPlan, context: _Context, options: ImportOptions):
        self.plan, self.context, self.options = plan, context, options
        self.mapped = {key for key in plan.mapping if key}
        self.seen: dict[tuple, int] = {}  # ("number"|"e-mail"|"name and delegation", value) -> row
        self.seen_matches: dict[int, int] = {}  # participant id -> row
        self.new_delegations: dict[str, str] = {}  # folded name -> as first written

    def take(self, source: SourceRow) -> list[str]:
        """Place the row as new, update or unchanged; returns its problems instead when it has any."""
        table, width = self.plan.table, len(self.plan.table.headers)
        if len(source.cells) != width:
            return [f"it has {len(source.cells)} values but the header has {width} columns. "
                    + (f"A value with '{table.delimiter}' inside needs quotes, or the delimiter is not "
                       f"{table.delimiter_label}." if table.kind == "csv" else "Check the row's cells.")]
        row = _read_row(source.cells, self.plan.mapping, self.context)
        if row.new_delegation:
            self.note_new_delegation(row, source.number)
        if row.problems:
            return row.problems
        key, email = name_key(row.details.given_name, row.details.family_name), email_key(row.details.email)
        twice = self.same_as_earlier_row(row, key, email, source.number)
        if twice:
            return [twice]
        match, unclear = _match(row, key, email, self.mapped, self.context)
        if unclear:
            return [unclear]
        owners = [p for p in self.context.people.by_email.get(email, []) if match is None or p.id != match.id]
        if email and owners:
            return [f"the e-mail {row.details.email} belongs to participant {owners[0].number} "
                    f"({owners[0].full_name})."]
        if match is None:
            self.plan.new.append(NewPerson(source.number, row.details, row.number, row.new_delegation))
            return []
        if match.id in self.seen_matches:
            return [f"it is participant {match.number}, like row {self.seen_matches[match.id]}. Remove one of the "
                    "two rows."]
        self.seen_matches[match.id] = source.number
        changes = _changes(match, row.details, self.mapped)
        if row.new_delegation:
            changes["delegation"] = None  # the delegation the import creates, set when it exists
        if changes:
            self.plan.updates.append(PersonUpdate(source.number, match, changes, row.new_delegation))
        else:
            self.plan.unchanged.append(source.number)
        return []

    def note_new_delegation(self, row: _Row, number: int) -> None:
        if self.options.create_delegations:
            self.new_delegations.setdefault(fold(row.new_delegation), row.new_delegation)
            return
        self.plan.unknown_delegations.setdefault(row.new_delegation, []).append(number)
        row.problems.append(f"the delegation '{row.new_delegation}' is not one of the event's. Let the import "
                            "create it, add it on the Event page, or correct the sheet.")

    def same_as_earlier_row(self, row: _Row, key: str, email: str, number: int) -> str:
        """Why the row repeats an earlier one (same number, e-mail, or folded name in the delegation), or ''."""
        delegation = (row.details.delegation.id if row.details.delegation is not None
                      else f"new:{fold(row.new_delegation)}" if row.new_delegation else None)
        keys = [("number", row.number) if row.number else None, ("e-mail", email) if email else None,
                ("name and delegation", (key, delegation))]
        keys = [entry for entry in keys if entry]
        for entry in keys:
            if entry in self.seen:
                return f"the same person as row {self.seen[entry]} (same {entry[0]}). Remove one of the two rows."
        for entry in keys:
            self.seen[entry] = number
        return ""


def _match(row: _Row, key: str, email: str, mapped: set[str], context: _Context) -> tuple[Participant | None, str]:
    """The registered participant the row is (by number, else e-mail, else folded name), or why it is unclear."""
    people = context.people
    if row.number:
        return people.by_number.get(row.number), ""
    if row.new_delegation:
        by_name = []
    elif "delegation" in mapped:
        delegation_id = row.details.delegation.id if row.details.delegation else None
        by_name = people.by_name_in_delegation.get((key, delegation_id), [])
    else:
        by_name = people.by_name.get(key, [])
    by_email = people.by_email.get(email, []) if email else []
    if len(by_email) == 1:
        match = by_email[0]
        others = [p for p in by_name if p.id != match.id]
        if others:
            return None, (f"its e-mail is participant {match.number}'s but its name is participant "
                          f"{others[0].number}'s. Correct the sheet, or add a number column.")
        if not set(key.split()) & set(name_key(match.given_name, match.family_name).split()):
            return None, (f"its e-mail is participant {match.number}'s ({match.full_name}), but the name is "
                          "another. Correct the sheet, or add a number column.")
        return match, ""
    if len(by_name) > 1:
        return None, (f"it matches participants {', '.join(str(p.number) for p in by_name)} by name. Add their "
                      "numbers, e-mails or delegations to the sheet to tell them apart.")
    return (by_name[0] if by_name else None), ""


def run_import(event: Event, table: SourceTable, mapping: list[str | None], options: ImportOptions | None = None,
               actor: str = "", clock: Clock = SYSTEM_CLOCK) -> ImportPlan:
    """Import the sheet, all or nothing: raises ImportRefused (nothing written) if any row has a problem."""
    with write_transaction():
        plan = plan_import(event, table, mapping, options)
        if not plan.can_import:
            raise ImportRefused(plan)
        created = _create_delegations(event, plan.delegations_to_create, actor, clock)
        for person in plan.new:
            if person.new_delegation:
                person.details.delegation = created[fold(person.new_delegation)]
        register_participants(event, [(person.details, person.number) for person in plan.new], actor, clock,
                              how="import")
        now = clock.now()
        for update in plan.updates:
            if update.new_delegation:
                update.changes["delegation"] = created[fold(update.new_delegation)]
            Participant.update(updated_at=now, **update.changes).where(Participant.id == update.participant.id).execute()
            audit.record("participant updated", f"participant:{update.participant.number}", actor, clock,
                         fields=sorted(update.changes), how="import")
        audit.record("participants imported", "participants", actor, clock, created=len(plan.new),
                     updated=len(plan.updates), unchanged=len(plan.unchanged), kind=table.kind)
    return plan


def _create_delegations(event: Event, names: list[str], actor: str, clock: Clock) -> dict[str, Delegation]:
    taken = {delegation.code for delegation in event_delegations(event)}
    created = {}
    for name in names:
        code = suggested_code(name, taken)
        taken.add(code)
        created[fold(name)] = add_delegation(event, code, name, actor=actor, clock=clock)
    return created

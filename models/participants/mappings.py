"""The words of the delegations' sheets that the organiser mapped once, remembered in the event.

When an import maps "Prosecution" to Prosecutor, "Shqipëria e Mesme" to Albania, a column
"Participant" to the full name, or leaves a role "Observer" empty, the event keeps that
choice: the next delegation's sheet with the same words maps at once. The Event page lists
the remembered words and changes or forgets them.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.ground import audit
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.participants.columns import FIELD_LABELS
from models.participants.entities import Delegation, Role, ValueMapping
from models.participants.folding import fold

ROLE, DELEGATION, COLUMN = WORD_KINDS = ("role", "delegation", "column")
KIND_LABELS = {ROLE: "Role", DELEGATION: "Delegation", COLUMN: "Column"}


class MappingError(BelvedereError):
    pass


@dataclass(frozen=True)
class Choice:
    """What a word means, as the organiser says: a key (role key, delegation code, field), nothing, or new."""

    key: str | None = None
    create: bool = False  # a new role or delegation named as the sheet writes it


def word_of(text: str) -> str:
    """How a sheet's word is grouped and remembered: folded, or as typed if folding leaves nothing ("-")."""
    return fold(text) or text.strip().lower()


def _key(mapping: ValueMapping) -> str | None:
    if mapping.kind == ROLE:
        return mapping.role.key if mapping.role_id else None
    if mapping.kind == DELEGATION:
        return mapping.delegation.code if mapping.delegation_id else None
    return mapping.field or None


def remembered(event: Event, kind: str) -> dict[str, str | None]:
    """The event's remembered words of the kind: folded word → key, or None where it is left empty."""
    query = ValueMapping.select().where((ValueMapping.event == event) & (ValueMapping.kind == kind))
    return {mapping.word: _key(mapping) for mapping in query}


def _target_fields(event: Event, kind: str, key: str | None) -> dict:
    if kind not in WORD_KINDS:
        raise MappingError(translate("participants", "'{kind}' is not a kind of word (use role, delegation or column).")
                           .format(kind=kind))
    fields = {"role": None, "delegation": None, "field": ""}
    if key is None:
        return fields
    if kind == ROLE:
        fields["role"] = Role.get_or_none((Role.event == event) & (Role.key == key))
    elif kind == DELEGATION:
        fields["delegation"] = Delegation.get_or_none((Delegation.event == event) & (Delegation.code == key))
    elif key in FIELD_LABELS:
        fields["field"] = key
    if not any(fields.values()):
        raise MappingError(translate("participants", "The event has no {lower} '{key}'.")
                           .format(lower=KIND_LABELS[kind].lower(), key=key))
    return fields


def remember(event: Event, kind: str, written: str, key: str | None, actor: Actor = UNNAMED,
             clock: Clock = SYSTEM_CLOCK) -> ValueMapping:
    """Remember (or change) what a word means; key None: leave it empty. Audited, in one transaction."""
    word = word_of(written)
    if not word:
        raise MappingError(translate("participants", "An empty word cannot be remembered."))
    with write_transaction():
        values = dict(_target_fields(event, kind, key), written=written.strip(), updated_at=clock.now())
        mapping = ValueMapping.get_or_none((ValueMapping.event == event) & (ValueMapping.kind == kind)
                                           & (ValueMapping.word == word))
        if mapping is None:
            mapping = ValueMapping.create(event=event, kind=kind, word=word, **values)
        else:
            ValueMapping.update(**values).where(ValueMapping.id == mapping.id).execute()
            mapping = ValueMapping.get_by_id(mapping.id)
        audit.record("word mapped", f"{kind}:{word}", actor, clock, maps_to=key)
    return mapping


def forget(mapping: ValueMapping, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    with write_transaction():
        subject = f"{mapping.kind}:{mapping.word}"
        mapping.delete_instance()
        audit.record("word forgotten", subject, actor, clock)


@dataclass(frozen=True)
class RememberedWord:
    mapping: ValueMapping
    kind: str
    written: str
    key: str | None
    meaning: str  # what it maps to, as the lists show it ("" when left empty)


def remembered_words(event: Event) -> list[RememberedWord]:
    """Every remembered word, roles first, then delegations, then columns, alphabetically."""
    query = (ValueMapping.select().where(ValueMapping.event == event)
             .order_by(ValueMapping.kind.desc(), ValueMapping.word))
    words = []
    for mapping in query:
        meaning = (mapping.role.name if mapping.role_id else mapping.delegation.name if mapping.delegation_id
                   else FIELD_LABELS.get(mapping.field, ""))
        words.append(RememberedWord(mapping, mapping.kind, mapping.written, _key(mapping), meaning))
    return words


def entries(event: Event) -> list[dict]:
    """The remembered words as the event document carries them."""
    return [{"kind": word.kind, "word": word.written, "maps_to": word.key} for word in remembered_words(event)]

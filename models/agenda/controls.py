"""The chair's controls: what each one appends to the run log, given the state it meets.

Each control is a pure function (state, now, ...) -> rows to append. It refuses with a
sentence when it does not apply, so the chair learns why nothing happened. The rows
always name the item they act on, which makes a repeated press harmless.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from models.agenda.state import (
    ADD,
    BACK,
    BLACKOUT,
    BLACKOUT_OFF,
    END,
    MESSAGE,
    MESSAGE_OFF,
    PAUSE,
    PAUSED,
    PENDING,
    RESUME,
    RUNNING,
    SKIP,
    START,
    ZERO,
    AgendaState,
    ChairAction,
    ItemRun,
)
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

MAX_MESSAGE_LENGTH = 200


class ChairError(BelvedereError):
    """A control that does not apply right now."""


def _current(state: AgendaState):
    if state.current is None:
        raise ChairError(translate("agenda", "The day is over: every item has ended. Use Back to return to the last "
                                             "item."))
    return state.current


def start(state: AgendaState, now: datetime) -> list[ChairAction]:
    """Start the current item; during a break, end the break and start what follows it."""
    current = _current(state)
    if current.status == PENDING:
        return [ChairAction(START, now, current.item.id)]
    if current.item.is_break and state.next is not None:
        return [ChairAction(START, now, state.next.item.id)]
    raise ChairError(translate("agenda", "“{title}” is already {status}.")
                     .format(title=current.item.title, status=current.status))


def _position(state: AgendaState, item_id: int) -> int | None:
    return next((index for index, run in enumerate(state.runs) if run.item.id == item_id), None)


def later_items(state: AgendaState) -> list[ItemRun]:
    """The items the chair can jump to: every one after the current item."""
    return [] if state.over else list(state.runs[state.cursor + 1:])


def start_later_item(state: AgendaState, now: datetime, item_id: int) -> list[ChairAction]:
    """Move on to a later item now (a speaker is missing, a session is dropped): what runs ends,
    what lies between is skipped, breaks included, and the chosen item starts."""
    position = _position(state, item_id)
    if position is None:
        raise ChairError(translate("agenda", "That item is not on this day's agenda."))
    if position < state.cursor:
        raise ChairError(translate("agenda", "“{title}” is over. Use Back to return to an earlier item.")
                         .format(title=state.runs[position].item.title))
    if position == state.cursor:
        return start(state, now)
    return [ChairAction(START, now, item_id)]


def items_passed_over(state: AgendaState, item_id: int) -> tuple[ItemRun | None, list[ItemRun]]:
    """For a jump to a later item: the item that would end (if one runs) and those skipped."""
    position = _position(state, item_id)
    current = state.current if state.current is not None and state.current.is_active else None
    skipped = state.runs[state.cursor:position] if position is not None else ()
    return current, [run for run in skipped if run.status == PENDING]


def pause(state: AgendaState, now: datetime) -> list[ChairAction]:
    current = _current(state)
    if current.status != RUNNING:
        raise ChairError(translate("agenda", "Nothing is running to pause."))
    return [ChairAction(PAUSE, now, current.item.id)]


def resume(state: AgendaState, now: datetime) -> list[ChairAction]:
    current = _current(state)
    if current.status != PAUSED:
        raise ChairError(translate("agenda", "Nothing is paused to resume."))
    return [ChairAction(RESUME, now, current.item.id)]


def start_or_pause(state: AgendaState, now: datetime) -> list[ChairAction]:
    """The space bar: start what is waiting, pause what runs, resume what is paused."""
    current = _current(state)
    if current.status == PAUSED:
        return resume(state, now)
    if current.status == RUNNING and not current.item.is_break:
        return pause(state, now)
    return start(state, now)


def start_or_resume(state: AgendaState, now: datetime) -> list[ChairAction]:
    """Start what is waiting, or resume what is paused (`chair start`, a remote's Start: it never pauses)."""
    return resume(state, now) if _current(state).status == PAUSED else start(state, now)


def end(state: AgendaState, now: datetime) -> list[ChairAction]:
    """End the current item; a break or lunch that follows starts by itself."""
    current = _current(state)
    if current.status == PENDING:
        raise ChairError(translate("agenda", "“{title}” has not started. Start it, or Skip it.")
                         .format(title=current.item.title))
    return [ChairAction(END, now, current.item.id)]


def next_item(state: AgendaState, now: datetime) -> list[ChairAction]:
    """End the current item and start the next one (a break starts by itself)."""
    current = _current(state)
    if current.status == PENDING:
        return start(state, now)
    following = state.next
    rows = [ChairAction(END, now, current.item.id)]
    if following is not None and not following.item.is_break:
        rows.append(ChairAction(START, now, following.item.id))
    return rows


def skip(state: AgendaState, now: datetime) -> list[ChairAction]:
    current = _current(state)
    if current.status != PENDING:
        raise ChairError(translate("agenda", "“{title}” has started: End it instead of skipping it.")
                         .format(title=current.item.title))
    return [ChairAction(SKIP, now, current.item.id)]


def back(state: AgendaState, now: datetime) -> list[ChairAction]:
    """Return to the previous item, as if it had not been ended (or skipped)."""
    if state.cursor == 0:
        raise ChairError(translate("agenda", "This is the first item of the day; there is nothing before it."))
    return [ChairAction(BACK, now, state.current.item.id if state.current else None)]


def add_time(state: AgendaState, now: datetime, seconds: int) -> list[ChairAction]:
    """Give the current item more time (or less, with negative seconds), never below none at all."""
    current = _current(state)
    if seconds == 0:
        raise ChairError(translate("agenda", "Add or remove at least one second."))
    if current.allotted + timedelta(seconds=seconds) < ZERO:
        raise ChairError(translate("agenda", "“{title}” has less time than that to remove.").format(title=current.item.title))
    return [ChairAction(ADD, now, current.item.id, seconds=seconds)]


def show_message(state: AgendaState, now: datetime, text: str) -> list[ChairAction]:
    text = text.strip()
    if not text:
        raise ChairError(translate("agenda", "Type a message to show, or choose one of the quick messages."))
    if len(text) > MAX_MESSAGE_LENGTH:
        raise ChairError(translate("agenda", "A message can have at most {max_message_length} characters: the speaker "
                                             "reads it at a glance.").format(max_message_length=MAX_MESSAGE_LENGTH))
    return [ChairAction(MESSAGE, now, state.current.item.id if state.current else None, text=text)]


def hide_message(state: AgendaState, now: datetime) -> list[ChairAction]:
    if state.message is None:
        raise ChairError(translate("agenda", "No message is showing."))
    return [ChairAction(MESSAGE_OFF, now)]


def set_blackout(state: AgendaState, now: datetime, on: bool) -> list[ChairAction]:
    if state.blackout == on:
        return []
    return [ChairAction(BLACKOUT if on else BLACKOUT_OFF, now)]


def toggle_blackout(state: AgendaState, now: datetime) -> list[ChairAction]:
    return set_blackout(state, now, not state.blackout)

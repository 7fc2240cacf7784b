"""The chair's controls: what each one appends to the run log, given the state it meets.

Each control is a pure function (state, now, ...) -> rows to append. It refuses with a
sentence when it does not apply, so the chair learns why nothing happened. The rows
always name the item they act on, which makes a repeated press harmless.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta

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
    UNTIL,
    ZERO,
    AgendaState,
    ChairAction,
    ItemRun,
    instant_text,
)
from models.ground.clock import local_to_utc
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

MAX_MESSAGE_LENGTH = 200
LONGEST_RESUME = timedelta(hours=12)  # "Resume at…" further ahead than this is a typing mistake
MINUTE = timedelta(minutes=1)


class ChairError(BelvedereError):
    """A control that does not apply right now."""


def _current(state: AgendaState):
    if state.current is None:
        raise ChairError(translate("agenda", "The day is over: every item has ended. Use Back to return to the last "
                                             "item."))
    return state.current


def start(state: AgendaState, now: datetime) -> list[ChairAction]:
    """Start the current item; once a break's time is up, end it and start what follows."""
    current = _current(state)
    if current.status == PENDING:
        return [ChairAction(START, now, current.item.id)]
    if current.item.is_break and state.next is not None:
        keep_the_break(state, translate("agenda", "Start"))
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
    """The space bar: start what is waiting, pause what runs, resume what is paused.

    During a break with time left it does nothing: Space is the key a chair presses by habit
    (or leans on), and a question it could answer would be answered by the next stray key too.
    Ending a break early is "End break now", asked for; once the break's time is up, Space
    starts what follows."""
    current = _current(state)
    if current.status == PAUSED:
        return resume(state, now)
    keep_the_break(state, translate("agenda", "Space"))
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
    keep_the_break(state, translate("agenda", "End"))
    return [ChairAction(END, now, current.item.id)]


def next_item(state: AgendaState, now: datetime) -> list[ChairAction]:
    """End the current item and start the next one (a break starts by itself)."""
    current = _current(state)
    if current.status == PENDING:
        return start(state, now)
    keep_the_break(state, translate("agenda", "Next"))
    return _end_and_start_next(state, now)


def _end_and_start_next(state: AgendaState, now: datetime) -> list[ChairAction]:
    following = state.next
    rows = [ChairAction(END, now, state.current.item.id)]
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


# --- breaks ---------------------------------------------------------------------------
#
# A break with time left ends only by `end_break`: the page asks before it, in words a stray key
# cannot answer, and a remote or the command line names it ("end-break"). Every other control
# (Space, Start, End, Next, from any of them) refuses with a sentence that says so.

def keep_the_break(state: AgendaState, control: str) -> None:
    """Refuse `control` (named as the chair knows it: Space, End…) while a break has time left."""
    run = break_with_time_left(state)
    if run is not None:
        raise ChairError(translate("agenda", "“{title}” runs until {time}. {control} does not end a break early: use "
                                             "“End break now”, or “Resume at…” (R) to change when it ends.")
                         .format(title=run.item.title, time=f"{state.plan.local(run.projected_end):%H:%M}", control=control))


def end_break(state: AgendaState, now: datetime, start_next: bool = False) -> list[ChairAction]:
    """End the break under way now, however much time it has left; with `start_next`, start what follows."""
    if running_break(state) is None:
        raise ChairError(translate("agenda", "No break is under way."))
    return _end_and_start_next(state, now) if start_next else [ChairAction(END, now, state.current.item.id)]


def break_with_time_left(state: AgendaState) -> ItemRun | None:
    """The break under way while it still has time left: ending it now ends it early."""
    current = state.current
    if current is not None and current.item.is_break and current.is_active and current.remaining > ZERO:
        return current
    return None


def running_break(state: AgendaState) -> ItemRun | None:
    """The break under way (running, paused, or past its resume time until what follows starts)."""
    current = state.current
    return current if current is not None and current.item.is_break and current.is_active else None


def resume_instant(state: AgendaState, now: datetime, clock_time: time) -> datetime:
    """The UTC instant of a venue time of day, on the venue's date at `now`."""
    local_date = state.plan.local(now).date()
    return local_to_utc(datetime.combine(local_date, clock_time.replace(second=0, microsecond=0)), state.plan.zone)


def resume_at(state: AgendaState, now: datetime, resume: datetime) -> list[ChairAction]:
    """Set when the break under way ends, in one step: it then lasts until `resume` (UTC)."""
    current = running_break(state)
    if current is None:
        raise ChairError(translate("agenda", "No break is under way: “Resume at…” sets when the running break ends."))
    if resume <= now:
        raise ChairError(translate("agenda", "Choose a time after now ({time}). To end the break now, use “End break now”.")
                         .format(time=f"{state.plan.local(now):%H:%M}"))
    if resume - now > LONGEST_RESUME:
        raise ChairError(translate("agenda", "{time} is more than 12 hours away: choose a time later today.")
                         .format(time=f"{state.plan.local(resume):%H:%M}"))
    if current.remaining > ZERO and resume == current.projected_end:
        return []
    return [ChairAction(UNTIL, now, current.item.id, text=instant_text(resume))]


def planned_length_resume(state: AgendaState, now: datetime) -> datetime | None:
    """For a break under way that would last longer than planned (it started early and keeps its resume
    time): the resume time, to the minute, that gives it its planned length. None when it does not run
    over its length by a minute or more, or has already run that long. (A break that started late is not
    offered more: the day is behind.)"""
    current = break_with_time_left(state)
    if current is None:
        return None
    resume = _nearest_minute(now + current.item.length - current.running)
    if resume <= now or current.projected_end - resume < MINUTE:
        return None
    return resume


def _nearest_minute(instant: datetime) -> datetime:
    floor = instant.replace(second=0, microsecond=0)
    return floor + MINUTE if instant - floor >= MINUTE / 2 else floor

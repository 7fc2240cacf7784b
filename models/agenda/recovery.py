"""Running late: concrete ways to end the day on time, and what each one saves.

A proposal takes time from what is still to come: a coffee break or lunch, the
one under way included (never below a short floor), or every talk of a session that
has not started, alike (never more than a fifth of a talk). Each proposal is checked by projecting the day with it
applied, so "saves 5 minutes" is what the projection shows, breaks' policies included.
Applying one appends "trim" rows to the run log.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.agenda.plan import PlannedItem
from models.agenda.state import PENDING, RUNNING, TRIM, AgendaState, ChairAction, agenda_state

# Shortening a break never leaves less than this.
SHORTEST_BREAK = {"break": timedelta(minutes=5), "lunch": timedelta(minutes=30)}
# A talk is never trimmed by more than this share of its planned time.
LARGEST_TALK_TRIM = 0.2
# Below this the day counts as on time.
WORTH_RECOVERING = timedelta(minutes=1)
# The chair is offered this many at most: the ones that save most.
OFFERED = 3


@dataclass(frozen=True)
class Recovery:
    kind: str  # "shorten_break" or "trim_talks"
    item_ids: tuple[int, ...]
    minutes: int  # taken from each item
    saves: timedelta
    day_end: datetime  # the projected end of the day once applied (UTC)
    description: str  # as written in the run log
    break_kind: str = ""  # "break" or "lunch" when a break is shortened
    local_start: datetime | None = None  # the break's or the first talk's planned start (venue time)
    session_number: str = ""
    title: str = ""

    def same_as(self, other: Recovery) -> bool:
        return (self.kind, self.item_ids, self.minutes) == (other.kind, other.item_ids, other.minutes)


def minutes_word(minutes: int) -> str:
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def clock_text(local: datetime) -> str:
    return f"{local.hour}:{local.minute:02d}"


def trim_rows(item_ids: tuple[int, ...], minutes: int, text: str, now: datetime) -> list[ChairAction]:
    return [ChairAction(TRIM, now, item_id, seconds=-60 * minutes, text=text) for item_id in item_ids]


def _evaluate(state: AgendaState, kind: str, items: list[PlannedItem], minutes: int, description: str,
              **details) -> Recovery | None:
    ids = tuple(item.id for item in items)
    after = agenda_state(state.plan, state.actions + tuple(trim_rows(ids, minutes, description, state.now)), state.now)
    saves = state.day_delay - after.day_delay
    if saves < WORTH_RECOVERING:
        return None
    return Recovery(kind, ids, minutes, saves, after.projected_day_end, description, **details)


def _break_proposal(state: AgendaState, run, late_minutes: int) -> Recovery | None:
    item = run.item
    room = run.allotted - SHORTEST_BREAK.get(item.kind, SHORTEST_BREAK["break"])
    if run.status != PENDING:  # a break under way cannot give back time already spent
        room = min(room, run.remaining)
    minutes = min(late_minutes, int(room.total_seconds() // 60))
    if minutes < 1:
        return None
    what = "lunch" if item.kind == "lunch" else f"the {clock_text(item.local_start)} coffee break"
    return _evaluate(state, "shorten_break", [item], minutes, f"Shorten {what} by {minutes_word(minutes)}",
                     break_kind=item.kind, local_start=item.local_start)


def _talks_proposal(state: AgendaState, session: PlannedItem | None, talks: list[PlannedItem],
                    late_minutes: int) -> Recovery | None:
    largest = min(int(talk.length.total_seconds() / 60 * LARGEST_TALK_TRIM) for talk in talks)
    minutes = min(math.ceil(late_minutes / len(talks)), largest)
    if minutes < 1:
        return None
    number = session.number if session else ""
    if len(talks) > 1:
        description = f"Trim each of the {len(talks)} talks of session {number} by {minutes_word(minutes)}"
    elif number:
        description = f"Trim “{talks[0].title}” (session {number}) by {minutes_word(minutes)}"
    else:
        description = f"Trim “{talks[0].title}” by {minutes_word(minutes)}"
    return _evaluate(state, "trim_talks", talks, minutes, description, session_number=number,
                     title=talks[0].title, local_start=talks[0].local_start)


def propose_recoveries(state: AgendaState) -> list[Recovery]:
    """Ways to end the day on time, in the order of the day; empty when it is not late."""
    if state.day_delay < WORTH_RECOVERING:
        return []
    late_minutes = math.ceil(state.day_delay.total_seconds() / 60)
    waiting = [run for run in state.runs[state.cursor:]
               if run.status == PENDING or (run.item.is_break and run.status == RUNNING)]
    proposals: list[Recovery] = []
    groups: dict[int | None, list[PlannedItem]] = {}
    for run in waiting:
        if run.item.is_break:
            proposal = _break_proposal(state, run, late_minutes)
            if proposal:
                proposals.append(proposal)
        else:
            groups.setdefault(run.item.parent_id or -run.item.id, []).append(run.item)
    for talks in groups.values():
        session = state.plan.session_of(talks[0]) or (talks[0] if talks[0].kind == "session" else None)
        proposal = _talks_proposal(state, session, talks, late_minutes)
        if proposal:
            proposals.append(proposal)
    order = {run.item.id: position for position, run in enumerate(state.runs)}
    return sorted(proposals, key=lambda proposal: order[proposal.item_ids[0]])


def recoveries_to_offer(state: AgendaState) -> list[Recovery]:
    """The few proposals the chair is offered: those that save most, in the order of the day."""
    proposals = propose_recoveries(state)
    best = sorted(proposals, key=lambda recovery: recovery.saves, reverse=True)[:OFFERED]
    return [recovery for recovery in proposals if recovery in best]

"""Editing a day's planned agenda: add, change, move and remove items, and warn about overlaps and gaps.

The programme order is the time order: after every change the day's items are numbered
by start time (sessions before the items inside them). Moving an item up or down swaps
it with its neighbour, times included, so the block keeps its shape: talks of 09:30–10:00
and 10:00–10:45 swapped become 09:30–10:15 and 10:15–10:45. A session carries the items
inside it when it moves. Items the chair has already run are not removed: the run log
refers to them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from models.agenda.entities import (
    BREAK_KINDS,
    DEFAULT_MINIMUM_MINUTES,
    KINDS,
    RESUME_POLICIES,
    AgendaAction,
    AgendaItem,
)
from models.agenda.plan import day_items
from models.ground import audit
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import write_transaction
from models.ground.entities import Day
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

CONTAINER_KIND = "session"
CHILD_KINDS = ("talk", "break", "lunch", "other")
POINT_KINDS = ("end",)  # a moment, not a span: the end of the day


class AgendaEditError(BelvedereError):
    pass


@dataclass
class ItemDetails:
    kind: str
    title: str
    start: datetime  # venue-local wall-clock time, naive
    end: datetime
    number: str = ""
    description: str = ""
    chair: str = ""
    speakers: list[str] = field(default_factory=list)
    warning_minutes: int = 5
    resume_policy: str = "fixed_resume"
    minimum_minutes: int | None = None

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def local_span(day_date: date, start: time, end: time) -> tuple[datetime, datetime]:
    """Wall-clock times on the day; an end before the start is past midnight."""
    begins = datetime.combine(day_date, start)
    ends = datetime.combine(day_date, end)
    return begins, ends + timedelta(days=1) if ends < begins else ends


def details_of(item: AgendaItem) -> ItemDetails:
    return ItemDetails(kind=item.kind, title=item.title, start=item.planned_start, end=item.planned_end,
                       number=item.number, description=item.description, chair=item.chair,
                       speakers=item.speaker_list, warning_minutes=item.warning_minutes,
                       resume_policy=item.resume_policy, minimum_minutes=item.minimum_minutes)


def _span(start: datetime, end: datetime) -> str:
    return start.strftime("%H:%M") if start == end else f"{start:%H:%M}–{end:%H:%M}"


def problems_with_item(day: Day, details: ItemDetails, parent: AgendaItem | None = None) -> list[str]:
    """Everything that stops the item from being saved, as sentences."""
    problems = []
    if details.kind not in KINDS:
        problems.append(translate("agenda", "Unknown kind '{kind}'.").format(kind=details.kind))
    if not details.title.strip():
        problems.append(translate("agenda", "An agenda item needs a title."))
    if details.start.date() != day.date:
        problems.append(translate("agenda", "The item must start on the day itself ({date:%d.%m.%Y}).").format(date=day.date))
    if details.end < details.start:
        problems.append(translate("agenda", "The item ends before it starts."))
    elif details.end - details.start > timedelta(hours=24):
        problems.append(translate("agenda", "An item cannot last more than 24 hours."))
    if details.kind in POINT_KINDS and details.end != details.start:
        problems.append(translate("agenda", "The end of the day is a moment: give it the same start and end time."))
    if parent is not None:
        if parent.kind != CONTAINER_KIND:
            problems.append(translate("agenda", "Only a session can hold other items."))
        if parent.day_id != day.id:
            problems.append(translate("agenda", "The session is on another day."))
        if details.kind not in CHILD_KINDS:
            problems.append(translate("agenda", "A session can hold talks, breaks, lunch and other items, not {kind} "
                                                "items.").format(kind=details.kind))
    if details.warning_minutes < 0:
        problems.append(translate("agenda", "The warning cannot come after the end: give 0 or more minutes."))
    elif details.minutes > 0 and details.warning_minutes >= details.minutes:
        problems.append(translate("agenda", "The warning comes {warning_minutes} minutes before the end, but the item "
                                            "lasts only {minutes} minutes.")
                        .format(warning_minutes=details.warning_minutes, minutes=details.minutes))
    if details.resume_policy not in RESUME_POLICIES:
        problems.append(translate("agenda", "Unknown resume policy '{resume_policy}'.")
                        .format(resume_policy=details.resume_policy))
    if details.kind in BREAK_KINDS and details.minimum_minutes is not None:
        if not 0 <= details.minimum_minutes <= details.minutes:
            problems.append(translate("agenda", "The shortest length of the break ({minimum_minutes} minutes) must be "
                                                "between 0 and its planned length ({minutes} minutes).")
                            .format(minimum_minutes=details.minimum_minutes, minutes=details.minutes))
    return problems


def _values(details: ItemDetails) -> dict:
    is_break = details.kind in BREAK_KINDS
    return dict(
        kind=details.kind, title=details.title.strip(), number=details.number.strip(),
        description=details.description.strip(), chair=details.chair.strip(),
        speakers="\n".join(s.strip() for s in details.speakers if s.strip()), planned_start=details.start,
        planned_end=details.end, warning_minutes=details.warning_minutes,
        resume_policy=details.resume_policy if is_break else "fixed_resume",
        minimum_minutes=(details.minimum_minutes if details.minimum_minutes is not None
                         else DEFAULT_MINIMUM_MINUTES[details.kind]) if is_break else None,
    )


def _check(day: Day, details: ItemDetails, parent: AgendaItem | None) -> None:
    problems = problems_with_item(day, details, parent)
    if problems:
        raise AgendaEditError(" ".join(problems))


def _order_day(day: Day) -> None:
    """Number the day's items by time: top-level items by start, each followed by the items inside it."""
    items = day_items(day)
    children: dict[int, list[AgendaItem]] = {}
    for item in items:
        if item.parent_id:
            children.setdefault(item.parent_id, []).append(item)

    def by_time(entries: list[AgendaItem]) -> list[AgendaItem]:
        return sorted(entries, key=lambda entry: (entry.planned_start, entry.position))

    ordered = []
    for item in by_time([item for item in items if not item.parent_id]):
        ordered.append(item)
        ordered.extend(by_time(children.get(item.id, [])))
    # Two passes: positions are unique per day, so clear them before giving the final ones.
    for index, item in enumerate(ordered, start=1):
        AgendaItem.update(position=-index).where(AgendaItem.id == item.id).execute()
    for index, item in enumerate(ordered, start=1):
        AgendaItem.update(position=index).where(AgendaItem.id == item.id).execute()


def add_item(day: Day, details: ItemDetails, parent: AgendaItem | None = None, actor: Actor = UNNAMED,
             clock: Clock = SYSTEM_CLOCK) -> AgendaItem:
    _check(day, details, parent)
    with write_transaction():
        last = AgendaItem.select().where(AgendaItem.day == day).order_by(AgendaItem.position.desc()).first()
        item = AgendaItem.create(day=day, parent=parent, position=(last.position if last else 0) + 1,
                                 **_values(details))
        _order_day(day)
        audit.record("agenda item added", f"agenda-item:{item.id}", actor, clock, day=day.number)
    return AgendaItem.get_by_id(item.id)


def _shift_children(item: AgendaItem, shift: timedelta) -> None:
    if shift:
        for child in AgendaItem.select().where(AgendaItem.parent == item):
            AgendaItem.update(planned_start=child.planned_start + shift, planned_end=child.planned_end + shift) \
                .where(AgendaItem.id == child.id).execute()


def update_item(item: AgendaItem, details: ItemDetails, parent: AgendaItem | None = None, actor: Actor = UNNAMED,
                clock: Clock = SYSTEM_CLOCK) -> AgendaItem:
    """Save the item's new details; a session moved in time (same length) takes the items inside it along."""
    day = item.day
    _check(day, details, parent)
    if parent is not None and parent.id == item.id:
        raise AgendaEditError(translate("agenda", "An item cannot be inside itself."))
    if parent is not None and AgendaItem.select().where(AgendaItem.parent == item).exists():
        raise AgendaEditError(translate("agenda", "A session with items inside cannot go inside another session."))
    with write_transaction():
        moved = details.start - item.planned_start
        if item.kind == CONTAINER_KIND and details.minutes == item.planned_minutes:
            _shift_children(item, moved)
        AgendaItem.update(parent=parent, **_values(details)).where(AgendaItem.id == item.id).execute()
        _order_day(day)
        audit.record("agenda item changed", f"agenda-item:{item.id}", actor, clock, day=day.number)
    return AgendaItem.get_by_id(item.id)


def has_run(item: AgendaItem) -> bool:
    """Whether the chair's log mentions the item or anything inside it."""
    ids = [item.id] + [child.id for child in AgendaItem.select(AgendaItem.id).where(AgendaItem.parent == item)]
    return AgendaAction.select().where(AgendaAction.item.in_(ids)).exists()


def remove_item(item: AgendaItem, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    """Remove the item (and the items inside a session); refused once the chair has run it."""
    with write_transaction():
        if has_run(item):
            raise AgendaEditError(translate("agenda", "“{title}” has already been run by the chair; it stays in the "
                                                      "agenda (change its times instead).").format(title=item.title))
        day = item.day
        AgendaItem.delete().where(AgendaItem.parent == item).execute()
        AgendaItem.delete().where(AgendaItem.id == item.id).execute()
        _order_day(day)
        audit.record("agenda item removed", f"agenda-item:{item.id}", actor, clock, day=day.number)


def siblings(item: AgendaItem) -> list[AgendaItem]:
    """The items beside it: the day's top-level items, or the items of the same session, in order."""
    query = AgendaItem.select().where(AgendaItem.day == item.day_id)
    query = query.where(AgendaItem.parent == item.parent_id) if item.parent_id else query.where(
        AgendaItem.parent.is_null())
    return list(query.order_by(AgendaItem.position))


def move_item(item: AgendaItem, step: int, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> bool:
    """Swap the item with the one before (step -1) or after (+1); returns False at either end."""
    with write_transaction():
        row = siblings(item)
        index = next(i for i, entry in enumerate(row) if entry.id == item.id)
        other = index + step
        if not 0 <= other < len(row):
            return False
        first, second = sorted((row[index], row[other]), key=lambda entry: entry.position)
        gap = second.planned_start - first.planned_end
        second_start = first.planned_start
        first_start = second_start + (second.planned_end - second.planned_start) + gap
        for entry, start in ((second, second_start), (first, first_start)):
            shift = start - entry.planned_start
            _shift_children(entry, shift)
            AgendaItem.update(planned_start=entry.planned_start + shift, planned_end=entry.planned_end + shift) \
                .where(AgendaItem.id == entry.id).execute()
        # Equal start times (a moment after a span) keep the swapped order through the renumbering.
        AgendaItem.update(position=-10_000).where(AgendaItem.id == second.id).execute()
        _order_day(item.day)
        audit.record("agenda item moved", f"agenda-item:{item.id}", actor, clock, day=item.day.number, step=step)
    return True


# --- warnings ------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaWarning:
    item_id: int  # the item the warning is about (the later one of two)
    kind: str  # "overlap", "gap" or "outside"
    message: str


def _named(item: AgendaItem) -> str:
    return f"“{item.title}” ({_span(item.planned_start, item.planned_end)})"


def _sequence_warnings(items: list[AgendaItem]) -> list[AgendaWarning]:
    warnings = []
    for before, after in zip(items, items[1:]):
        if after.planned_start < before.planned_end:
            warnings.append(AgendaWarning(after.id, "overlap", f"{_named(after)} overlaps {_named(before)}."))
        elif after.planned_start > before.planned_end:
            warnings.append(AgendaWarning(
                after.id, "gap", f"Nothing is planned {_span(before.planned_end, after.planned_start)}, "
                                 f"between “{before.title}” and “{after.title}”."))
    return warnings


def agenda_warnings(day: Day) -> list[AgendaWarning]:
    """Overlaps and gaps between the day's items and inside each session, in programme order."""
    items = day_items(day)
    top = [item for item in items if not item.parent_id]
    warnings = _sequence_warnings(top)
    for session in top:
        inside = [item for item in items if item.parent_id == session.id]
        if not inside:
            continue
        for item in inside:
            if item.planned_start < session.planned_start or item.planned_end > session.planned_end:
                warnings.append(AgendaWarning(item.id, "outside", f"{_named(item)} is outside its session "
                                                                  f"{_named(session)}."))
        warnings.extend(_sequence_warnings(inside))
        if inside[0].planned_start > session.planned_start:
            warnings.append(AgendaWarning(
                inside[0].id, "gap", f"The session “{session.title}” starts with nothing planned "
                                     f"{_span(session.planned_start, inside[0].planned_start)}."))
        last_end = max(item.planned_end for item in inside)
        if last_end < session.planned_end:
            warnings.append(AgendaWarning(
                inside[-1].id, "gap", f"The session “{session.title}” ends with nothing planned "
                                      f"{_span(last_end, session.planned_end)}."))
    order = {item.id: index for index, item in enumerate(items)}
    return sorted(warnings, key=lambda warning: order.get(warning.item_id, 0))


# --- what the editor shows and offers ------------------------------------------------------


def item_by_id(item_id: int | None) -> AgendaItem | None:
    """The agenda item, or None when there is none (it may have been removed meanwhile)."""
    return AgendaItem.get_or_none(AgendaItem.id == item_id) if item_id else None


def sessions_of(day: Day, leaving_out: AgendaItem | None = None) -> list[AgendaItem]:
    """The day's sessions, which can hold other items; never the item being edited itself."""
    return [item for item in day_items(day)
            if item.kind == CONTAINER_KIND and (leaving_out is None or item.id != leaving_out.id)]


def session_to_add_into(chosen: AgendaItem) -> AgendaItem | None:
    """Where "Add inside" puts a new item: into the chosen session, or into the session of the chosen item."""
    return chosen if chosen.kind == CONTAINER_KIND else item_by_id(chosen.parent_id)


def count_inside(item: AgendaItem) -> int:
    """How many items a session holds (they go with it when it is removed)."""
    return AgendaItem.select().where(AgendaItem.parent == item).count()


def new_item_details(day: Day, session: AgendaItem | None = None) -> ItemDetails:
    """A new talk in the session, or a new session of the day: it starts where the last of its
    neighbours ends (at the session's start, or at 09:00 on an empty day) and lasts 30 minutes."""
    neighbours = [item for item in day_items(day) if item.parent_id == (session.id if session else None)]
    start = max((item.planned_end for item in neighbours), default=session.planned_start if session else None)
    if start is None or start.date() != day.date:
        start, _ = local_span(day.date, time(9, 0), time(9, 0))
    return ItemDetails(kind="talk" if session else "session", title="", start=start, end=start + timedelta(minutes=30))

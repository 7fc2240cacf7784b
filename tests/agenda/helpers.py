"""Building agenda plans and moving a fake clock in venue time, for the agenda tests."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.agenda import controls
from models.agenda.plan import DayPlan, PlannedItem, runnable_units
from models.agenda.state import ChairAction, agenda_state
from models.ground.clock import FakeClock, local_to_utc, venue_zone

TIRANE = venue_zone("Europe/Tirane")
DAY_ONE = date(2011, 6, 9)


def at(hhmm: str, day: date = DAY_ONE, seconds: float = 0) -> datetime:
    """The UTC instant of a venue time on the day, e.g. at("11:04")."""
    local = datetime.combine(day, time.fromisoformat(hhmm)) + timedelta(seconds=seconds)
    return local_to_utc(local, TIRANE)


def item(item_id: int, kind: str, start: str, end: str, *, day: date = DAY_ONE, parent: int | None = None,
         title: str = "", policy: str = "fixed_resume", minimum: int = 0, warning: int = 5,
         number: str = "") -> PlannedItem:
    local_start = datetime.combine(day, time.fromisoformat(start))
    local_end = datetime.combine(day, time.fromisoformat(end))
    if local_end < local_start:
        local_end += timedelta(days=1)
    return PlannedItem(
        id=item_id, position=item_id, kind=kind, number=number, title=title or f"{kind} {item_id}", description="", chair="",
        speakers=(), parent_id=parent, local_start=local_start, local_end=local_end,
        start=local_to_utc(local_start, TIRANE), end=local_to_utc(local_end, TIRANE),
        warning=timedelta(minutes=warning), resume_policy=policy, minimum=timedelta(minutes=minimum),
    )


def plan_of(*items: PlannedItem, day: date = DAY_ONE, number: int = 1, seats: int = 2) -> DayPlan:
    return DayPlan(day_id=1, number=number, date=day, label=f"Day {number}", zone=TIRANE, languages=("en", "sq"),
                   event_title="Workshop", items=items, units=runnable_units(items), next_day=None,
                   seats_before=timedelta(minutes=seats))


def three_talks() -> DayPlan:
    return plan_of(item(1, "talk", "09:00", "09:30"), item(2, "talk", "09:30", "10:00"),
                   item(3, "talk", "10:00", "10:30"))


class Session:
    """A pure run of chair controls against a plan: no database, a fake clock."""

    def __init__(self, plan: DayPlan, now: datetime):
        self.plan = plan
        self.clock = FakeClock(now)
        self.actions: list[ChairAction] = []

    @property
    def state(self):
        return agenda_state(self.plan, self.actions, self.clock.now())

    def do(self, control, *args):
        rows = control(self.state, self.clock.now(), *args)
        self.actions.extend(rows)
        return self.state

    def at(self, hhmm: str, seconds: float = 0):
        self.clock.set(at(hhmm, self.plan.date, seconds))
        return self.state


def onwards(chair, state) -> tuple:
    """The chair's way on to what follows, as (control, *arguments) of a `Chair`: Next, or, during a break with
    time left (which Next never ends), End break now, starting what follows."""
    return (chair.end_break, True) if controls.break_with_time_left(state) is not None else (chair.next_item,)


def open_chair_page(qtbot, demo_path, clock_at: str = "08:40"):
    """The chair's page on the demo at day I's venue time `clock_at`, shown: (page, its fake clock)."""
    from tests.ui.pages import open_page
    from ui.agenda.page import AgendaPage

    clock = FakeClock(at(clock_at))
    return open_page(qtbot, demo_path, AgendaPage, clock, size=(1100, 760)), clock

"""The run log in the event file: durable, append-only, and the state computed again after a restart."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.agenda import controls
from models.agenda.entities import AgendaAction
from models.agenda.plan import load_day_plan
from models.agenda.recovery import propose_recoveries
from models.agenda.runlog import Chair, append, day_state, last_action_id, load_actions, set_seats_minutes
from models.agenda.timing import day_timing
from models.event.file import close_event_database, open_event_database
from models.ground.audit import CHAIR, Actor, AuditEntry
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.ground.errors import BelvedereError
from tests.agenda.helpers import at

pytestmark = pytest.mark.databases("sqlite", "postgresql")

MIN = timedelta(minutes=1)


def test_after_a_restart_the_state_is_the_same_pauses_and_added_time_included(demo_path):
    # GIVEN the chair ran the opening with a pause and two added minutes
    open_event_database(demo_path)
    day = day_by_number(current_event(), 1)
    clock = FakeClock(at("09:02"))
    chair = Chair(day, clock, actor=Actor(CHAIR, "Arben"))
    chair.start()
    clock.set(at("09:10"))
    chair.pause()
    clock.set(at("09:12"))
    chair.resume()
    chair.add_time(120)
    clock.set(at("09:20"))
    before = day_state(day, clock)
    # WHEN the program stops and the file is opened again
    close_event_database()
    open_event_database(demo_path)
    after = day_state(day_by_number(current_event(), 1), clock)
    # THEN the same item runs with the same time left: 30 + 2 − 16 minutes
    assert after.current.item.title == "Opening statements"
    assert after.current.remaining == before.current.remaining == 16 * MIN
    assert [row.actor for row in AgendaAction.select()] == ["chair: Arben"] * 4


def test_two_laptops_pressing_end_at_once_end_one_item(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:00"))
    Chair(day, clock).start()
    clock.set(at("09:30"))
    # both read the same state before either writes: the second End names an item already ended
    state = day_state(day, clock)
    append(day.id, controls.end(state, clock.now()))
    append(day.id, controls.end(state, clock.now()))
    after = day_state(day, clock)
    assert after.current.item.title == (
        "Introduction to the workshop and overview of the need for co-operation between LEA and ISP")
    assert after.current.status == "pending"


def test_a_refused_control_writes_nothing(demo_event):
    day = day_by_number(demo_event, 1)
    chair = Chair(day, FakeClock(at("09:00")))
    with pytest.raises(BelvedereError):
        chair.pause()
    assert AgendaAction.select().count() == 0 and last_action_id(day) == 0
    chair.start()
    assert last_action_id(day) == AgendaAction.select().first().id
    assert [a.action for a in load_actions(day)] == ["start"]


def test_a_recovery_is_logged_and_audited(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:20"))
    chair = Chair(day, clock)
    chair.start()  # 20 minutes late: the 11:00 break absorbs 5, lunch the rest
    clock.set(at("13:50"))
    state = day_state(day, clock)
    assert state.day_delay > timedelta(0)
    proposal = propose_recoveries(state)[0]
    chair.apply_recovery(proposal)
    rows = list(AgendaAction.select().where(AgendaAction.action == "trim"))
    assert rows and all(row.text == proposal.description for row in rows)
    entry = AuditEntry.get(AuditEntry.action == "agenda.recovery")
    assert entry.details["text"] == proposal.description


def test_the_take_your_seats_notice_is_an_event_setting(demo_event):
    day = day_by_number(demo_event, 1)
    assert load_day_plan(day).seats_before == 2 * MIN
    set_seats_minutes(3)
    assert load_day_plan(day).seats_before == 3 * MIN
    with pytest.raises(BelvedereError, match="between 0 and 30"):
        set_seats_minutes(45)


def started_day_one(event, started: str) -> tuple:
    """Day I with its opening started at `started`: (day, clock, chair)."""
    day = day_by_number(event, 1)
    clock = FakeClock(at(started))
    chair = Chair(day, clock)
    chair.start()
    return day, clock, chair


def test_timing_of_the_day_for_the_report(demo_event):
    day, clock, chair = started_day_one(demo_event, "09:07")
    clock.set(at("09:20"))
    chair.pause()
    clock.set(at("09:22"))
    chair.resume()
    chair.show_message("2 minutes")
    clock.set(at("09:41"))
    chair.next_item()
    timing = day_timing(day, clock)
    opening = timing.items[0]
    assert (opening.actual_start, opening.actual_end) == (datetime(2011, 6, 9, 9, 7), datetime(2011, 6, 9, 9, 41))
    assert opening.ran == 32 * MIN and opening.ran - opening.planned_length == 2 * MIN
    assert opening.session.number == "1"
    assert [(m.text, m.shown, m.hidden) for m in timing.messages] == [("2 minutes", datetime(2011, 6, 9, 9, 22), None)]
    assert timing.planned_end == datetime(2011, 6, 9, 17, 30) and timing.actual_end is None


def test_the_chair_can_move_on_to_a_later_item_skipping_what_lies_between(demo_event):
    # GIVEN the opening runs, and the speaker of the next two talks has not arrived
    day, clock, chair = started_day_one(demo_event, "09:02")
    clock.set(at("09:25"))
    state = day_state(day, clock)
    good_practices = next(run.item for run in state.runs if run.item.title.startswith("Good practices of LEA/ISP"))
    ending, skipped = controls.items_passed_over(state, good_practices.id)
    assert ending.item.title == "Opening statements"
    assert [run.item.title[:28] for run in skipped] == ["Introduction to the workshop", "The Guidelines for LEA/ISP c"]
    # WHEN the chair starts the later talk now
    after = chair.start_later_item(good_practices.id)
    # THEN the opening ended at 09:25, the two talks between are skipped, and the talk runs from 09:25
    assert after.current.item == good_practices and after.current.status == "running"
    assert after.current.started_at == at("09:25")
    assert [run.status for run in after.runs[:3]] == ["done", "skipped", "skipped"]
    assert after.runs[0].ended_at == at("09:25")
    assert [row.action for row in AgendaAction.select()] == ["start", "start"]  # one row: old versions read it


def test_moving_on_past_a_break_skips_the_break_and_earlier_items_are_refused(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("10:40"))
    chair = Chair(day, clock)
    state = day_state(day, clock)
    coffee = next(run for run in state.runs if run.item.is_break)
    after_coffee = state.runs[state.runs.index(coffee) + 1].item
    after = chair.start_later_item(after_coffee.id)
    assert after.run_of(coffee.item.id).status == "skipped" and after.current.item == after_coffee
    opening = state.runs[0].item
    with pytest.raises(BelvedereError, match="is over. Use Back"):
        chair.start_later_item(opening.id)
    with pytest.raises(BelvedereError, match="already running"):
        chair.start_later_item(after_coffee.id)  # the current item: as Start, which refuses a running item

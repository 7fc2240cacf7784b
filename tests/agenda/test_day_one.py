"""Day I of the reference workshop, scripted with a fake clock: what the room sees, what the chair is told.

The opening starts 7 minutes late, session 2 overruns by 4 minutes, the coffee break
absorbs it; later session 3 overruns into lunch and the chair recovers.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.agenda.recovery import propose_recoveries, recoveries_to_offer
from models.agenda.runlog import Chair, day_state
from models.agenda.stage import BREAK_SCREEN, ITEM_SCREEN, SEATS_SCREEN, STARTING_SCREEN, WELCOME_SCREEN, stage_screen
from models.checkin.counts import day_count
from models.checkin.entities import CheckIn
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.participants.entities import Participant
from tests.agenda.helpers import at, onwards

pytestmark = pytest.mark.databases("sqlite", "postgresql")

MIN = timedelta(minutes=1)


@pytest.fixture
def day_one(demo_event):
    return day_by_number(demo_event, 1)


class Chairing:
    def __init__(self, day):
        self.day = day
        self.clock = FakeClock(at("08:40"))
        self.chair = Chair(day, self.clock)

    def at(self, hhmm: str):
        self.clock.set(at(hhmm))
        return self

    @property
    def state(self):
        return day_state(self.day, self.clock)

    @property
    def screen(self):
        return stage_screen(self.state, day_count(self.day))

    def day_ends(self) -> str:
        end = self.state.plan.local(self.state.projected_day_end)
        return f"{end:%H:%M}"


def test_the_welcome_screen_counts_arrivals_live(day_one):
    run = Chairing(day_one)
    screen = run.screen
    assert screen.kind == WELCOME_SCREEN
    assert screen.headline == ("Welcome", "Mirë se vini")
    assert "Registration from 8:45 · Opening at 9:00" in screen.lines
    assert "Regjistrimi nga ora 8:45 · Hapja në orën 9:00" in screen.lines
    expected = day_count(day_one).expected
    assert f"0 of {expected} participants registered" in screen.lines
    # WHEN three people check in at the desk
    for participant in Participant.select().limit(3):
        CheckIn.create(participant=participant, day=day_one, at=at("08:46"))
    # THEN the next screen counts them
    assert f"3 of {expected} participants registered" in run.screen.lines
    assert f"3 nga {expected} pjesëmarrës të regjistruar" in run.screen.lines


def test_a_late_opening_and_an_overrun_absorbed_by_the_coffee_break(day_one):
    run = Chairing(day_one)
    assert run.day_ends() == "17:30"

    # the opening starts 7 minutes late
    run.at("09:07").chair.start()
    screen = run.screen
    assert (screen.kind, screen.title, screen.countdown) == (ITEM_SCREEN, "Opening statements", "30:00")
    assert screen.label == "Session 1 · Sesioni 1"
    assert run.state.delay == 7 * MIN
    # session 2 and the break pass the delay on; the break absorbs all but 2 minutes; lunch the rest
    assert f"{run.state.plan.local(run.state.runs[4].projected_end):%H:%M}" == "11:17"
    assert run.day_ends() == "17:30"

    # the chair ends the opening on time, and session 2 runs its three talks
    for hhmm in ("09:30", "10:00", "10:30"):
        run.at(hhmm).chair.next_item()
    assert run.state.delay == timedelta(0)
    assert run.at("10:45").screen.countdown == "15:00"

    # session 2 overruns by 4 minutes; the chair ends it and the break starts by itself
    assert run.at("11:04").screen.countdown == "+4:00"
    run.chair.end()
    screen = run.screen
    assert screen.kind == BREAK_SCREEN
    assert screen.headline == ("Coffee break", "Pushim kafeje")
    assert screen.lines == ("We resume at 11:15", "Rifillojmë në orën 11:15")
    assert screen.countdown == "11:00"
    assert screen.next_label == "Next · Në vijim"
    assert screen.next_lines[0] == ("Session 3 · Sesioni 3 — Review of LEA/ISP cooperation in project areas: "
                                    "types of request and cooperation")
    assert run.day_ends() == "17:30" and run.state.delay == timedelta(0)

    # two minutes before the resume time
    assert run.at("11:12").screen.kind == BREAK_SCREEN
    screen = run.at("11:13").screen
    assert screen.kind == SEATS_SCREEN
    assert screen.headline == ("Please take your seats", "Ju lutemi, zini vendet")
    assert screen.countdown == "2:00"

    # at the resume time the next session is shown as starting now, until the chair starts it
    screen = run.at("11:15").screen
    assert screen.kind == STARTING_SCREEN
    assert screen.headline == ("Starting now", "Fillojmë tani")
    assert "Session 3 · Sesioni 3" in screen.next_lines[0]
    assert run.at("11:16").screen.kind == STARTING_SCREEN
    run.chair.start()
    screen = run.screen
    assert (screen.kind, screen.countdown) == (ITEM_SCREEN, "1:45:00")
    assert screen.title == "Interventions/discussion by participants"
    assert run.state.delay == MIN and run.day_ends() == "17:30"


def test_lunch_keeps_its_resume_time_down_to_45_minutes_then_the_chair_recovers(day_one):
    run = Chairing(day_one)
    run.at("09:00").chair.start()
    for hhmm in ("09:30", "10:00", "10:30"):
        run.at(hhmm).chair.next_item()
    run.at("11:00").chair.end()
    run.at("11:15").chair.start()

    # session 3 ends at 13:20: lunch still resumes at 14:30
    run.at("13:20").chair.end()
    screen = run.screen
    assert screen.headline == ("Lunch", "Drekë")
    assert screen.lines == ("We resume at 14:30", "Rifillojmë në orën 14:30")
    assert screen.countdown == "1:10:00"
    assert run.day_ends() == "17:30"
    assert propose_recoveries(run.state) == []

    # had it ended at 14:00, lunch would keep its 45 minutes and the day would end 10 minutes late
    run.chair.back()
    run.at("14:00").chair.end()
    assert run.screen.lines == ("We resume at 14:45", "Rifillojmë në orën 14:45")
    assert run.state.day_delay == 10 * MIN and run.day_ends() == "17:40"

    proposals = propose_recoveries(run.state)
    assert [(p.description, p.saves) for p in proposals] == [
        ("Shorten lunch by 10 minutes", 10 * MIN),
        ("Trim “Overview of the domestic procedural law and presentation of responsibilities, authorities and "
         "limitations set by this legislation” (session 4) by 10 minutes", 10 * MIN),
        ("Shorten the 16:00 coffee break by 5 minutes", 5 * MIN),
        ("Trim each of the 2 talks of session 5 by 5 minutes", 10 * MIN),
    ]

    # the chair is offered the three that save most (ten minutes each), in the order of the day
    assert recoveries_to_offer(run.state) == [proposals[0], proposals[1], proposals[3]]

    # the chair shortens the afternoon coffee break: the projection follows and the log keeps it
    coffee = proposals[2]
    state = run.chair.apply_recovery(coffee)
    assert state.day_delay == 5 * MIN and run.day_ends() == "17:35"
    assert [r.text for r in state.recoveries] == ["Shorten the 16:00 coffee break by 5 minutes"]
    with pytest.raises(Exception, match="no longer fits"):
        run.chair.apply_recovery(coffee)
    # what remains on offer recovers the rest
    # (two talks trimmed by 3 minutes each save 6)
    assert [p.saves for p in propose_recoveries(run.state)] == [5 * MIN, 5 * MIN, 6 * MIN]


def test_end_of_day_one_says_see_you_tomorrow(day_one):
    run = Chairing(day_one)
    run.at("09:00").chair.start()
    for _ in range(20):
        if run.state.over:
            break
        control, *arguments = onwards(run.chair, run.state)
        control(*arguments)
    screen = run.screen
    assert screen.headline == ("End of day 1", "Fundi i ditës 1")
    assert screen.lines == ("See you tomorrow at 9:00", "Shihemi nesër në orën 9:00")


def test_end_of_the_last_day_says_thank_you(demo_event):
    day_two = day_by_number(demo_event, 2)
    clock = FakeClock(at("09:00", day=datetime(2011, 6, 10).date()))
    chair = Chair(day_two, clock)
    chair.start()
    while not (state := day_state(day_two, clock)).over:
        control, *arguments = onwards(chair, state)
        control(*arguments)
    screen = stage_screen(day_state(day_two, clock))
    assert screen.headline == ("End of the meeting", "Fundi i takimit")
    assert screen.lines == ("Thank you", "Faleminderit")


def test_on_day_two_the_coffee_break_inside_session_6_starts_by_itself(demo_event):
    day_two = day_by_number(demo_event, 2)
    clock = FakeClock(at("09:00", day=datetime(2011, 6, 10).date()))
    chair = Chair(day_two, clock)
    chair.start()
    chair.next_item()
    clock.advance(minutes=62)
    chair.end()
    screen = stage_screen(day_state(day_two, clock))
    assert screen.kind == BREAK_SCREEN and screen.lines[0] == "We resume at 11:15"
    assert screen.next_lines[0].startswith("Session 6 · Sesioni 6 — Specific measures")
    assert screen.next_lines[1] == "Measures to be taken by service providers (guidelines 41 – 59)"

"""The snapshot a browser receives: instants instead of digits, the screens to come with their
instants, the agenda with projected times, every word bilingual, nobody named. No network."""
from __future__ import annotations

import json
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from models.agenda import controls
from models.agenda.plan import load_day_plan
from models.agenda.runlog import Chair, load_actions
from models.agenda.stage import stage_screen
from models.agenda.state import agenda_state
from models.checkin.counts import day_count
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.live.snapshot import epoch_ms, face, live_snapshot
from models.participants.entities import Participant
from tests.agenda.helpers import Session, at, item, plan_of

MINUTE = timedelta(minutes=1)


def talk_break_talk():
    return plan_of(item(1, "talk", "09:00", "09:30", warning=5), item(2, "break", "09:30", "09:45", minimum=5),
                   item(3, "talk", "09:45", "10:15"))


def screen_at(snapshot: dict, instant) -> dict:
    """The screen the browser picks at an instant: the last one begun by then."""
    begun = [screen for screen in snapshot["screens"] if screen["from"] is None or screen["from"] <= epoch_ms(instant)]
    chosen = dict(begun[-1])
    chosen.pop("from")
    return chosen


def test_a_running_item_is_sent_as_the_instant_its_time_is_up_and_a_paused_one_as_what_is_left():
    session = Session(talk_break_talk(), at("09:02"))
    session.do(controls.start)
    session.at("09:10")
    running = live_snapshot(session.plan, tuple(session.actions), session.clock.now())
    assert running["timer"] == {"status": "running", "allotted_ms": 30 * 60_000, "ends_at": epoch_ms(at("09:32"))}
    session.do(controls.pause)
    session.at("09:20")
    paused = live_snapshot(session.plan, tuple(session.actions), session.clock.now())
    assert paused["timer"] == {"status": "paused", "allotted_ms": 30 * 60_000, "remaining_ms": 22 * 60_000}
    assert paused["screens"][0]["headline"] == ["Paused", "Në pauzë"] and paused["screens"][0]["timed"]


def test_the_colours_to_come_are_sent_with_the_instants_they_begin():
    # GIVEN a 30-minute talk started at 09:02, with a warning 5 minutes before its end
    session = Session(talk_break_talk(), at("09:02"))
    session.do(controls.start)
    snapshot = live_snapshot(session.plan, tuple(session.actions), at("09:20"))
    # THEN the browser knows when the warning, the last minute and the overtime begin
    changes = [(screen["from"], screen["phase"]) for screen in snapshot["screens"]]
    assert changes == [(None, "running"), (epoch_ms(at("09:27")), "warning"), (epoch_ms(at("09:31")), "danger"),
                       (epoch_ms(at("09:32")), "overtime")]
    assert [screen["blinks"] for screen in snapshot["screens"]] == [False, False, False, True]
    assert "countdown" not in snapshot["screens"][0] and "clock" not in snapshot["screens"][0]


def test_a_break_sends_its_seats_call_and_its_end_ahead():
    session = Session(talk_break_talk(), at("09:00"))
    session.do(controls.start)
    session.at("09:30")
    session.do(controls.end)  # the coffee break starts by itself and resumes at 09:45
    snapshot = live_snapshot(session.plan, tuple(session.actions), at("09:40"))
    kinds = [(screen["from"], screen["kind"]) for screen in snapshot["screens"]]
    assert kinds == [(None, "break"), (epoch_ms(at("09:43")), "seats"), (epoch_ms(at("09:45")), "starting")]
    assert snapshot["screens"][0]["lines"] == ["We resume at 9:45", "Rifillojmë në 9:45"]
    assert snapshot["screens"][1]["headline"] == ["Please take your seats", "Ju lutemi zini vendet"]
    assert snapshot["screens"][2]["headline"] == ["Starting now", "Fillojmë tani"]


@settings(max_examples=60, deadline=None)
@given(started=st.integers(0, 40 * 60), looked=st.integers(0, 50 * 60), ahead=st.integers(0, 60_000),
       pause=st.booleans(), end_first=st.booleans(), message=st.booleans())
def test_the_screen_the_browser_picks_is_the_projector_s_at_any_instant_of_the_next_minute(
        started, looked, ahead, pause, end_first, message):
    # GIVEN any run of the day and any instant of the minute after the snapshot was made
    session = Session(talk_break_talk(), at("09:00", seconds=started))
    session.do(controls.start)
    session.clock.advance(seconds=looked)
    if end_first:
        session.do(controls.end)
    if pause and session.state.current and not session.state.current.item.is_break:
        session.do(controls.pause)
    if message:
        session.do(controls.show_message, "Please wrap up")
    now = session.clock.now()
    snapshot = live_snapshot(session.plan, tuple(session.actions), now)
    instant = now + timedelta(milliseconds=ahead)
    # THEN the screen the browser picks then is what the projector shows then, digits aside
    assert screen_at(snapshot, instant) == face(stage_screen(agenda_state(session.plan, session.actions, instant)))


def test_the_agenda_has_planned_actual_and_expected_times_bilingual_status(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:07"))
    Chair(day, clock).start()
    snapshot = live_snapshot(load_day_plan(day), load_actions(day), at("09:20"), day_count(day))
    rows = {row["title"]: row for row in snapshot["agenda"]["rows"]}
    opening = rows["Opening statements"]
    assert (opening["planned"], opening["actual"], opening["expected"]) == ("09:00–09:30", "09:07", "09:07–09:37")
    assert opening["current"] and opening["status"] == "running"
    introduction = rows["Introduction to the workshop and overview of the need for co-operation between LEA and ISP"]
    assert introduction["expected"] == "09:37–10:07" and introduction["late_minutes"] == 7
    assert rows["Registration of participants"]["expected"] == ""
    assert snapshot["agenda"]["status"] == ["The day runs 7 min late · it ends at 17:30",
                                            "Dita po vonohet 7 min · përfundon në orën 17:30"]
    assert snapshot["words"]["lost"] == ["Connection lost since {time}", "Lidhja ka rënë që nga ora {time}"]
    assert snapshot["utc_offset_minutes"] == 120  # Tirana in June


def test_nobody_is_named_in_what_is_served(demo_event):
    # GIVEN the welcome screen (it counts arrivals) and a message on the display
    day = day_by_number(demo_event, 1)
    Chair(day, FakeClock(at("08:50"))).show_message("Please take your seats")
    served = json.dumps(live_snapshot(load_day_plan(day), load_actions(day), at("08:55"), day_count(day)),
                        ensure_ascii=False)
    assert "participants registered" in served
    # THEN no participant is named, unless the printed programme names them as a speaker or chair
    plan = load_day_plan(day)
    programme = " ".join(" ".join(item.speakers) + " " + item.chair for item in plan.items)
    named = 0
    for person in Participant.select():
        name = f"{person.given_name} {person.family_name}"
        named += name in programme
        assert name in programme or name not in served, name
        assert not person.email or person.email not in served
        assert not person.phone or person.phone not in served
    assert named < Participant.select().count()

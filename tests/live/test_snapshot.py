"""The snapshot a browser receives: instants instead of digits, the screens to come with their
instants, the agenda with projected times, every word bilingual, nobody named. No network."""
from __future__ import annotations

import json
import math
from datetime import timedelta

from hypothesis import example, given, settings
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


def browser_digits(screen: dict, instant) -> tuple[str, float | None, bool]:
    """What live.js computes from a screen at an instant: the digits, the progress, the blinking."""
    timer = screen["timer"]
    if timer is None or not screen["timed"]:
        return "", None, False
    remaining = timer["ends_at"] - epoch_ms(instant) if "ends_at" in timer else timer["remaining_ms"]
    total = math.ceil(remaining / 1000) if remaining > 0 else math.floor(-remaining / 1000)
    hours, minutes, seconds = total // 3600, total % 3600 // 60, total % 60
    sign = "" if remaining > 0 else "+"
    digits = f"{sign}{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{sign}{minutes}:{seconds:02d}"
    allotted = timer["allotted_ms"] if timer["allotted_ms"] is not None else remaining
    shown_left = math.ceil(remaining / 1000) * 1000 if remaining > 0 else 0
    progress = 1.0 if allotted <= 0 else min(1.0, max(0.0, 1 - shown_left / allotted))
    blinking = screen["blinks"] and remaining <= 0 and math.floor(-remaining / 1000) % 2 == 0
    return digits, progress if screen["progress"] else None, blinking


def test_a_running_item_is_sent_as_the_instant_its_time_is_up_and_a_paused_one_as_what_is_left():
    session = Session(talk_break_talk(), at("09:02"))
    session.do(controls.start)
    session.at("09:10")
    running = live_snapshot(session.plan, tuple(session.actions), session.clock.now())
    assert all(screen["timer"] == {"status": "running", "allotted_ms": 30 * 60_000, "ends_at": epoch_ms(at("09:32"))}
               for screen in running["screens"])
    session.do(controls.pause)
    session.at("09:20")
    paused = live_snapshot(session.plan, tuple(session.actions), session.clock.now())
    assert paused["screens"][0]["timer"] == {"status": "paused", "allotted_ms": 30 * 60_000,
                                             "remaining_ms": 22 * 60_000}
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


def test_a_waiting_break_that_keeps_its_resume_time_counts_down_to_its_minimum():
    # GIVEN the talk before the break skipped at 09:10: the break waits to start, and resumes at 09:45
    session = Session(talk_break_talk(), at("09:10"))
    session.do(controls.skip)
    snapshot = live_snapshot(session.plan, tuple(session.actions), at("09:38"))
    # THEN its time left counts down with the clock until only its minimum (5 min) is left, then waits
    timers = [(screen["from"], screen["timer"]) for screen in snapshot["screens"]]
    assert timers[0] == (None, {"status": "pending", "allotted_ms": None, "ends_at": epoch_ms(at("09:45"))})
    assert (epoch_ms(at("09:40")), {"status": "pending", "allotted_ms": 300_000, "remaining_ms": 300_000}) in timers


def test_a_break_sends_its_seats_call_and_its_end_ahead():
    session = Session(talk_break_talk(), at("09:00"))
    session.do(controls.start)
    session.at("09:30")
    session.do(controls.end)  # the coffee break starts by itself and resumes at 09:45
    snapshot = live_snapshot(session.plan, tuple(session.actions), at("09:40"))
    kinds = [(screen["from"], screen["kind"]) for screen in snapshot["screens"]]
    assert kinds == [(None, "break"), (epoch_ms(at("09:43")), "seats"), (epoch_ms(at("09:45")), "starting")]
    assert snapshot["screens"][0]["lines"] == ["We resume at 9:45", "Rifillojmë në orën 9:45"]
    assert snapshot["screens"][1]["headline"] == ["Please take your seats", "Ju lutemi, zini vendet"]
    assert snapshot["screens"][2]["headline"] == ["Starting now", "Fillojmë tani"]


MOVES = {"start": controls.start, "end": controls.end, "skip": controls.skip, "pause": controls.pause, "resume": controls.resume,
         "add": lambda state, now: controls.add_time(state, now, 90), "message": lambda state, now:
         controls.show_message(state, now, "Please wrap up"), "back": controls.back}


@settings(max_examples=500, deadline=None)
@given(started=st.integers(0, 40 * 60), moves=st.lists(st.tuples(st.sampled_from(sorted(MOVES)),
                                                                 st.integers(0, 25 * 60)), max_size=5),
       ahead=st.integers(0, 60_000))
@example(started=0, moves=[("start", 43), ("back", 1799)], ahead=18_000)  # the next item's time moves from the end on
def test_the_browser_shows_the_projector_s_screen_and_digits_at_any_instant_of_the_next_minute(
        started, moves, ahead):
    # GIVEN any run of the day (a break among it) and any instant of the minute after the snapshot was made
    session = Session(talk_break_talk(), at("08:50", seconds=started))
    for move, wait in moves:
        session.clock.advance(seconds=wait)
        try:
            session.do(MOVES[move])
        except controls.ChairError:
            pass  # a control that does not apply changes nothing, as on the page
    now = session.clock.now()
    snapshot = live_snapshot(session.plan, tuple(session.actions), now)
    instant = now + timedelta(milliseconds=ahead)
    # THEN what the browser computes then is what the projector shows then
    later = agenda_state(session.plan, session.actions, instant)
    projector = stage_screen(later)
    chosen = screen_at(snapshot, instant)
    assert {key: value for key, value in chosen.items() if key != "timer"} == \
        {key: value for key, value in face(later, projector).items() if key != "timer"}
    digits, progress, blinking = browser_digits(chosen, instant)
    assert digits == projector.countdown and blinking == projector.flash
    assert progress is None or abs(progress - projector.progress) < 1e-9


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
    assert introduction["expected"] == "09:37–10:07" and introduction["late"] == "late"
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

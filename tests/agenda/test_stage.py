"""The stage display's content: digits, the moment they next change, and the chime's cue."""
from __future__ import annotations

import string
from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.agenda import controls
from models.agenda.phrases import PHRASES, QUICK_MESSAGES, quick_message, say, say_once
from models.agenda.stage import BLACKOUT_SCREEN, ITEM_SCREEN, break_just_ended, countdown_text, next_change, stage_screen
from models.agenda.state import agenda_state
from tests.agenda.helpers import Session, at, item, plan_of, three_talks


def test_countdown_text():
    assert countdown_text(timedelta(minutes=30)) == "30:00"
    assert countdown_text(timedelta(seconds=4.2)) == "0:05"  # a second is shown until it has fully passed
    assert countdown_text(timedelta(microseconds=1)) == "0:01"
    assert countdown_text(timedelta(0)) == "+0:00"
    assert countdown_text(timedelta(seconds=-0.5)) == "+0:00"
    assert countdown_text(timedelta(seconds=-42.9)) == "+0:42"
    assert countdown_text(timedelta(hours=1, minutes=45)) == "1:45:00"
    assert countdown_text(-timedelta(hours=1, seconds=3)) == "+1:00:03"


@given(st.integers(min_value=-10**10, max_value=10**10))
def test_the_digits_change_exactly_when_next_change_says(micros):
    # GIVEN a talk running with any remaining time
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.clock.set(at("09:00") + timedelta(minutes=30) - timedelta(microseconds=micros))
    state = session.state
    shown = stage_screen(state)
    wait = next_change(state)
    # THEN the digits hold until the announced instant and change exactly then (or the venue clock does)
    assert timedelta(0) < wait <= timedelta(seconds=1)
    session.clock.set(state.now + wait - timedelta(microseconds=1))
    assert (stage_screen(session.state).countdown, stage_screen(session.state).clock) == (shown.countdown, shown.clock)
    session.clock.set(state.now + wait)
    after = stage_screen(session.state)
    assert (after.countdown, after.clock) != (shown.countdown, shown.clock)


def test_when_nothing_counts_only_the_venue_clock_changes():
    session = Session(three_talks(), at("08:40", seconds=12.5))
    assert next_change(session.state) == timedelta(seconds=47.5)


def test_progress_and_flash_in_overtime():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    assert session.at("09:15").current.running == timedelta(minutes=15)
    assert stage_screen(session.state).progress == 0.5
    first, second = stage_screen(session.at("09:31", 0.2)), stage_screen(session.at("09:31", 1.2))
    assert (first.countdown, second.countdown) == ("+1:00", "+1:01")
    assert first.flash != second.flash
    assert first.phase == "overtime" and first.progress == 1.0


def test_the_item_screen_names_what_runs_and_what_follows():
    session = Session(three_talks(), at("09:00"))
    screen = stage_screen(session.do(controls.start))
    assert (screen.kind, screen.title, screen.countdown) == (ITEM_SCREEN, "talk 1", "30:00")
    assert screen.next_label == "Next · Në vijim"
    assert screen.next_lines == ("9:30  talk 2",)
    screen = stage_screen(session.do(controls.pause))
    assert screen.headline == ("Paused", "Në pauzë")


def test_messages_show_on_every_screen_and_blackout_hides_everything():
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    session.do(controls.show_message, quick_message("wrap_up", ("en", "sq")))
    assert stage_screen(session.state).message == ("Please wrap up", "Ju lutemi, përmbyllni")
    screen = stage_screen(session.do(controls.set_blackout, True))
    assert screen.kind == BLACKOUT_SCREEN and screen.countdown == "" and screen.message == ()


def test_the_chime_cue_is_the_moment_a_break_reaches_its_resume_time():
    plan = plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10),
                   item(3, "talk", "11:15", "12:00"))
    session = Session(plan, at("10:30"))
    session.do(controls.start)
    session.at("11:00")
    session.do(controls.end)
    before = session.at("11:14", 59.9)
    after = session.at("11:15", 0.1)
    later = session.at("11:15", 0.3)
    assert break_just_ended(before, after)
    assert not break_just_ended(after, later)
    assert not break_just_ended(session.at("11:10"), session.at("11:11"))


def test_every_phrase_has_english_and_albanian_and_the_same_placeholders():
    for key, row in PHRASES.items():
        assert set(row) == {"en", "sq"}, key
        assert sorted(_placeholders(row["en"])) == sorted(_placeholders(row["sq"])), key
    assert set(QUICK_MESSAGES) <= set(PHRASES)


def test_phrases_follow_the_working_languages():
    assert say("lunch", ("en", "sq")) == ("Lunch", "Drekë")
    assert say("lunch", ("sq",)) == ("Drekë",)
    assert say("lunch", ("de", "en")) == ("Lunch",)  # an unknown language falls back to English, once
    assert say_once("resume_at", ("en", "sq"), time="11:15") == "We resume at 11:15 · Rifillojmë në orën 11:15"


def _placeholders(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_the_break_screen_names_the_next_session_with_its_number_title_and_chair():
    session_item = replace(item(3, "session", "11:15", "13:00", number="3", title="Review of cooperation"),
                           chair="Elton Kerluku")
    plan = plan_of(item(1, "talk", "10:30", "11:00"), item(2, "break", "11:00", "11:15", minimum=10), session_item,
                   item(4, "talk", "11:15", "13:00", parent=3, title="Types of request"))
    session = Session(plan, at("10:30"))
    session.do(controls.start)
    session.at("11:02")
    screen = stage_screen(session.do(controls.end))
    assert screen.next_lines == ("Session 3 · Sesioni 3 — Review of cooperation", "Types of request",
                                 "Chair · Moderatori: Elton Kerluku")


def test_the_welcome_screen_gives_the_planned_opening_until_the_day_runs_late_then_the_projected_one():
    # GIVEN day I with registration from 8:45 and the opening planned at 9:00, not started
    plan = plan_of(item(1, "registration", "08:45", "09:00"), item(2, "talk", "09:00", "09:30"),
                   item(3, "talk", "09:30", "10:00"))
    session = Session(plan, at("08:40"))
    assert stage_screen(session.state).lines[:2] == ("Registration from 8:45 · Opening at 9:00",
                                                     "Regjistrimi nga ora 8:45 · Hapja në orën 9:00")
    # less than a minute late, the planned minute still holds
    assert stage_screen(session.at("09:00", seconds=50)).lines[0] == "Registration from 8:45 · Opening at 9:00"
    # WHEN the opening has not started at 10:50 THEN the room reads the projected opening, as the chair's page
    late = session.at("10:50")
    assert late.current.projected_start == at("10:50")
    assert stage_screen(late).lines[:2] == ("Registration from 8:45 · Opening expected at 10:50",
                                            "Regjistrimi nga ora 8:45 · Hapja pritet në orën 10:50")
    # AND on another day of the event the start is named as a start
    day_two = replace(plan, number=2)
    assert stage_screen(agenda_state(day_two, [], at("10:50"))).lines[0] == (
        "Registration from 8:45 · Start expected at 10:50")


def test_the_welcome_screen_names_the_item_that_opens_once_the_first_was_skipped():
    plan = plan_of(item(1, "talk", "09:00", "09:30", title="Keynote"), item(2, "talk", "09:30", "10:00"))
    session = Session(plan, at("08:30"))
    session.do(controls.skip)  # the keynote speaker cancelled before the day began
    assert stage_screen(session.state).lines[0] == "Opening at 9:30"

"""Time that cannot be fooled: the laptop's clock set back or forward while an item runs neither gives nor takes
time, the run log stays in order, the timing report's durations stay right, and the chair is told of the jump."""
from __future__ import annotations

from datetime import timedelta

from models.agenda.entities import AgendaAction
from models.agenda.runlog import Chair, day_state, load_actions
from models.agenda.timekeeping import ChairClock, jump_sentence
from models.agenda.timing import day_timing
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from tests.agenda.helpers import at

MIN = timedelta(minutes=1)


def logged_instants(day) -> list:
    return [action.at for action in AgendaAction.select().where(AgendaAction.day == day).order_by(AgendaAction.id)]


def test_a_clock_set_back_ten_minutes_while_an_item_runs_gives_it_no_time(demo_event):
    # GIVEN the opening item started at 09:00 on the laptop's clock
    day = day_by_number(demo_event, 1)
    laptop = FakeClock(at("09:00"))
    chair = Chair(day, laptop)
    chair.start()
    # WHEN, twenty minutes in, someone sets the laptop's clock back ten minutes
    laptop.advance(minutes=20)
    before = day_state(day, laptop).current.remaining
    laptop.jump(minutes=-10)
    # THEN the item has as much time left as a moment before, not ten minutes more
    assert abs(day_state(day, laptop).current.remaining - before) < timedelta(seconds=1)
    # AND after ten more real minutes it has run thirty minutes, in the log and in the timing report
    laptop.advance(minutes=10)
    chair.end()
    opening = day_timing(day, laptop).items[0]
    assert opening.ran == 30 * MIN
    assert opening.actual_end - opening.actual_start == 30 * MIN
    instants = logged_instants(day)
    assert instants == sorted(instants)


def test_a_clock_set_forward_an_hour_then_corrected_neither_freezes_the_timer_nor_empties_the_next_item(demo_event):
    # GIVEN the opening item running since 09:00
    day = day_by_number(demo_event, 1)
    laptop = FakeClock(at("09:00"))
    chair = Chair(day, laptop)
    chair.start()
    # WHEN the laptop's clock jumps an hour forward, the chair moves to the next item, and the clock is put right
    laptop.advance(minutes=5)
    laptop.jump(minutes=60)
    laptop.advance(minutes=10)
    chair.next_item()  # the opening ran fifteen minutes
    laptop.advance(minutes=3)
    laptop.jump(minutes=-60)
    # THEN the next item's countdown runs on (it does not freeze at its full time for an hour)
    running = day_state(day, laptop).current
    laptop.advance(minutes=1)
    assert running.remaining - day_state(day, laptop).current.remaining == MIN
    # AND when it ends twenty real minutes after it started, it is recorded as twenty minutes, not none
    laptop.advance(minutes=16)
    chair.end()
    first, second = day_timing(day, laptop).items[:2]
    assert (first.ran, second.ran) == (15 * MIN, 20 * MIN)
    instants = logged_instants(day)
    assert instants == sorted(instants)


def test_a_jump_of_more_than_a_minute_is_noticed_and_said_both_ways(demo_event):
    day = day_by_number(demo_event, 1)
    laptop = FakeClock(at("09:00"))
    clock = ChairClock(laptop)
    Chair(day, clock).start()
    laptop.jump(seconds=50)  # a clock corrected by less than a minute is no jump
    assert clock.noticed_jump() is None
    laptop.jump(minutes=9, seconds=10)
    assert clock.noticed_jump() == 10 * MIN
    assert jump_sentence(clock.noticed_jump()).startswith("The laptop's clock is 10 min ahead of the agenda's time")
    laptop.jump(minutes=-75)
    assert jump_sentence(clock.noticed_jump()).startswith("The laptop's clock is 1 h 05 min behind the agenda's time")


def test_another_window_or_the_command_line_on_the_same_boot_keeps_counting_real_time(demo_event):
    # GIVEN an item started at 09:00; the window is closed, and the laptop's clock set back half an hour
    day = day_by_number(demo_event, 1)
    laptop = FakeClock(at("09:00"))
    Chair(day, laptop).start()
    laptop.advance(minutes=12)
    laptop.jump(minutes=-30)
    # WHEN another program on the same laptop (same boot) reads the day with a clock of its own
    state = day_state(day, ChairClock(laptop))
    # THEN it counts from the logged action: twelve minutes have run
    assert state.current.running == 12 * MIN


def test_after_the_laptop_restarts_with_its_clock_behind_the_day_neither_rewinds_nor_freezes(demo_event):
    # GIVEN an item started at 09:00 and paused at 09:10
    day = day_by_number(demo_event, 1)
    before_restart = FakeClock(at("09:00"))
    chair = Chair(day, before_restart)
    chair.start()
    before_restart.advance(minutes=10)
    chair.pause()
    # WHEN the laptop restarts (another boot: no monotonic continuity) with its clock saying 08:55
    after_restart = FakeClock(at("08:55"))
    chair = Chair(day, after_restart)
    # THEN time resumes from the log's last instant: the item stays paused with its twenty minutes left, the chair
    # is told the clock is behind, and what is logged next comes after what was logged before
    state = day_state(day, chair.clock)
    assert state.current.remaining == 20 * MIN
    assert jump_sentence(chair.clock.noticed_jump()).startswith("The laptop's clock is 15 min behind")
    after_restart.advance(minutes=2)
    chair.resume()
    after_restart.advance(minutes=5)
    assert day_state(day, chair.clock).current.remaining == 15 * MIN
    instants = [action.at for action in load_actions(day)]
    assert instants == sorted(instants)

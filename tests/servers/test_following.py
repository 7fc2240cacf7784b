"""Everyone follows on a server: a desk's counters count the other desks' check-ins within 5 s, a second laptop's
stage display follows the chair within 1 s, and two chairs pressing at once have the effect of one."""
from __future__ import annotations

import threading
import time

import pytest

from models.agenda import controls
from models.agenda.entities import AgendaAction
from models.agenda.runlog import Chair, day_state
from models.checkin.service import check_in
from models.event.file import close_event_database
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.db import connect, database
from models.ground.errors import BelvedereError
from models.participants.entities import Participant
from tests.agenda.helpers import at
from tests.ui.test_desk_page import make_desk
from ui.agenda.live import LiveDay
from ui.app import create_application
from ui.context import AppContext

pytestmark = pytest.mark.databases("postgresql")


def test_a_desks_counters_count_the_other_desks_check_ins_within_5_seconds(qtbot, demo_path):
    desk = make_desk(qtbot, demo_path)
    assert desk.counters.total.text().startswith("0 /")
    other = connect(demo_path)  # another laptop's desk on the same server
    with database.using(other):
        for number in (101, 118, 127):
            check_in(desk.current_event, Participant.get(Participant.number == number), day=desk.day, desk="Desk 2")
    other.close()
    started = time.monotonic()
    qtbot.waitUntil(lambda: desk.counters.total.text().startswith("3 /"), timeout=5000)
    print(f"counters followed after {time.monotonic() - started:.1f} s")
    desk.context.close()


def test_a_second_laptops_display_follows_the_chair_within_1_second(qtbot, demo_path):
    create_application()
    context = AppContext(str(demo_path))  # the display laptop, on the system clock
    context.open(str(demo_path))
    day = day_by_number(context.current_event, 1)
    display = LiveDay(context, day)
    chair_laptop = connect(demo_path)
    with database.using(chair_laptop):
        Chair(day, FakeClock(at("09:00"))).start()
    chair_laptop.close()
    started = time.monotonic()
    qtbot.waitUntil(lambda: [action.action for action in display.state.actions] == ["start"], timeout=1000)
    print(f"display followed after {time.monotonic() - started:.2f} s")
    display.stop()
    context.close()


def pressed_by_two_at_once(press, chair=None) -> list[str]:
    """Two laptops press at the same instant (each on its own connection, with its `chair()` if given, made
    beforehand); the sentences of the presses refused."""
    together = threading.Barrier(2)
    refused: list[str] = []

    def one_laptop(ready) -> None:
        together.wait()
        try:
            press(*ready)
        except BelvedereError as error:
            refused.append(str(error))
        finally:
            close_event_database()  # this thread's own connection

    laptops = [threading.Thread(target=one_laptop, args=((chair(),) if chair else (),)) for _ in range(2)]
    for laptop in laptops:
        laptop.start()
    for laptop in laptops:
        laptop.join()
    return refused


@pytest.mark.databases("sqlite", "postgresql")
def test_two_chairs_pressing_end_at_once_end_one_item(demo_event):
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:00"))
    Chair(day, clock).start()
    clock.set(at("09:30"))
    refused = pressed_by_two_at_once(lambda: Chair(day, clock).end())
    assert [action.action for action in AgendaAction.select().order_by(AgendaAction.id)] == ["start", "end"]
    assert len(refused) == 1
    assert day_state(day, clock).current.item.title.startswith("Introduction to the workshop")


@pytest.mark.databases("sqlite", "postgresql")
@pytest.mark.parametrize("press, arguments", [("next_item", ()), ("start_or_pause", ()), ("add_time", (60,))])
def test_two_chairs_pressing_at_once_on_the_same_screen_have_the_effect_of_one(demo_event, press, arguments):
    # GIVEN the opening running, and two chairs' laptops showing the same state (the same last row of the log)
    day = day_by_number(demo_event, 1)
    clock = FakeClock(at("09:00"))
    Chair(day, clock).start()
    clock.set(at("09:10"))
    rows_of_one_press = len(getattr(controls, press)(day_state(day, clock), clock.now(), *arguments))
    before = AgendaAction.select().count()
    seen = AgendaAction.select().order_by(AgendaAction.id.desc()).first().id

    def chair_seeing_the_same_log() -> Chair:
        chair = Chair(day, clock)
        chair.seen_log_id = seen
        return chair

    refused = pressed_by_two_at_once(lambda chair: getattr(chair, press)(*arguments), chair_seeing_the_same_log)
    # THEN one press took effect; the other was refused with a sentence that says why
    assert len(refused) == 1 and "Another laptop changed the day" in refused[0]
    assert AgendaAction.select().count() - before == rows_of_one_press

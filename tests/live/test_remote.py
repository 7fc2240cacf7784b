"""The remote's controls by name append what the chair page's buttons append; a request made on
another thread is carried out on the thread that owns the event file, or not at all."""
from __future__ import annotations

import threading
import time

import pytest

from models.agenda.controls import ChairError
from models.agenda.entities import AgendaAction
from models.agenda.runlog import Chair
from models.agenda.state import PAUSED, RUNNING
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.live.remote import CONTROLS, ControlError, NoAnswer, RemoteControls, answer, perform
from tests.agenda.helpers import at


@pytest.fixture
def chair(demo_event):
    return Chair(day_by_number(demo_event, 1), FakeClock(at("09:02")))


def logged() -> list[tuple]:
    return [(row.action, row.item_id, row.seconds, row.text) for row in AgendaAction.select().order_by(AgendaAction.id)]


def test_each_control_appends_what_the_page_s_button_appends(chair):
    state = perform(chair, "start")
    first = state.current.item.id
    assert state.current.status == RUNNING
    assert perform(chair, "start-pause").current.status == PAUSED
    assert perform(chair, "start").current.status == RUNNING  # a remote's Start resumes
    perform(chair, "add", {"minutes": "-2"})
    perform(chair, "message", {"quick": "wrap_up"})
    perform(chair, "hide-message")
    perform(chair, "message", {"text": "  Questions after the break  "})
    perform(chair, "blackout")
    perform(chair, "blackout", {"on": "off"})
    perform(chair, "blackout", {"on": True})
    state = perform(chair, "next")
    assert logged() == [
        ("start", first, None, ""), ("pause", first, None, ""), ("resume", first, None, ""),
        ("add", first, -120, ""), ("message", first, None, "Please wrap up\nJu lutemi, përmbyllni"),
        ("message_off", None, None, ""), ("message", first, None, "Questions after the break"),
        ("blackout", None, None, ""), ("blackout_off", None, None, ""), ("blackout", None, None, ""),
        ("end", first, None, ""), ("start", state.current.item.id, None, ""),
    ]
    assert answer(state)["item"] == "Introduction to the workshop and overview of the need for co-operation " \
                                    "between LEA and ISP"
    assert set(CONTROLS) == {"start", "pause", "start-pause", "end", "next", "end-break", "add", "message",
                             "hide-message", "blackout"}


@pytest.mark.parametrize("name, arguments, sentence", [
    ("jump", {}, "There is no control “jump”"),
    ("add", {"minutes": "five"}, "whole number"),
    ("add", {}, "whole number"),
    ("add", {"minutes": 0}, "between 1 and 60"),
    ("add", {"minutes": 61}, "between 1 and 60"),
    ("message", {"quick": "louder"}, "no quick message “louder”"),
    ("blackout", {"on": "maybe"}, "on or off"),
])
def test_a_control_it_cannot_understand_is_refused_with_a_sentence_and_nothing_logged(chair, name, arguments,
                                                                                      sentence):
    with pytest.raises(ControlError, match=sentence):
        perform(chair, name, arguments)
    assert logged() == []


def test_a_control_that_does_not_apply_says_why(chair):
    with pytest.raises(ChairError, match="Nothing is running to pause"):
        perform(chair, "pause")
    with pytest.raises(ChairError, match="Type a message"):
        perform(chair, "message", {"text": "  "})


def asked_from_a_thread(remote: RemoteControls, name: str) -> tuple[threading.Thread, dict]:
    answers = {}

    def ask():
        try:
            answers["answer"] = remote.submit(name, {})
        except ChairError as error:
            answers["refusal"] = str(error)
    thread = threading.Thread(target=ask)
    thread.start()
    return thread, answers


def test_a_request_from_another_thread_is_carried_out_by_the_owner_and_answered(chair):
    remote = RemoteControls()
    woken = threading.Event()
    remote.wake = woken.set
    owner = lambda name, arguments: answer(perform(chair, name, arguments))  # noqa: E731
    # WHEN a server's thread asks for Start
    thread, answers = asked_from_a_thread(remote, "start")
    assert woken.wait(2)
    # THEN the owner carries it out and the asker gets the answer
    assert remote.carry_out(owner, wait=2) == 1
    thread.join(2)
    assert answers["answer"]["status"] == RUNNING and logged()[0][0] == "start"
    # AND a refusal goes back to the asker as the same sentence
    thread, answers = asked_from_a_thread(remote, "start")
    remote.carry_out(owner, wait=2)
    thread.join(2)
    assert "already running" in answers["refusal"] and len(logged()) == 1


def test_a_request_not_carried_out_in_time_is_never_carried_out(chair):
    remote = RemoteControls()
    started = time.monotonic()
    with pytest.raises(NoAnswer, match="Nothing was changed"):
        remote.submit("start", {}, timeout=0.2)
    assert time.monotonic() - started < 1
    assert remote.carry_out(lambda name, arguments: answer(perform(chair, name, arguments))) == 0
    assert logged() == []

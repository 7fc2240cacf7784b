"""The chair's remote: each control by name, as the HTTP interface and the `chair` command call it,
and the hand-over of a request from the server's threads to the thread that owns the event file.

A remote control is the chair page's own control (`Chair` in models.agenda.runlog): the same
rows are appended to the run log, in one write transaction, refused with the same sentences.
Only the thread that owns the event file writes to it, so a request waits in a queue until
that thread carries it out, and the answer goes back to the waiting request.
"""
from __future__ import annotations

import queue
from collections.abc import Callable, Mapping
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from models.agenda.phrases import QUICK_MESSAGES, quick_message
from models.agenda.plan import load_day_plan
from models.agenda.runlog import Chair
from models.agenda.stage import stage_screen
from models.agenda.state import AgendaState
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

MAX_MINUTES = 60  # one press of a remote adds or removes at most an hour
ANSWER_TIMEOUT_S = 5.0


class ControlError(BelvedereError):
    """A request the remote cannot understand: an unknown control or a bad argument."""


class NoAnswer(BelvedereError):
    """The thread that owns the event file did not carry the request out in time."""


def minutes_argument(arguments: Mapping[str, object]) -> int:
    value = arguments.get("minutes")
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise ControlError(translate("live", "Give the minutes to add as a whole number, e.g. 1 or -1 (not “{value}”).")
                           .format(value=value)) from None
    if minutes == 0 or abs(minutes) > MAX_MINUTES:
        raise ControlError(translate("live", "Add between 1 and {max_minutes} minutes, or remove as many with a minus "
                                             "sign.").format(max_minutes=MAX_MINUTES))
    return minutes


def message_argument(chair: Chair, arguments: Mapping[str, object]) -> str:
    """The message's text, or a quick message by its key, in the event's working languages."""
    key = str(arguments.get("quick") or "").strip()
    if key:
        if key not in QUICK_MESSAGES:
            raise ControlError(translate("live", "There is no quick message “{key}”. Use one of: {names}.")
                               .format(key=key, names=', '.join(QUICK_MESSAGES)))
        return quick_message(key, load_day_plan(chair.day).languages)
    return str(arguments.get("text") or "")


def blackout_argument(arguments: Mapping[str, object]) -> bool | None:
    """on/off, true/false, 1/0; nothing means toggle."""
    value = arguments.get("on")
    if value is None or value == "":
        return None
    text = str(value).strip().lower()
    if text in ("on", "true", "1", "yes"):
        return True
    if text in ("off", "false", "0", "no"):
        return False
    raise ControlError(translate("live", "Blackout takes on or off (not “{value}”).").format(value=value))


def blackout(chair: Chair, arguments: Mapping[str, object]) -> AgendaState:
    on = blackout_argument(arguments)
    return chair.toggle_blackout() if on is None else chair.set_blackout(on)


CONTROLS: dict[str, Callable[[Chair, Mapping[str, object]], AgendaState]] = {
    "start": lambda chair, arguments: chair.start_or_resume(),
    "pause": lambda chair, arguments: chair.pause(),
    "start-pause": lambda chair, arguments: chair.start_or_pause(),
    "end": lambda chair, arguments: chair.end(),
    "next": lambda chair, arguments: chair.next_item(),
    "end-break": lambda chair, arguments: chair.end_break(),  # the only control that ends a break early
    "add": lambda chair, arguments: chair.add_time(60 * minutes_argument(arguments)),
    "message": lambda chair, arguments: chair.show_message(message_argument(chair, arguments)),
    "hide-message": lambda chair, arguments: chair.hide_message(),
    "blackout": blackout,
}


def perform(chair: Chair, name: str, arguments: Mapping[str, object] | None = None) -> AgendaState:
    """Carry out the control `name`; raises ChairError (does not apply now) or ControlError."""
    control = CONTROLS.get(name)
    if control is None:
        raise ControlError(translate("live", "There is no control “{name}”. The controls are: {names}.")
                           .format(name=name, names=', '.join(CONTROLS)))
    return control(chair, arguments or {})


def answer(state: AgendaState) -> dict:
    """What a remote is told after a control: what the display shows now."""
    screen = stage_screen(state)
    current = state.current
    return {"ok": True, "screen": screen.kind, "item": current.item.title if current else "",
            "status": current.status if current else "over", "countdown": screen.countdown,
            "message": list(screen.message), "blackout": state.blackout}


@dataclass
class ControlRequest:
    name: str
    arguments: Mapping[str, object]
    answer: Future


class RemoteControls:
    """Requests from any thread, carried out one by one on the thread that calls `carry_out`."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue[ControlRequest] = queue.SimpleQueue()
        self.wake: Callable[[], None] = lambda: None  # tells the owner a request waits

    def submit(self, name: str, arguments: Mapping[str, object], timeout: float = ANSWER_TIMEOUT_S) -> dict:
        """The owner's answer; raises what the control raised, or NoAnswer."""
        request = ControlRequest(name, dict(arguments), Future())
        self._requests.put(request)
        self.wake()
        try:
            return request.answer.result(timeout)
        except (FutureTimeout, CancelledError):
            if request.answer.cancel():  # not begun: it never will be
                raise NoAnswer(translate("live", "The chair's laptop did not answer in time. Nothing was changed; try "
                                                 "again.")) from None
            return request.answer.result()  # begun meanwhile: its answer is on its way

    def carry_out(self, perform_one: Callable[[str, Mapping[str, object]], dict], wait: float = 0) -> int:
        """Carry out every waiting request (waiting up to `wait` seconds for the first); returns how many."""
        done = 0
        try:
            request = self._requests.get(timeout=wait) if wait > 0 else self._requests.get_nowait()
        except queue.Empty:
            return 0
        while True:
            if request.answer.set_running_or_notify_cancel():
                try:
                    request.answer.set_result(perform_one(request.name, request.arguments))
                except Exception as error:  # noqa: BLE001 — every failure goes back to the one who asked
                    request.answer.set_exception(error)
                done += 1
            try:
                request = self._requests.get_nowait()
            except queue.Empty:
                return done

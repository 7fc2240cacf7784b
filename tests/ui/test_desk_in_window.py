"""The desk inside the whole main window, as volunteers and organisers use it on the day.

Each test drives the real window offscreen (every page a real widget over a real event
file) for a defect seen at a desk that the desk page's own tests could not see.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt

from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.ground.clock import UTC, FakeClock
from models.participants.entities import Participant
from tests.ui.pages import open_window

MORNING_OF_DAY_ONE = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)  # 08:50 in Durrës


def badge(number: int, window) -> str:
    return payload_for(Participant.get(Participant.number == number), window.context.current_event)


def scan_into(qtbot, widget, payload: str) -> None:
    """What a USB scanner does: the code's characters and Enter into whatever has the focus."""
    qtbot.keyClicks(widget, payload)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def valid_check_ins() -> list[CheckIn]:
    return list(CheckIn.select().where(CheckIn.voided_at.is_null()))


class Happenings(QObject):
    """What happened, in order: the answer painted, the window told of a change."""

    def __init__(self, panel, context):
        super().__init__()
        self.seen: list[str] = []
        panel.installEventFilter(self)
        context.data_changed.connect(lambda topic: self.seen.append(f"told {topic}"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and "painted" not in self.seen:
            self.seen.append("painted")
        return False


# --- 1. the answer first ---------------------------------------------------------------------------


def test_the_answer_is_painted_before_the_window_hears_of_the_check_in(qtbot, demo_path):
    # GIVEN the window as an organiser leaves it: every page opened once, then the desk
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), every_page=True)
    desk = window.pages["desk"]
    happenings = Happenings(desk.result_panel, window.context)
    # WHEN a badge is scanned
    scan_into(qtbot, desk.scan_field, badge(118, window))
    qtbot.waitUntil(lambda: "told checkins" in happenings.seen)
    # THEN the answer was on screen before any page was told of the check-in
    assert happenings.seen[:2] == ["painted", "told checkins"]


def test_a_hidden_page_does_no_reload_work_until_it_is_shown(qtbot, demo_path):
    window = open_window(qtbot, demo_path, FakeClock(MORNING_OF_DAY_ONE), every_page=True)
    desk, participants = window.pages["desk"], window.pages["participants"]
    reloads = []
    reload = participants.model.reload
    participants.model.reload = lambda: (reloads.append(len(reloads)), reload())
    # WHEN three badges are scanned at the desk
    for number in (118, 119, 101):
        scan_into(qtbot, desk.scan_field, badge(number, window))
    qtbot.wait(50)  # what the check-ins set off has run
    # THEN the hidden Participants page has not reloaded its list
    assert reloads == [] and len(valid_check_ins()) == 3
    # AND shown, it reloads once and shows the arrivals
    window.show_page("participants")
    qtbot.waitUntil(participants.isVisible)
    assert reloads == [0]
    model = participants.model
    arrived = model.index(model.row_of(Participant.get(Participant.number == 118).id), model.columnCount() - 1)
    assert model.data(arrived) == "I"

"""The stage display as the room sees it: day I scripted through the chair's page, every screen's
words read from the display widget, the phase colours read from its pixels, and a picture of
each state left in tests/artifacts/ (stage-*.png) for people to look at.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from models.agenda import controls
from models.agenda.stage import (
    BLACKOUT_SCREEN,
    BREAK_SCREEN,
    DAY_END_SCREEN,
    ITEM_SCREEN,
    SEATS_SCREEN,
    STARTING_SCREEN,
    WELCOME_SCREEN,
    StageScreen,
    stage_screen,
)
from models.ground.clock import FakeClock
from tests.agenda.helpers import Session, at, onwards, open_chair_page, three_talks
from ui.agenda.miniature import Miniature
from ui.agenda.page import AgendaPage
from ui.agenda.stage_view import OVERTIME_FLASH, PHASE_INK, StageView
from ui.app import create_application

PICTURE = (1280, 720)


@pytest.fixture
def room(qtbot, demo_path, artifacts):
    page, clock = open_chair_page(qtbot, demo_path)
    qtbot.mouseClick(page.display_button, Qt.MouseButton.LeftButton)
    display = page.display
    qtbot.waitExposed(display)
    display.resize(*PICTURE)
    return Room(page, clock, artifacts)


class Room:
    def __init__(self, page: AgendaPage, clock: FakeClock, artifacts):
        self.page, self.clock, self.artifacts = page, clock, artifacts
        self.display = page.display

    def at(self, hhmm: str, seconds: float = 0, day: date = date(2011, 6, 9)):
        self.clock.set(at(hhmm, day, seconds))
        self.page.live.tick()
        return self

    def press(self, control, *args):
        self.page.act(control, *args)
        return self

    def sees(self, picture: str):
        """What the display shows now; its picture is kept as stage-<picture>.png."""
        view = self.display.view
        image = view.grab()
        assert image.size().width() == PICTURE[0]
        image.save(str(self.artifacts / f"stage-{picture}.png"))
        return view.screen_shown


def test_day_one_as_the_room_sees_it(room):
    chair = room.page.chair
    screen = room.sees("welcome")
    assert screen.kind == WELCOME_SCREEN and screen.headline == ("Welcome", "Mirë se vini")
    assert "Registration from 8:45 · Opening at 9:00" in screen.lines
    assert any(line.endswith("participants registered") for line in screen.lines)
    assert room.display.isVisible()

    # the opening starts 7 minutes late
    screen = room.at("09:07").press(chair.start).sees("running")
    assert (screen.kind, screen.phase, screen.title, screen.countdown) == (ITEM_SCREEN, "running", "Opening statements", "30:00")
    assert screen.clock == "9:07" and screen.label == "Session 1 · Sesioni 1"
    assert screen.next_lines == ("9:37  Session 2 · Sesioni 2 — LEA/ISP cooperation: guidelines and good practices",)
    assert (room.at("09:32").sees("warning").phase, room.display.view.screen_shown.countdown) == ("warning", "5:00")
    assert room.at("09:36", 30).sees("danger").countdown == "0:30"
    room.press(chair.show_message, "Please wrap up\nJu lutemi përmbyllni")
    assert room.sees("message").message == ("Please wrap up", "Ju lutemi përmbyllni")
    room.press(chair.hide_message)
    screen = room.at("09:38", 0.5).sees("overtime")
    assert (screen.phase, screen.countdown, screen.flash) == ("overtime", "+1:00", True)
    assert room.at("09:38", 1.5).sees("overtime-flash-off").flash is False
    assert room.press(chair.pause).sees("paused").headline == ("Paused", "Në pauzë")
    assert room.press(chair.set_blackout, True).sees("blackout").kind == BLACKOUT_SCREEN
    room.press(chair.set_blackout, False).press(chair.resume)

    # session 2 runs and overruns by 4 minutes: the chair ends it, the break starts by itself
    for hhmm in ("09:40", "10:00", "10:30"):
        room.at(hhmm).press(chair.next_item)
    screen = room.at("11:04").press(chair.end).sees("coffee-break")
    assert screen.kind == BREAK_SCREEN
    assert screen.headline == ("Coffee break", "Pushim kafeje")
    assert screen.lines == ("We resume at 11:15", "Rifillojmë në orën 11:15")
    assert screen.countdown == "11:00"
    assert screen.next_lines[0].startswith("Session 3 · Sesioni 3 — Review of LEA/ISP cooperation")
    assert room.at("11:10", 30).sees("coffee-break-later").countdown == "4:30"

    # two minutes before: take your seats; at the resume time: starting now, until the chair starts
    screen = room.at("11:13").sees("take-your-seats")
    assert (screen.kind, screen.headline, screen.countdown) == (
        SEATS_SCREEN, ("Please take your seats", "Ju lutemi, zini vendet"), "2:00")
    screen = room.at("11:15").sees("starting-now")
    assert screen.kind == STARTING_SCREEN and screen.headline == ("Starting now", "Fillojmë tani")
    assert "Interventions/discussion by participants" in screen.next_lines
    screen = room.at("11:16").press(chair.start).sees("session-3")
    assert (screen.kind, screen.countdown) == (ITEM_SCREEN, "1:45:00")

    # lunch keeps its resume time
    screen = room.at("13:05").press(chair.end).sees("lunch")
    assert screen.headline == ("Lunch", "Drekë")
    assert screen.lines == ("We resume at 14:30", "Rifillojmë në orën 14:30") and screen.countdown == "1:25:00"

    # the end of the day
    room.at("14:30").press(chair.start)
    while not room.page.live.state.over:
        room.press(*onwards(chair, room.page.live.state))
    screen = room.sees("end-of-day-1")
    assert screen.kind == DAY_END_SCREEN
    assert screen.headline == ("End of day 1", "Fundi i ditës 1")
    assert screen.lines == ("See you tomorrow at 9:00", "Shihemi nesër në orën 9:00")


def test_the_last_day_ends_with_thanks_and_an_item_waiting_shows_next(room):
    room.page.day_choice.setCurrentIndex(1)
    chair = room.page.chair
    day_two = date(2011, 6, 10)
    screen = room.at("08:50", day=day_two).sees("welcome-day-2")
    assert "We start at 9:00" in screen.lines[0]
    room.at("09:00", day=day_two).press(chair.start)
    screen = room.at("09:58", day=day_two).press(chair.end).sees("up-next")
    assert screen.kind == ITEM_SCREEN and screen.phase == "pending" and screen.headline == ("Next", "Në vijim")
    assert screen.title == "Measures to be taken by law enforcement (guidelines 17 – 40)"
    assert screen.next_lines == ("10:58  Coffee break",)  # inside session 6: named by its own title
    while not room.page.live.state.over:
        room.press(*onwards(chair, room.page.live.state))
    screen = room.sees("end-of-meeting")
    assert screen.headline == ("End of the meeting", "Fundi i takimit")
    assert screen.lines == ("Thank you", "Faleminderit")


def pixels(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                            image.bytesPerLine())


def share_of(image: QImage, colour: QColor) -> float:
    """The share of the picture painted exactly in this colour."""
    picture = pixels(image)
    counts = {rgb: count for count, rgb in picture.getcolors(picture.width * picture.height)}
    return counts.get((colour.red(), colour.green(), colour.blue()), 0) / (picture.width * picture.height)


@pytest.mark.parametrize("moment, phase", [
    (("09:24", 59.999), "running"),
    (("09:25", 0), "warning"),
    (("09:28", 59.999), "warning"),
    (("09:29", 0), "danger"),
    (("09:29", 59.999), "danger"),
    (("09:30", 0), "overtime"),
])
def test_the_digits_take_the_phase_colour_at_its_threshold(qtbot, moment, phase):
    # GIVEN a 30-minute talk with a 5-minute warning, started at 9:00
    create_application()
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    view = StageView()
    qtbot.addWidget(view)
    view.resize(480, 270)
    # WHEN the display paints the moment
    screen = stage_screen(session.at(*moment))
    view.show_screen(screen)
    image = view.grab().toImage()
    # THEN the digits (or, flashing in overtime, the background) carry the phase's colour
    assert screen.phase == phase
    colour = OVERTIME_FLASH if phase == "overtime" else PHASE_INK[phase]
    assert share_of(image, colour) > (0.5 if phase == "overtime" else 0.05)
    for other, ink in PHASE_INK.items():
        if ink.rgb() != colour.rgb() and other not in (phase, "overtime", "danger"):
            assert share_of(image, ink) < 0.01, other


def test_the_digits_are_sized_from_the_screen(qtbot):
    create_application()
    session = Session(three_talks(), at("09:00"))
    session.do(controls.start)
    screen = stage_screen(session.at("09:10"))
    heights = []
    for size in ((640, 360), (1920, 1080)):
        view = StageView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.show_screen(screen)
        picture = pixels(view.grab().toImage())
        ink = Image.new("RGB", picture.size, PHASE_INK["running"].getRgb()[:3])
        exactly_ink = ImageChops.difference(picture, ink).convert("L").point(lambda value: 255 if value == 0 else 0)
        box = exactly_ink.getbbox()
        heights.append(box[3] - box[1])
    # the digits take the same share of a small and of a large screen (about a third of its height)
    assert abs(heights[0] / 360 - heights[1] / 1080) < 0.02
    assert heights[1] / 1080 > 0.3


OPENING_SPEAKERS = ("Host Country (TBC); European Union Delegation (TBC); Mr Alexander Seger, Head of the Economic "
                    "Crime Division, Council of Europe")


def test_a_long_speakers_line_shrinks_on_the_projector_and_the_miniature_names_it_whole(qtbot):
    create_application()
    screen = StageScreen(ITEM_SCREEN, "running", title="Opening statements", detail=OPENING_SPEAKERS,
                         countdown="30:00", progress=0.0)
    # on a 1920×1080 projector the opening's speakers fit, smaller than a short line, none cut
    projector = StageView()
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show_screen(screen)
    fitted = projector.detail_fit()
    assert fitted.text == OPENING_SPEAKERS and not fitted.elided and 30 <= fitted.size < 45
    # a line too long even for the projector is shortened at its floor, and the chair's miniature names it whole
    panel = "; ".join([OPENING_SPEAKERS] * 3)
    projector.show_screen(replace(screen, detail=panel))
    assert projector.detail_fit().elided and projector.detail_fit().size == int(0.028 * 1080)
    miniature = Miniature()
    qtbot.addWidget(miniature)
    miniature.setFixedSize(416, 234)
    miniature.show_screen(replace(screen, detail=panel))
    assert miniature.toolTip().endswith(panel)
    miniature.show_screen(replace(screen, detail="Alexander Seger"))
    assert miniature.toolTip() == "What the stage display shows"

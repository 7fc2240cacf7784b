"""High-DPI screens get pictures drawn for their own pixels (run by test_crisp.py in its own process, on a
laptop at 150 % and a screen at 200 % beside it: tests/ui/offscreen_screens.py two_scales).

Each picture is grabbed as the screen shows it and measured (tests/ui/sharpness.py): its size in device
pixels, and the grey pixels at its edges against the same picture stretched from fewer pixels.
"""
from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from models.agenda.stage import ITEM_SCREEN, StageScreen
from models.badges.qr import QUIET_ZONE_MODULES, text_symbol
from tests.ui.pages import open_page
from tests.ui.sharpness import edge_widths, grey_rows, mean_edge_width, run_lengths, stretched
from ui.agenda.live_view import QR_PIXELS, QrCode
from ui.agenda.stage_view import StageView
from ui.app import create_application

SCREENS = {"Laptop": 1.5, "Retina": 2.0}
LIVE_VIEW = "http://192.168.1.20:8765/"
# Text drawn for the screen's pixels has edges of well under one grey pixel on average; the same picture
# stretched from fewer pixels has half a grey pixel more at least.
SHARP = 0.75
BLURRED_BY = 0.4


@pytest.fixture(autouse=True)
def two_screens_of_two_scales():
    create_application()
    assert {screen.name(): screen.devicePixelRatio() for screen in QGuiApplication.screens()} == SCREENS


def put_on(qtbot, widget, name: str) -> float:
    """The widget's window on the screen `name`, once Qt paints it there; its device pixel ratio."""
    screen = next(screen for screen in QGuiApplication.screens() if screen.name() == name)
    window = widget.window()
    window.move(screen.geometry().topLeft() + QPoint(40, 40))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: widget.devicePixelRatioF() == SCREENS[name])
    return SCREENS[name]


def grabbed(widget) -> QImage:
    image = widget.grab().toImage()
    assert image.devicePixelRatio() == widget.devicePixelRatioF()
    assert image.size() == QSize(round(widget.width() * widget.devicePixelRatioF()),
                                 round(widget.height() * widget.devicePixelRatioF()))
    return image


def qr_codes(image: QImage) -> list[tuple[str, QRect]]:
    """The QR codes in the picture: their text, and where they are (in its pixels)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = []
    for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode):
        corners = [code.position.top_left, code.position.top_right, code.position.bottom_left,
                   code.position.bottom_right]
        xs, ys = [corner.x for corner in corners], [corner.y for corner in corners]
        found.append((code.text, QRect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))))
    return found


@pytest.mark.parametrize("screen", SCREENS)
def test_the_live_view_qr_code_has_modules_of_whole_device_pixels(qtbot, screen):
    # GIVEN the QR code the chair's page shows for the live view
    code = QrCode()
    qtbot.addWidget(code)
    code.show_text(LIVE_VIEW)
    # WHEN it is on a screen at 150 % or 200 %
    ratio = put_on(qtbot, code, screen)
    picture = grabbed(code)
    # THEN every pixel is ink or paper (each module edge falls between two device pixels)
    assert set(edge_widths(picture)) == {0}
    # AND every module is the same whole number of device pixels, the most the widget holds
    symbol = text_symbol(LIVE_VIEW)
    module = int(QR_PIXELS * ratio) // (symbol.size + 2 * QUIET_ZONE_MODULES)
    runs = {length for row in grey_rows(picture) for length in run_lengths(row)}
    assert {length % module for length in runs} == {0}
    assert min(runs) == module
    assert [text for text, _where in qr_codes(picture)] == [LIVE_VIEW]


def test_the_badge_preview_is_drawn_for_the_screen_it_is_on(qtbot, demo_path):
    from ui.badges.page import BadgesPage

    page = open_page(qtbot, demo_path, BadgesPage, size=(1100, 680))
    for screen in ("Laptop", "Retina"):  # moved from the laptop to the screen beside it, it is drawn again
        ratio = put_on(qtbot, page, screen)
        qtbot.waitUntil(lambda: page.preview.pixmap().devicePixelRatio() == ratio, timeout=3000)  # noqa: B023
        picture = grabbed(page.preview)
        codes = qr_codes(picture)
        assert len(codes) >= 2, f"the badges' QR codes cannot be read from the preview at {ratio:.0%}"
        where = codes[0][1]
        sharp, blurred = edge_widths(picture, where), edge_widths(stretched(picture, ratio), where)
        print(f"badge preview at {ratio:.0%}: QR module edges at most {max(sharp)} grey pixel wide "
              f"({len(sharp)} edges), stretched {max(blurred)}")
        assert max(sharp) <= 1 < max(blurred)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_stage_display_is_drawn_for_the_screens_pixels(qtbot, screen):
    view = StageView()
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show_screen(StageScreen(ITEM_SCREEN, "running", label="Session 2: LEA/ISP cooperation",
                                 title="The Guidelines for LEA/ISP cooperation", detail="Mustafa Ferati",
                                 countdown="12:34", progress=0.4, clock="10:17"))
    ratio = put_on(qtbot, view, screen)
    picture = grabbed(view)
    sharp, blurred = mean_edge_width(picture), mean_edge_width(stretched(picture, ratio))
    print(f"stage display at {ratio:.0%}: edges {sharp:.2f} grey pixels wide, stretched {blurred:.2f}")
    assert sharp <= SHARP and blurred >= sharp + BLURRED_BY


def test_the_icons_come_from_pictures_larger_than_a_200_percent_screen_asks(qtbot, demo_path):
    # the window's icon, as a title bar and a task bar at 200 % ask for it
    icon = QApplication.windowIcon()
    largest = max(icon.availableSizes(), key=QSize.width)
    for logical in (16, 32, 48):
        assert icon.pixmap(QSize(logical, logical), 2.0).size() == QSize(2 * logical, 2 * logical)
        assert largest.width() >= 2 * logical  # drawn down from a larger picture, never stretched up
    # the event's logos, as the Printing tab lists them
    from ui.event.page import EventPage

    page = open_page(qtbot, demo_path, EventPage, size=(1100, 680))
    ratio = put_on(qtbot, page, "Retina")
    logos = page.printing.logos.list
    assert logos.count() >= 1
    wanted = logos.iconSize()
    for row in range(logos.count()):
        pixmap = logos.item(row).icon().pixmap(wanted, ratio)
        assert pixmap.devicePixelRatio() == ratio
        assert max(pixmap.width(), pixmap.height()) == round(max(wanted.width(), wanted.height()) * ratio)


def test_the_desk_camera_picture_fills_the_screens_pixels(qtbot, demo_path):
    from ui.desk.page import DeskPage

    page = open_page(qtbot, demo_path, DeskPage, size=(1100, 680))
    page.preview.show()
    ratio = put_on(qtbot, page, "Retina")
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("#808080"))
    page.on_camera_frame(frame)
    shown = page.preview.pixmap()
    assert shown.devicePixelRatio() == ratio
    assert shown.height() == round(page.preview.height() * ratio)
    assert abs(shown.width() - round(shown.height() * 1280 / 720)) <= 1  # its shape kept

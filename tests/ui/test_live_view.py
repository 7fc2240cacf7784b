"""The chair page's live view switch, in the whole main window: off by default; on, the address,
a QR code that opens it, the token; a remote's control carried out by the page; off again,
nothing listens. Traffic goes to 127.0.0.1 only."""
from __future__ import annotations

import socket
import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QScrollArea

from models.agenda.state import RUNNING
from models.ground import appconfig
from models.live.network import LOOPBACK
from models.live.token import TOKEN_FILE, control_token
from tests.live.helpers import control, moved_to_today, request, state
from ui.app import create_application, open_main_window
from ui.desk.camera import decode_qr_codes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def refused(port: int) -> bool:
    try:
        request(port, "GET", "/", timeout=1)
    except ConnectionRefusedError:
        return True
    return False


def agenda_page(qtbot, demo_path, today_is: int = 1):
    """The chair's page on the demo whose day `today_is` is today (a day is run only on its own date)."""
    create_application()
    window = open_main_window(str(moved_to_today(demo_path, today_is)))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    page = window.show_page("agenda")
    qtbot.waitExposed(page)
    return window, page


def turn_on_here(switch, port: int) -> None:
    """The chair picks this laptop only (a test shows nothing to the network) and a port, and switches on."""
    switch.address_choice.setCurrentIndex(switch.address_choice.findData(LOOPBACK))
    switch.port_spin.setValue(port)
    switch.switch.click()


def in_a_thread(qtbot, work):
    """A remote's request: from another thread, while the window goes on handling its events."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=8000)
    return result["value"]


def test_the_chair_turns_the_live_view_on_and_a_remote_runs_the_day(qtbot, demo_path, artifacts):
    window, page = agenda_page(qtbot, demo_path)
    switch = page.live_view
    port = free_port()
    # GIVEN the page as it opens: the live view is off and nothing listens
    assert not switch.switch.isChecked() and switch.details.isHidden() and switch.server is None
    # WHEN the chair switches it on (with a token of the widest letters there are)
    (appconfig.config_dir() / TOKEN_FILE).write_text("mwmw-wmwm-mwmw-wmwm\n", encoding="utf-8")
    turn_on_here(switch, port)
    # THEN the page shows the address, a QR code that opens it, and the remote's token
    url = f"http://127.0.0.1:{port}/"
    assert switch.switch.isChecked() and switch.details.isVisible()
    assert switch.address_label.text() == url
    assert decode_qr_codes(switch.qr.grab().toImage()) == [url]
    assert control_token() in switch.token_label.text()
    assert "Only this laptop" in switch.where_label.text()
    # AND a browser gets the day the page shows, and is counted
    seen = state(port)
    assert seen["day"]["number"] == page.day.number and seen["screens"][0]["kind"] == "welcome"
    qtbot.waitUntil(lambda: "1" in switch.followers_label.text(), timeout=5000)
    # AND the page still fits a laptop's 1280×800 screen
    qtbot.wait(20)
    assert not [bar for area in page.findChildren(QScrollArea)
                for bar in (area.verticalScrollBar(), area.horizontalScrollBar()) if bar.isVisible()]
    window.grab().save(str(artifacts / "agenda-page-live-view.png"))
    # WHEN a remote presses Start, with the token
    status, answer = in_a_thread(qtbot, lambda: control(port, "start", token=control_token()))
    # THEN the page's own chair started the day, and the page shows it
    assert status == 200 and answer["status"] == RUNNING
    assert page.live.state.current.status == RUNNING and page.start_button.text() == "Pause"
    assert in_a_thread(qtbot, lambda: control(port, "start", token="not-the-token"))[0] == 401
    # WHEN the chair switches it off, nothing listens any more
    switch.switch.click()
    assert switch.server is None and switch.details.isHidden() and refused(port)


def test_the_view_follows_the_day_the_chair_chooses_and_a_new_token_replaces_the_old(qtbot, demo_path):
    _window, page = agenda_page(qtbot, demo_path, today_is=2)
    switch = page.live_view
    port = free_port()
    turn_on_here(switch, port)
    old = control_token()
    assert state(port)["day"]["number"] == 2
    page.day_choice.setCurrentIndex(0)
    assert state(port)["day"]["number"] == 1
    page.day_choice.setCurrentIndex(1)
    assert state(port)["day"]["number"] == 2
    switch.new_token_button.click()
    assert control_token() != old and control_token() in switch.token_label.text()
    assert in_a_thread(qtbot, lambda: control(port, "hide-message", token=old))[0] == 401
    assert in_a_thread(qtbot, lambda: control(port, "blackout", token=control_token()))[0] == 200
    assert page.live.state.blackout and page.live.day.number == 2


def test_a_port_in_use_is_said_on_the_page_and_the_switch_stays_off(qtbot, demo_path):
    _window, page = agenda_page(qtbot, demo_path)
    switch = page.live_view
    with socket.socket() as other:
        other.bind((LOOPBACK, 0))
        other.listen()
        turn_on_here(switch, other.getsockname()[1])
        assert not switch.switch.isChecked() and switch.server is None
        assert "already in use" in page.error_label.text()


def test_opening_another_event_leaves_no_server_behind(qtbot, demo_path, tmp_path):
    window, page = agenda_page(qtbot, demo_path)
    port = free_port()
    turn_on_here(page.live_view, port)
    assert not refused(port)
    copy = tmp_path / "copy.belvedere"
    copy.write_bytes(demo_path.read_bytes())
    window.open_target(str(copy))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: refused(port), timeout=5000)

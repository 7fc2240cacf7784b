"""The real desk page on a server, offscreen: when the server goes away the desk says "offline" beside its answers,
every scan is answered about the person scanned (never with the previous answer), and the queue goes up when the
server is back."""
from __future__ import annotations

import time

from models.ground.db import database
from tests.postgres import wait_until
from tests.ui.test_desk_page import assert_answer, badge, make_desk, person, scan
from ui.desk.answer import Tone


def test_the_desk_on_a_paused_server_says_offline_and_answers_each_scan_about_its_person(qtbot, postgres_server,
                                                                                       server_demo, artifacts):
    # GIVEN the desk page on the event's server, a first person checked in
    desk = make_desk(qtbot, server_demo)
    qtbot.waitUntil(lambda: desk.source.copy.ready and desk.source.link().online, timeout=10_000)
    payloads = {number: badge(number, desk) for number in (101, 118, 127)}
    mehmet = person(127).full_name
    scan(qtbot, desk, payloads[101])
    assert_answer(desk, Tone.OK, "Elton Kerluku")
    assert not desk.link_note.plain_text()  # online: the note says nothing
    # WHEN the server is paused (a restart, a pulled cable, Wi-Fi gone look the same to the desk)
    postgres_server.pause()
    try:
        started = time.monotonic()
        scan(qtbot, desk, payloads[118])
        # THEN the next scan is answered within 2 s about Ђорђе, checked in from the offline copy
        assert time.monotonic() - started < 2.0
        assert_answer(desk, Tone.OK, "Ђорђе Петровић")
        assert "Elton" not in desk.result_panel.text()
        # AND the note beside the answer says the desk is offline, with the check-ins waiting
        qtbot.waitUntil(lambda: "Offline" in desk.link_note.plain_text())
        assert "1 check-in waiting" in desk.link_note.plain_text()
        scan(qtbot, desk, payloads[127])
        assert_answer(desk, Tone.OK, mehmet)
        qtbot.waitUntil(lambda: "2 check-ins waiting" in desk.link_note.plain_text())
        scan(qtbot, desk, payloads[101])
        assert_answer(desk, Tone.WARN, "Elton Kerluku")  # from the copy: he came in before the server went
        # AND the counters count the check-ins waiting in the queue
        qtbot.waitUntil(lambda: desk.counters.total.text().startswith("3 /"))
        desk.window().grab().save(str(artifacts / "desk-offline.png"))
    finally:
        postgres_server.resume()
    # WHEN the server is back THEN the desk uploads by itself and says so
    qtbot.waitUntil(lambda: "Back online" in desk.link_note.plain_text(), timeout=15_000)
    assert "2 check-ins uploaded" in desk.link_note.plain_text()
    desk.window().grab().save(str(artifacts / "desk-back-online.png"))
    assert wait_until(lambda: desk.source.link().waiting == 0)
    with database.using(desk.source.server):
        from models.checkin.entities import CheckIn

        assert CheckIn.select().where(CheckIn.voided_at.is_null()).count() == 3
    desk.context.close()

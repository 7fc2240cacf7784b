"""A whole event between a file and a server: `--db URL demo`, `import event` and `export event` carry participants,
check-ins (undone and duplicate ones too), the run log, the audit log, settings, and the badge code and secret, so
badges printed from the file scan on the server and the reverse; `backup` from a server writes an ordinary file."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from models.agenda.runlog import Chair
from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.checkin.service import check_in, void_check_in
from models.event.document import export_document
from models.event.file import close_event_database, open_event_database
from models.ground.audit import AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.days import day_by_number
from models.ground.entities import Setting, current_event
from models.participants.entities import Participant
from tests.cli import run

MORNING = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)


def a_morning_at_the_desk_and_the_podium(event) -> None:
    """Check-ins, an undo, the chair's actions and a setting: the record an event move must carry."""
    day = day_by_number(event, 1)
    clock = FakeClock(MORNING)
    for number in (101, 118, 127):
        clock.advance(minutes=1)
        result = check_in(event, Participant.get(Participant.number == number), day=day, desk="Desk 1", clock=clock)
    void_check_in(result.check_in, "wrong person", operator="Ana", clock=clock)
    chair = Chair(day, FakeClock(MORNING + timedelta(minutes=10)))
    chair.start()
    Setting.store("desk.sound", "on")


def record_in(document: dict) -> dict:
    return {key: document[key] for key in ("event", "participants", "settings", "checkins", "run_log", "audit")}


def record_of(event) -> dict:
    return record_in(export_document(event))


def test_demo_on_a_server_is_refused_over_an_event_and_replaced_with_force(empty_database, capsys):
    code, out, _ = run(capsys, "--db", empty_database, "demo")
    assert code == 0 and "45 participants" in out
    code, _, err = run(capsys, "--db", empty_database, "demo")
    assert code == 1 and "already holds an event" in err and "--force" in err
    open_event_database(empty_database)
    check_in(current_event(), Participant.get(Participant.number == 101), day=day_by_number(current_event(), 1))
    close_event_database()
    assert run(capsys, "--db", empty_database, "demo", "--force")[0] == 0
    open_event_database(empty_database)
    assert CheckIn.select().count() == 0 and Participant.select().count() == 45


def test_an_event_moves_whole_from_a_file_to_a_server_and_back(demo_event, demo_path, empty_database, tmp_path,
                                                              capsys):
    # GIVEN an event file with a morning's record, and the payload of a badge printed from it
    a_morning_at_the_desk_and_the_podium(demo_event)
    before = record_of(demo_event)
    badge = payload_for(Participant.get(Participant.number == 130), demo_event)
    close_event_database()
    exported = tmp_path / "event.json"
    assert run(capsys, "--db", str(demo_path), "export", "event", str(exported))[0] == 0
    # WHEN it is imported on a server
    code, out, _ = run(capsys, "--db", empty_database, "import", "event", str(exported))
    assert code == 0 and empty_database in out
    # THEN the server holds the same event, its record included, and the badge scans there
    open_event_database(empty_database)
    assert record_of(current_event()) == before
    assert CheckIn.select().where(CheckIn.voided_at.is_null(False)).count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "check-in voided").count() == 1
    close_event_database()
    assert run(capsys, "--db", empty_database, "scan", badge, "--day", "1")[0] == 0
    # WHEN the server's event is exported and imported into a new file, and saved as a file (backup)
    back = tmp_path / "back.json"
    assert run(capsys, "--db", empty_database, "export", "event", str(back))[0] == 0
    copy = tmp_path / "after the event.belvedere"
    code, out, err = run(capsys, "--db", empty_database, "backup", str(copy))
    assert code == 0 and "4 check-ins" in out, err
    imported = tmp_path / "imported back.belvedere"
    assert run(capsys, "--db", str(imported), "import", "event", str(back))[0] == 0
    # THEN both are the server's event, the check-in made on the server included
    on_server = record_in(json.loads(back.read_text(encoding="utf-8")))
    for target in (copy, imported):
        open_event_database(target)
        assert record_of(current_event()) == on_server
        assert {c.participant.number for c in CheckIn.select().where(CheckIn.voided_at.is_null())} == {101, 118, 130}
        close_event_database()

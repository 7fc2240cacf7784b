"""The journal rebuilds any day: a day scripted from the command line (walk-ins, undos, edits, reprints, the
chair's actions) comes back into the file prepared before the event, row for row; all or nothing, once."""
from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.agenda.entities import AgendaAction
from models.agenda.runlog import Chair
from models.checkin.entities import CheckIn
from models.checkin.service import checkin_entry
from models.event.file import close_event_database, open_event_database
from models.ground.audit import organiser
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.participants.editing import details_of, update_participant
from models.participants.entities import Participant
from models.participants.registration import PersonDetails, register_participant
from tests.cli import run
from tests.test_cli_checkin import payload_of

MORNING = datetime(2011, 6, 9, 6, 45, tzinfo=UTC)


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row that a day changes, with people named by number instead of row ids."""
    open_event_database(path)
    try:
        number = {p.id: p.number for p in Participant.select()}
        fields = [f for f in Participant._meta.sorted_fields if f.name not in ("id", "event")]
        people = sorted(tuple(getattr(p, f.name + "_id" if f.name in ("delegation", "role") else f.name)
                              for f in fields) for p in Participant.select())
        check_ins = sorted((number[c.participant_id], c.day_id, c.at, c.desk, c.operator, c.method, c.badge_version,
                            c.voided_at, c.void_reason, c.voided_by) for c in CheckIn.select())
        actions = sorted((a.day_id, a.item_id, a.action, a.at, a.seconds, a.text, a.actor, a.wall, a.monotonic,
                          a.boot) for a in AgendaAction.select())
        return {"participants": people, "check-ins": check_ins, "chair actions": actions}
    finally:
        close_event_database()


def script_a_day(capsys, event_file: Path) -> None:
    """Day I at two desks and on the podium, as scripts and volunteers would do it."""
    db = ["--db", str(event_file)]
    for number, desk in ((101, "Desk 1"), (118, "Desk 2"), (127, "Desk 1"), (135, "Desk 2")):
        assert run(capsys, *db, "scan", payload_of(event_file, number), "--day", "1", "--desk", desk)[0] == 0
    code, out, err = run(capsys, *db, "walk-in", "Mirëlinda", "Zhugri", "--organisation", "Policia e Shtetit",
                         "--delegation", "AL", "--role", "officer", "--day", "1", "--desk", "Desk 2")
    assert code == 0 and out.startswith("Registered and checked in: 146 Mirëlinda Zhugri"), (out, err)
    assert run(capsys, *db, "walk-in", "Gjergj", "Kastrioti", "--day", "1", "--desk", "Desk 1")[0] == 0
    assert run(capsys, *db, "undo", "127", "--reason", "scanned the wrong badge", "--day", "1",
               "--desk", "Desk 1")[0] == 0
    assert run(capsys, *db, "badges", str(event_file.with_name("lost.pdf")), "--layout", "single", "--only", "118",
               "--reprint")[0] == 0
    open_event_database(event_file)
    event = current_event()
    zhugri = Participant.get(Participant.number == 146)
    details = details_of(zhugri)
    details.email, details.family_name = "m.zhugri@example.al", "Zhugri-Hoxha"
    update_participant(zhugri, details, actor=organiser())  # corrected on the Participants page at the desk
    from models.checkin.deleting import delete_participant

    delete_participant(Participant.get(Participant.number == 147), actor=organiser(), with_check_ins=True)  # a double
    day = day_by_number(event, 1)
    clock = FakeClock(MORNING)
    chair = Chair(day, clock)
    for minutes, control in ((15, chair.start), (40, chair.next_item), (44, chair.pause), (46, chair.resume)):
        clock.set(MORNING + timedelta(minutes=minutes))
        control()
    chair.add_time(300)
    chair.show_message("Please wrap up")
    close_event_database()


def test_a_scripted_day_rebuilds_row_by_row_and_a_second_rebuild_adds_nothing(demo_path, stick, capsys):
    # GIVEN the file prepared before the event, kept aside, and a laptop journalling to a stick
    prepared = demo_path.with_name("prepared.belvedere")
    shutil.copy(demo_path, prepared)
    code, out, _ = run(capsys, "--db", str(demo_path), "journal", str(stick))
    assert code == 0 and "belvedere-journal-2011.jsonl" in out
    # WHEN the day is run, and the laptop dies
    script_a_day(capsys, demo_path)
    original = rows(demo_path)
    path = stick / "belvedere-journal-2011.jsonl"
    # AND the prepared file is rebuilt from the journal on another laptop
    code, out, err = run(capsys, "--db", str(prepared), "restore", str(path))
    # THEN every row is as it was on the dead laptop: walk-ins with their details, check-ins, the undo, the
    # corrected name, the removed double, the reprinted badge, the chair's log
    assert code == 0, err
    assert rows(prepared) == original
    assert "17 entries added (1 new participant, 5 check-ins, 1 undo, 3 participant changes, 7 chair actions)" in out
    assert "2 about people removed later in the journal" in out and "skipped" not in out
    # AND a second rebuild adds nothing
    code, out, _ = run(capsys, "--db", str(prepared), "restore", str(path))
    assert code == 0 and "0 entries added" in out, out
    assert rows(prepared) == original


def test_a_rebuild_is_all_or_nothing_and_a_damaged_line_changes_nothing(demo_event, demo_path, tmp_path, capsys):
    # GIVEN a journal of twenty check-ins with a line in the middle that is no entry (no 'at')
    path = tmp_path / "belvedere-journal-2011.jsonl"
    day = day_by_number(demo_event, 1)
    lines = []
    for minute, person in enumerate(Participant.select().order_by(Participant.number).limit(20)):
        record = CheckIn(participant=person, day=day, at=MORNING + timedelta(minutes=minute), desk="Desk 1",
                         method="scan")
        lines.append(json.dumps({"event": 2011, **checkin_entry(record)}))
    lines.insert(12, json.dumps({"event": 2011, "type": "checkin", "number": 145, "day": 1}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    close_event_database()
    # WHEN it is rebuilt
    code, _, err = run(capsys, "--db", str(demo_path), "restore", str(path))
    # THEN it is refused with the line and the reason, and not one check-in was written
    assert code == 1 and "line 13 is no journal entry ('at' is missing)" in err and "Nothing was rebuilt" in err
    open_event_database(demo_path)
    assert CheckIn.select().count() == 0


def test_a_journal_of_an_earlier_belvedere_rebuilds_what_it_can_and_says_what_it_skipped(demo_path, tmp_path,
                                                                                         capsys):
    # GIVEN a journal written before walk-ins were journalled: a walk-in's check-in names a number unknown here
    # (the rebuild stopped there, after committing what came before, and never got further)
    open_event_database(demo_path)
    person = register_participant(current_event(), PersonDetails(given_name="Walk", family_name="In"))
    day = day_by_number(current_event(), 1)
    entries = [checkin_entry(CheckIn(participant=Participant.get(Participant.number == number), day=day,
                                     at=MORNING + timedelta(minutes=number - 100), method="scan"))
               for number in (101, 102)]
    entries.append(checkin_entry(CheckIn(participant=person, day=day, at=MORNING, method="walk-in")))
    entries += [checkin_entry(CheckIn(participant=Participant.get(Participant.number == number), day=day,
                                      at=MORNING + timedelta(minutes=number - 100), method="scan"))
                for number in (103, 104)]
    Participant.delete().where(Participant.id == person.id).execute()
    close_event_database()
    path = tmp_path / "old-journal.jsonl"
    path.write_text("".join(json.dumps({"event": 2011, **entry}) + "\n" for entry in entries), encoding="utf-8")
    # WHEN it is rebuilt
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(path))
    # THEN the four known people are back, and the report names the line it skipped and why
    assert code == 0, err
    assert "4 entries added (4 check-ins), 0 already in the file, 1 skipped:" in out
    assert "line 3: participant 146 is not in this event file" in out
    open_event_database(demo_path)
    assert sorted(c.participant.number for c in CheckIn.select()) == [101, 102, 103, 104]


@pytest.mark.parametrize("content, words", [
    (os.urandom(4096), "is not a Belvedere journal"),
    (b"", "holds no journal entries"),
    (b'[1, 2, 3]\n', "it is not an object"),
    (b'{"event": 2011, "type": "checkin", "number": 101, "day": 1, "at": "half past eight"}\n', "its 'at' is"),
    (b'{"event": 2011, "type": "checkin", "number": 101, "day": 1, "at": "2011-06-09T08:45:00"}\n', "its 'at' is"),
    (b'{"event": 2011, "type": "checkin", "number": "101", "day": 1, "at": "2011-06-09T06:45:00+00:00"}\n',
     "its 'number' is"),
    (b'{"event": 2011, "type": "teleport", "number": 101}\n', "its type 'teleport'"),
    (b'{"event": 2011, "number": 101}\n', "its type 'None'"),
    (b"[" * 100_000 + b"\n" + b'{"event": 2011}\n', "is not a Belvedere journal"),
    (b'"just text"\n{"event": 2011}\n', "it is not an object"),
])
def test_a_file_that_is_not_a_journal_is_refused_with_a_sentence(demo_path, tmp_path, capsys, content, words):
    path = tmp_path / "journal.jsonl"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(path))
    assert code == 1 and words in err and "Traceback" not in err, err
    assert out == ""

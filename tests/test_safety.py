"""Nothing lost: backups, the journal on a second medium, damaged files, privacy and the desk lock."""
from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from models.agenda.entities import AgendaAction, AgendaItem
from models.agenda.plan import load_day_plan
from models.agenda.runlog import action_entry
from models.checkin.entities import CheckIn
from models.checkin.service import checkin_entry, void_entry
from models.event import backups, desk_lock, journal, privacy, rebuild
from models.event.file import close_event_database, open_event_database
from models.ground.audit import ORGANISER, Actor
from models.ground.clock import UTC
from models.ground.entities import Day, current_event
from models.ground.errors import BelvedereError, DamagedEventFileError
from models.ground.files import is_on_network_share
from models.participants.entities import Participant
from tests.safety.journalling import prepared_event_and_stick

MORNING = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)


def check_in(number: int, day: int = 1, at: datetime = MORNING) -> CheckIn:
    return CheckIn.create(participant=Participant.get(Participant.number == number),
                          day=Day.get(Day.number == day), at=at, desk="Desk 1", operator="Ana")


def test_backups_are_sound_copies_and_only_the_last_twenty_are_kept(demo_event, demo_path, tmp_path):
    folder = tmp_path / "backups"
    check_in(101)
    start = datetime(2011, 6, 9, 8, 0)
    made = [backups.make_backup(demo_path, folder, now=start + timedelta(minutes=5 * n)) for n in range(23)]
    kept = backups.backups_of(demo_path, folder)
    assert len(kept) == backups.KEEP and kept[0] == made[-1] and made[0] not in kept
    assert backups.is_sound(kept[0])
    with sqlite3.connect(kept[0]) as copy:  # the uncheckpointed check-in is in the copy
        assert copy.execute("SELECT count(*) FROM check_in").fetchone() == (1,)
    if os.name == "posix":
        assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600


def test_an_event_file_named_with_any_character_is_backed_up(tmp_path, demo_path):
    # GIVEN the second workshop of the year, in a file whose name SQLite's URIs would cut at '#' or '?'
    event_file = tmp_path / "Workshop #2 (Durrës)?.belvedere"
    demo_path.rename(event_file)
    open_event_database(event_file)
    check_in(101)
    # WHEN it is backed up
    made = backups.make_backup(event_file, tmp_path / "backups")
    # THEN the copy is a sound event file with the check-in
    assert backups.is_sound(made) and backups.backups_of(event_file, tmp_path / "backups") == [made]
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM check_in").fetchone() == (1,)


def test_a_damaged_file_is_refused_and_the_latest_good_backup_restores_it(demo_event, demo_path):
    check_in(101)
    good = backups.make_backup(demo_path)
    close_event_database()
    size = demo_path.stat().st_size
    with open(demo_path, "r+b") as handle:  # a power cut mid-copy: half a file
        handle.truncate(size // 2)
    for suffix in ("-wal", "-shm"):
        (demo_path.parent / (demo_path.name + suffix)).unlink(missing_ok=True)
    with pytest.raises(DamagedEventFileError, match="Restore it from a backup"):
        open_event_database(demo_path)
    assert backups.latest_good_backup(demo_path) == good
    kept = backups.restore_backup(good, demo_path)
    assert kept is not None and kept.exists()
    open_event_database(demo_path)
    assert CheckIn.select().count() == 1


@pytest.mark.databases("sqlite", "postgresql")
def test_the_journal_rebuilds_a_dead_laptops_day_from_the_prepared_file(new_demo, tmp_path):
    # GIVEN the event file prepared before the event, copied aside, and a desk writing a journal to a stick
    prepared, stick = prepared_event_and_stick(new_demo, tmp_path)
    event = current_event()
    for minute, number in enumerate((101, 118, 127)):
        journal.append(event, checkin_entry(check_in(number, at=MORNING + timedelta(minutes=minute))))
    voided = CheckIn.get(CheckIn.participant == Participant.get(Participant.number == 127))
    voided.voided_at, voided.void_reason, voided.voided_by = MORNING + timedelta(minutes=9), "wrong person", "Ana"
    voided.save()
    journal.append(event, void_entry(voided))
    item = AgendaItem.get((AgendaItem.day == 1) & (AgendaItem.position == 1))
    action = AgendaAction.create(day=item.day, item=item, action="start", at=MORNING, actor="chair")
    journal.append(event, action_entry(action, load_day_plan(item.day)))
    close_event_database()
    path = journal.journal_file(event, stick)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all("Петровић" not in line and "Kerluku" not in line for line in lines)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"type": "checkin", "num')  # the power went out mid-line
    # WHEN the laptop is dead and the prepared file is rebuilt from the journal
    open_event_database(prepared)
    added = rebuild.rebuild_from_journal(current_event(), path)
    # THEN every check-in, the undo and the chair action are back, and a second replay adds nothing
    assert added == 5
    valid = CheckIn.select().where(CheckIn.voided_at.is_null())
    assert sorted(c.participant.number for c in valid) == [101, 118]
    assert AgendaAction.select().count() == 1
    assert rebuild.rebuild_from_journal(current_event(), path) == 0


def test_a_journal_of_another_event_is_refused(demo_event, tmp_path):
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps({"event": 9999, "type": "checkin", "number": 101, "day": 1,
                                "at": MORNING.isoformat()}) + "\n", encoding="utf-8")
    with pytest.raises(BelvedereError, match="another event"):
        rebuild.rebuild_from_journal(demo_event, path)
    assert CheckIn.select().count() == 0


def test_a_journal_folder_that_is_gone_says_so(demo_event, tmp_path):
    with pytest.raises(BelvedereError, match="Plug in the stick"):
        journal.set_journal_folder(str(tmp_path / "unplugged"))
    with pytest.raises(BelvedereError, match="check the stick"):
        journal.append(demo_event, {"type": "test"}, folder=tmp_path / "unplugged")


def test_removing_personal_data_keeps_counts_and_check_ins(demo_event, demo_path):
    check_in(118)
    count = privacy.remove_personal_data(demo_event, actor=Actor(ORGANISER, "mira"))
    assert count == Participant.select().count() == 45
    djordje = Participant.get(Participant.number == 118)
    assert (djordje.full_name, djordje.email, djordje.organisation) == ("Participant 118", "", "")
    assert djordje.delegation.code == "RS" and djordje.funded and CheckIn.select().count() == 1
    close_event_database()
    raw = demo_path.read_bytes()
    for name in ("Петровић".encode(), "Mërkuri".encode(), b"elton.kerluku@example.al"):
        assert name not in raw


def test_the_desk_lock_needs_the_organisers_pin(demo_event):
    assert desk_lock.check_pin("anything")  # no PIN yet
    with pytest.raises(BelvedereError):
        desk_lock.set_pin("12")
    desk_lock.set_pin("4711")
    assert desk_lock.has_pin() and desk_lock.check_pin("4711") and not desk_lock.check_pin("4712")


def test_event_files_are_private_and_a_local_folder_is_no_network_share(demo_event, demo_path):
    if os.name == "posix":
        assert stat.S_IMODE(demo_path.stat().st_mode) == 0o600
    assert not is_on_network_share(demo_path)


def test_check_ins_undos_and_chair_actions_reach_the_journal_after_their_commit(demo_event, tmp_path):
    from models.agenda.runlog import Chair
    from models.checkin.service import check_in, void_check_in
    from models.ground.clock import FakeClock

    stick = tmp_path / "stick"
    stick.mkdir()
    journal.set_journal_folder(str(stick))
    clock = FakeClock(datetime(2011, 6, 9, 6, 50, tzinfo=UTC))
    day_one = Day.get(Day.number == 1)
    djordje = Participant.get(Participant.number == 118)
    result = check_in(demo_event, djordje, day=day_one, desk="Desk 1", clock=clock)
    assert result.checked_in and result.journal_problem == ""
    void_check_in(result.check_in, "wrong person", "Ana", clock=clock)
    Chair(day_one, clock=clock).start()
    entries = rebuild.read_journal(journal.journal_file(demo_event, stick))
    assert [entry["type"] for entry in entries] == ["checkin", "void", "action"]
    assert entries[0]["number"] == 118 and entries[2]["action"] == "start"


def test_a_pulled_stick_never_turns_a_saved_check_in_red(demo_event, tmp_path):
    from models.checkin.service import check_in

    stick = tmp_path / "stick"
    stick.mkdir()
    journal.set_journal_folder(str(stick))
    stick.rmdir()  # the stick is pulled out
    result = check_in(demo_event, Participant.get(Participant.number == 101), day=Day.get(Day.number == 1))
    assert result.checked_in and "check the stick" in result.journal_problem
    assert CheckIn.select().count() == 1

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
from models.ground.entities import Day, Setting, current_event
from models.ground.errors import BelvedereError, DamagedEventFileError
from models.ground.files import is_on_network_share
from models.ground.settings import DESK_LOCK
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
def test_the_journal_rebuilds_a_dead_laptops_day_from_the_prepared_file(new_demo, stick):
    # GIVEN the event file prepared before the event, copied aside, and a desk writing a journal to a stick
    prepared = prepared_event_and_stick(new_demo, stick)
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
        handle.write('{"event":2011,"type":"checkin","num')  # the power went out mid-line
    # WHEN the laptop is dead and the prepared file is rebuilt from the journal
    open_event_database(prepared)
    report = rebuild.rebuild_from_journal(current_event(), path)
    # THEN every check-in, the undo and the chair action are back, and a second replay adds nothing
    assert report.total_added == 5 and report.added == {"check-ins": 3, "undos": 1, "chair actions": 1}
    valid = CheckIn.select().where(CheckIn.voided_at.is_null())
    assert sorted(c.participant.number for c in valid) == [101, 118]
    assert AgendaAction.select().count() == 1
    again = rebuild.rebuild_from_journal(current_event(), path)
    assert (again.total_added, again.present) == (0, 5)


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
    with pytest.raises(BelvedereError, match="Plug the stick in again"):
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


def test_event_files_are_private_and_a_local_folder_is_no_network_share(demo_event, demo_path):
    if os.name == "posix":
        assert stat.S_IMODE(demo_path.stat().st_mode) == 0o600
    assert not is_on_network_share(demo_path)


def test_check_ins_undos_and_chair_actions_reach_the_journal_after_their_commit(demo_event, stick):
    from models.agenda.runlog import Chair
    from models.checkin.service import check_in, void_check_in
    from models.ground.clock import FakeClock

    journal.set_journal_folder(str(stick))
    clock = FakeClock(datetime(2011, 6, 9, 6, 50, tzinfo=UTC))
    day_one = Day.get(Day.number == 1)
    djordje = Participant.get(Participant.number == 118)
    result = check_in(demo_event, djordje, day=day_one, desk="Desk 1", clock=clock)
    assert result.checked_in and result.journal_problem == ""
    void_check_in(result.check_in, "wrong person", "Ana", clock=clock)
    Chair(day_one, clock=clock).start()
    entries = [line.entry for line in rebuild.read_journal(journal.journal_file(demo_event, stick))]
    assert [entry["type"] for entry in entries] == ["checkin", "void", "action"]
    assert entries[0]["number"] == 118 and entries[2]["action"] == "start"


def test_a_pulled_stick_never_turns_a_saved_check_in_red(demo_event, stick):
    from models.checkin.service import check_in

    journal.set_journal_folder(str(stick))
    stick.rmdir()  # the stick is pulled out
    result = check_in(demo_event, Participant.get(Participant.number == 101), day=Day.get(Day.number == 1))
    assert result.checked_in and "Plug the stick in again" in result.journal_problem
    assert CheckIn.select().count() == 1


LOCK_PIN = "482913"


def test_a_lock_takes_six_digits_given_twice_and_wrong_pins_wait_longer(demo_event):
    from models.ground.clock import FakeClock

    for pin, again, words in (("4711", "4711", "6 to 12 digits"), ("482913", "482914", "not the same"),
                              ("111111", "111111", "harder to guess"), ("123456", "123456", "harder to guess")):
        with pytest.raises(BelvedereError, match=words):
            desk_lock.lock(demo_event, pin, again)
    assert not desk_lock.is_locked(demo_event)
    desk_lock.lock(demo_event, LOCK_PIN, LOCK_PIN)
    clock = FakeClock(MORNING)
    waits = []
    for _ in range(5):
        with pytest.raises(desk_lock.WrongPin) as refused:
            desk_lock.check(demo_event, "000000", clock)
        waits.append(str(refused.value))
        clock.advance(minutes=30)  # long enough for any wait
    assert waits[:2] == ["That is not the organiser's PIN."] * 2
    assert [text.split(" The next try is possible in ")[1] for text in waits[2:]] == ["30 s.", "1 min.", "2 min."]
    with pytest.raises(desk_lock.WrongPin, match="The next try is possible in 4 min"):
        desk_lock.check(demo_event, "000000", clock)
    with pytest.raises(desk_lock.WrongPin, match="Too many wrong PINs: try again in 4 min"):
        desk_lock.check(demo_event, LOCK_PIN, clock)  # even the right PIN waits
    clock.advance(minutes=4, seconds=1)
    desk_lock.check(demo_event, LOCK_PIN, clock)
    with pytest.raises(desk_lock.WrongPin) as refused:
        desk_lock.check(demo_event, "000000", clock)
    assert str(refused.value) == "That is not the organiser's PIN."  # the count started again
    stored = Setting.value_of(DESK_LOCK)
    assert LOCK_PIN not in stored and "scrypt$32768$8$1$" in stored


@pytest.mark.parametrize("argv, what", [
    (["export", "participants", "people.csv"], "exporting its participants"),
    (["export", "checkins", "checkins.xlsx"], "exporting its checkins"),
    (["export", "event", "event.json"], "exporting its badge secret and participants"),
    (["report", "attendance", "attendance.pdf"], "a report of its participants"),
    (["backup", "copy.belvedere"], "a copy of it"),
    (["badges", "badges.pdf", "--only", "118"], "printing badges"),
    (["payload", "118"], "a badge's signed code"),
    (["anonymise", "--yes"], "removing its personal data"),
])
def test_a_locked_event_gives_out_personal_data_or_its_secret_only_with_the_pin(demo_event, demo_path, tmp_path,
                                                                                capsys, monkeypatch, argv, what):
    from tests.cli import run

    desk_lock.lock(demo_event, LOCK_PIN, LOCK_PIN)
    close_event_database()
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", str(demo_path), *argv)
    assert code == 1 and f"locked to the desk: {what} needs the organiser's PIN. Give it with --pin." in err
    assert out == "" and not (tmp_path / argv[-1]).exists()
    code, _, err = run(capsys, "--db", str(demo_path), *argv, "--pin", "000000")
    assert code == 1 and "not the organiser's PIN" in err
    code, _, err = run(capsys, "--db", str(demo_path), *argv, "--pin", LOCK_PIN)
    assert code == 0, err


def test_the_desk_commands_work_on_a_locked_event_without_the_pin(demo_event, demo_path, capsys):
    from tests.cli import run

    desk_lock.lock(demo_event, LOCK_PIN, LOCK_PIN)
    close_event_database()
    assert run(capsys, "--db", str(demo_path), "find", "kerluku", "--day", "1")[0] == 0
    assert run(capsys, "--db", str(demo_path), "walk-in", "Ana", "Walker", "--day", "1")[0] == 0

"""Privacy: a day at the desk and on the podium leaves no participant's name in the log, the audit log or the
journal; "Remove personal data" keeps the counts and the timing report; exports say they hold personal data."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest

from main import main
from models.agenda.entities import AgendaItem
from models.agenda.runlog import Chair
from models.badges.reading import payload_for
from models.checkin.counts import day_counts
from models.checkin.service import Outcome, check_in, void_check_in, walk_in
from models.event import backups, journal
from models.event.file import close_event_database, open_event_database
from models.event.privacy import personal_data_file_name
from models.ground.audit import DESK, Actor, AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.entities import Day, current_event
from models.ground.logs import LOG_NAME, configure_logging
from models.participants.entities import Participant
from models.participants.registration import PersonDetails
from models.reports.generate import generate_report

MORNING = datetime(2011, 6, 9, 6, 45, tzinfo=UTC)  # 08:45 in Durrës
WALK_IN = PersonDetails(given_name="Mirëlinda", family_name="Zhugri", organisation="Policia e Shtetit",
                        email="mirelinda.zhugri@example.al", phone="+355 69 000 0000")


@pytest.fixture
def log_file(isolated_home):
    """The app's log, configured as the window does at start, removed again after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging()
    yield isolated_home / "data" / "logs" / LOG_NAME
    for handler in root.handlers[len(handlers):]:
        handler.close()
    root.handlers[:], root.level = handlers, level


def personal_texts() -> set[str]:
    """Every name, e-mail, phone number and organisation in the event, and the walk-in's."""
    texts = {WALK_IN.given_name, WALK_IN.family_name, WALK_IN.email, WALK_IN.phone, WALK_IN.organisation}
    for person in Participant.select():
        texts |= {person.given_name, person.family_name, person.email, person.phone, person.organisation}
    return {text for text in texts if len(text) > 3}


def public_programme() -> set[str]:
    """What the published programme says (speakers, chairs, the organisers' contacts): it stays with the agenda."""
    text = " ".join([current_event().notes] + [f"{item.title} {item.chair} {item.speakers} {item.description}"
                                               for item in AgendaItem.select()])
    return {word for word in personal_texts() if word in text}


def run_a_day(event, stick) -> FakeClock:
    """Day I at two desks and on the podium: scans, a repeat, a refusal, a walk-in, an undo, the chair's controls."""
    journal.set_journal_folder(str(stick))
    clock = FakeClock(MORNING)
    day = Day.get(Day.number == 1)
    for minute, number in enumerate((101, 118, 127, 135, 142)):
        clock.set(MORNING + timedelta(minutes=minute))
        person = Participant.get(Participant.number == number)
        assert check_in(event, payload_for(person, event), day=day, desk="Desk 1", operator="Ana Volunteer",
                        clock=clock).outcome is Outcome.CHECKED_IN
    assert check_in(event, payload_for(Participant.get(Participant.number == 118), event), day=day, desk="Desk 2",
                    clock=clock).outcome is Outcome.ALREADY
    assert check_in(event, "201199999999999999999999", day=day, clock=clock).outcome is Outcome.REFUSED
    assert walk_in(event, WALK_IN, day, desk="Desk 2", operator="Ana Volunteer", clock=clock).checked_in
    wrong = check_in(event, Participant.get(Participant.number == 136), day=day, desk="Desk 2", clock=clock)
    void_check_in(wrong.check_in, "wrong person", operator="Ana Volunteer", clock=clock)
    chair = Chair(day, clock)
    for minutes, control in ((21, chair.start), (50, chair.next_item), (52, chair.pause), (53, chair.resume)):
        clock.set(MORNING + timedelta(minutes=minutes))
        control()
    chair.show_message("Please wrap up")
    return clock


def test_a_day_at_the_desk_and_podium_logs_numbers_never_names(demo_event, stick, log_file):
    # GIVEN the app's log and a journal on a stick
    # WHEN a day is run: check-ins, a repeat, a refused badge, a walk-in, an undo and the chair's controls
    run_a_day(demo_event, stick)
    # THEN the log tells what happened by participant number
    log = log_file.read_text(encoding="utf-8")
    assert "checked in: participant 118, day 1" in log and "check-in undone: participant 136" in log
    assert "chair, day 1: start" in log and "badge refused" in log
    # AND no name, e-mail, phone number or organisation is in the log or the audit log
    audit = " ".join(f"{entry.subject} {entry.detail}" for entry in AuditEntry.select())
    assert "participant:146" in audit  # the walk-in, by number
    for text in personal_texts():
        assert text not in log and text not in audit, text
    # AND the journal names people by number, except the walk-in's registration: it carries the details a
    # rebuild needs to bring the walk-in back (the journal is private to its owner for that reason)
    lines = journal.journal_file(demo_event, stick).read_text(encoding="utf-8").splitlines()
    registration = [line for line in lines if '"change":"registered"' in line]
    assert len(registration) == 1 and '"number":146' in registration[0] and WALK_IN.email in registration[0]
    for text in personal_texts():
        assert not any(text in line for line in lines if line not in registration), text


def test_removing_personal_data_keeps_the_counts_and_the_timing_report(demo_event, demo_path, tmp_path, stick):
    # GIVEN a day that was run, its counts, its timing report, and automatic backups holding the names
    clock = run_a_day(demo_event, stick)
    names = personal_texts() - public_programme() | {"Ana Volunteer", "wrong person"}
    days = list(Day.select().order_by(Day.number))
    counts = [day_counts(day) for day in days]
    generate_report("timing", tmp_path / "before.csv", clock=clock)
    for minutes in (0, 5):
        backups.make_backup(demo_path, now=datetime(2011, 6, 9, 9, minutes))
    close_event_database()
    # WHEN the organiser removes the personal data from the command line
    assert main(["--db", str(demo_path), "anonymise", "--yes"]) == 0
    # THEN the counts and the timing report are as they were
    open_event_database(demo_path)
    assert [day_counts(day) for day in Day.select().order_by(Day.number)] == counts
    generate_report("timing", tmp_path / "after.csv", clock=clock)
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    assert Participant.get(Participant.number == 146).full_name == "Participant 146"
    # AND the audit log still says in which role each change was made, and by no one's name
    assert {(entry.action, entry.by) for entry in AuditEntry.select() if entry.action == "check-in voided"} == {
        ("check-in voided", Actor(DESK))}
    assert all(entry.by.name == "" for entry in AuditEntry.select())
    # AND neither the file nor the backups folder holds any name, volunteer or typed reason any more
    close_event_database()
    assert backups.backups_of(demo_path) == []
    raw = b"".join(path.read_bytes() for path in demo_path.parent.glob(demo_path.name + "*"))
    for text in names:
        assert text.encode("utf-8") not in raw, text


def test_anonymise_without_yes_says_what_goes_and_what_stays_and_changes_nothing(demo_path, capsys):
    assert main(["--db", str(demo_path), "anonymise"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("belvedere: anonymise removes the names") and "45 participants" in err
    assert "It keeps" in err and "timing report" in err and "--yes" in err
    open_event_database(demo_path)
    assert Participant.get(Participant.number == 118).family_name == "Петровић"


def test_exported_personal_data_is_named_so():
    assert personal_data_file_name("participants", ".xlsx") == "participants-personal-data.xlsx"


def test_removing_personal_data_also_removes_names_on_badges_and_the_signatories(demo_event):
    from models.event.privacy import remove_personal_data
    from models.ground.branding import event_signatories

    Participant.update(badge_name="Ђорђе П.").where(Participant.number == 118).execute()
    assert event_signatories(demo_event)
    remove_personal_data(demo_event)
    assert Participant.get(Participant.number == 118).name_on_badge == "Participant 118"
    assert event_signatories(demo_event) == []

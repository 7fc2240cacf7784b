"""The event file: schema version, upgrades that keep every row, and constraints in the database."""
from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from models.checkin.entities import CheckIn
from models.event import schema
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC
from models.ground.db import database
from models.ground.entities import Day
from models.ground.errors import EventFileError
from models.participants.entities import Participant, ValueMapping

V1_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v1.sql"


def write_release_1_file(path: Path) -> dict[str, int]:
    """A file as release 1 wrote it, with rows in every table; returns the row counts."""
    connection = sqlite3.connect(path)
    connection.executescript(V1_SCHEMA.read_text(encoding="utf-8").split("\n", 1)[1])
    connection.executescript("""
        INSERT INTO schema_version (version) VALUES (1);
        INSERT INTO event (id, title, subtitle, venue, city, country, start_date, end_date, timezone, languages,
                           code, secret, notes)
            VALUES (1, 'Workshop', '', 'Villa Hotel Belvedere', 'Durrës', 'Albania', '2011-06-09', '2011-06-10',
                    'Europe/Tirane', 'en,sq', 2011, 'ab', '');
        INSERT INTO day (id, event_id, number, date, label) VALUES (1, 1, 1, '2011-06-09', 'Day I');
        INSERT INTO role (id, event_id, key, name, colour, funded_quota, position)
            VALUES (1, 1, 'officer', 'Officer', '#1565c0', 2, 0);
        INSERT INTO delegation (id, event_id, code, name, note, position) VALUES (1, 1, 'RS', 'Serbia', '', 0);
        INSERT INTO participant (id, event_id, number, given_name, family_name, organisation, delegation_id, role_id,
                                 email, phone, funded, language, days_expected, badge_version, badge_replaced_at,
                                 notes, created_at, updated_at)
            VALUES (1, 1, 118, 'Ђорђе', 'Петровић', 'МУП', 1, 1, '', '', 1, 'en', '', 2, '2011-06-08 10:00:00',
                    '', '2011-06-01 09:00:00', '2011-06-01 09:00:00');
        INSERT INTO check_in (id, participant_id, day_id, at, desk, operator, method, badge_version, voided_at,
                              void_reason, voided_by)
            VALUES (1, 1, 1, '2011-06-09 06:50:00', 'Desk 1', 'Ana', 'scan', 2, NULL, '', '');
        INSERT INTO agenda_item (id, day_id, parent_id, position, kind, number, title, description, chair, speakers,
                                 planned_start, planned_end, warning_minutes, resume_policy, minimum_minutes)
            VALUES (1, 1, NULL, 1, 'registration', '', 'Registration', '', '', '', '2011-06-09 08:45:00',
                    '2011-06-09 09:00:00', 5, 'fixed_resume', NULL);
        INSERT INTO agenda_action (id, day_id, item_id, action, at, seconds, text, actor)
            VALUES (1, 1, 1, 'start', '2011-06-09 06:45:00', NULL, '', 'chair');
        INSERT INTO audit_entry (id, at, actor, action, subject, detail)
            VALUES (1, '2011-06-09 06:50:00', 'Ana', 'check-in', 'participant:118', '{}');
        INSERT INTO setting (key, value) VALUES ('break_sound', 'on');
    """)
    connection.commit()
    counts = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()
    return counts


def test_opening_a_release_1_file_upgrades_it_in_place_and_keeps_every_row(tmp_path):
    # GIVEN a file written by release 1
    path = tmp_path / "old.belvedere"
    counts_before = write_release_1_file(path)
    # WHEN the current Belvedere opens it
    open_event_database(path)
    # THEN it is at the current version, every row is still there, and a copy was written beside it
    assert schema.stored_version() == schema.CURRENT_VERSION
    for table, count in counts_before.items():
        assert database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
    djordje = Participant.get(Participant.number == 118)
    assert (djordje.full_name, djordje.badge_version) == ("Ђорђе Петровић", 2)
    assert djordje.badge_replaced_at == datetime(2011, 6, 8, 10, 0, tzinfo=UTC)
    assert djordje.badge_printed_version is None
    assert not ValueMapping.select().exists()  # release 3: the sheets' words, none remembered yet
    backups = list(tmp_path.glob("old.before-upgrade-v1-*.belvedere"))
    assert len(backups) == 1
    if os.name == "posix":
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version FROM schema_version").fetchone() == (1,)
        assert copy.execute("SELECT count(*) FROM participant").fetchone() == (1,)


def test_an_event_on_a_server_from_release_5_is_upgraded_in_place(postgres_server, demo_on_server):
    # GIVEN an event on a server as release 5 left it, with a check-in
    url = postgres_server.new_database(template=demo_on_server)
    try:
        open_event_database(url)
        CheckIn.create(participant=Participant.get(Participant.number == 118), day=Day.get(Day.number == 1),
                       at=datetime(2011, 6, 9, 6, 50, tzinfo=UTC))
        database.execute_sql("ALTER TABLE check_in DROP COLUMN duplicate_of_id")
        schema.SchemaVersion.update(version=5).execute()
        close_event_database()
        # WHEN the current Belvedere opens it
        open_event_database(url)
        # THEN it is at the current version, with its rows, and the one-check-in-a-day rule still holds
        assert schema.stored_version() == schema.CURRENT_VERSION
        kept = CheckIn.get()
        assert kept.participant.number == 118 and kept.duplicate_of is None
        with pytest.raises(peewee.IntegrityError), database.atomic():
            CheckIn.create(participant=kept.participant, day=kept.day, at=kept.at)
    finally:
        close_event_database()
        postgres_server.drop_database(url)


def test_a_file_from_a_newer_release_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.belvedere"
    open_event_database(path, create=True)
    schema.SchemaVersion.update(version=schema.CURRENT_VERSION + 1).execute()
    close_event_database()
    before = path.read_bytes()
    with pytest.raises(EventFileError, match="newer Belvedere"):
        open_event_database(path)
    assert path.read_bytes() == before


def test_files_that_are_not_event_files_are_refused_with_a_sentence(tmp_path):
    text = tmp_path / "notes.belvedere"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(EventFileError, match="not a Belvedere event file"):
        open_event_database(text)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(EventFileError, match="not a Belvedere event file"):
        open_event_database(other)
    with pytest.raises(EventFileError, match="no event file"):
        open_event_database(tmp_path / "missing.belvedere")


def test_the_file_is_opened_in_wal_mode_with_foreign_keys_and_a_busy_timeout(demo_event):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL


@pytest.mark.databases("sqlite", "postgresql")
def test_the_database_refuses_a_second_valid_check_in_for_the_same_person_and_day(demo_event):
    person = Participant.get(Participant.number == 101)
    day = Day.get(Day.number == 1)
    at = datetime(2011, 6, 9, 6, 50, tzinfo=UTC)
    first = CheckIn.create(participant=person, day=day, at=at)
    with pytest.raises(peewee.IntegrityError), database.atomic():
        CheckIn.create(participant=person, day=day, at=at)
    # a voided check-in no longer counts, so the person can be checked in again
    first.voided_at = at
    first.save()
    CheckIn.create(participant=person, day=day, at=at)
    CheckIn.create(participant=person, day=Day.get(Day.number == 2), at=at)
    assert CheckIn.select().count() == 3


def test_participant_numbers_are_unique_and_foreign_keys_hold(demo_event):
    with pytest.raises(peewee.IntegrityError), database.atomic():
        database.execute_sql(
            "INSERT INTO participant (event_id, number, given_name, family_name, organisation, email, phone, "
            "funded, language, days_expected, badge_version, notes, created_at, updated_at) "
            "VALUES (1, 101, 'X', '', '', '', '', 0, 'en', '', 1, '', '2011-01-01', '2011-01-01')")
    with pytest.raises(peewee.IntegrityError), database.atomic():
        database.execute_sql(
            "INSERT INTO check_in (participant_id, day_id, at, desk, operator, method, void_reason, voided_by) "
            "VALUES (99999, 1, '2011-06-09 07:00:00', '', '', 'scan', '', '')")


def test_a_naive_datetime_is_never_stored_as_utc(demo_event):
    person = Participant.get(Participant.number == 101)
    with pytest.raises(ValueError, match="naive"):
        CheckIn.create(participant=person, day=Day.get(Day.number == 1), at=datetime(2011, 6, 9, 8, 50))


def test_release_3_columns_arrive_with_their_defaults_and_staff_get_no_certificate(tmp_path):
    # GIVEN a release 1 file with an officer and a staff role, and a participant
    from models.ground.entities import Event, Logo, Signatory
    from models.participants.entities import Role

    path = tmp_path / "old.belvedere"
    write_release_1_file(path)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO role (id, event_id, key, name, colour, funded_quota, position) "
                           "VALUES (2, 1, 'staff', 'Staff', '#212121', 0, 1)")
    # WHEN it is opened
    open_event_database(path)
    # THEN the participant keeps their name, the roles say who gets a certificate, the event has no logo yet
    djordje = Participant.get(Participant.number == 118)
    assert (djordje.badge_name, djordje.name_on_badge) == ("", "Ђорђе Петровић")
    assert {role.key: role.certificate for role in Role.select()} == {"officer": True, "staff": False}
    event = Event.get()
    assert (event.title_translations, event.certificate_place, event.certificate_date) == ({}, "", None)
    assert Logo.select().count() == Signatory.select().count() == 0
    assert Day.select().count() == 1  # no table was rebuilt: nothing that refers to the event was lost

"""A rehearsal of a day that already ran leaves its record alone: run log, timing report, audit log, journal."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from models.agenda.entities import AgendaAction
from models.agenda.rehearsal import SAME_TIMES
from models.agenda.rehearsal_log import chair_for, clear_rehearsal, day_state_of, lay_rehearsal
from models.event import journal
from models.ground.audit import AuditEntry
from models.ground.clock import UTC, FakeClock, local_to_utc, venue_zone
from models.ground.days import day_by_number
from models.reports.generate import generate_report
from tests.reports.pdf_reading import page_texts
from tests.reports.scripted import DAY_ONE_RUN

MARCH = date(2025, 3, 12)
REPORTED_AT = FakeClock(datetime(2011, 6, 10, 16, 0, tzinfo=UTC))


def the_record(tmp_path, name: str) -> dict:
    csv, pdf = tmp_path / f"{name}.csv", tmp_path / f"{name}.pdf"
    generate_report("timing", csv, clock=REPORTED_AT)
    generate_report("timing", pdf, clock=REPORTED_AT)
    return {
        "run log": [(row.day_id, row.item_id, row.action, row.at, row.seconds, row.text, row.actor)
                    for row in AgendaAction.select().order_by(AgendaAction.id)],
        "timing report": csv.read_bytes(),
        "timing report as printed": page_texts(pdf),
        "audit log": AuditEntry.select().count(),
    }


def test_a_rehearsed_day_with_overruns_and_a_break_leaves_the_real_days_record_unchanged(scripted, tmp_path, stick):
    # GIVEN the workshop's day I as the chair ran it in 2011, and a journal on a stick
    event, _ = scripted
    journal.set_journal_folder(str(stick), tmp_path / "workshop.belvedere")
    before = the_record(tmp_path, "before")
    # WHEN the chair rehearses day I on 12 March 2025 at the same clock times, ten minutes later than the
    # real run at every step (overruns, messages, the coffee break starting by itself), and applies a recovery
    day = day_by_number(event, 1)
    clock = FakeClock()
    lay_rehearsal(day, SAME_TIMES, FakeClock(local_to_utc(datetime(2025, 3, 12, 8, 0), venue_zone(event.timezone))))
    rehearsal = chair_for(day, clock, rehearse=True)
    for when, control, text in DAY_ONE_RUN:
        local = datetime.combine(MARCH, when) + timedelta(minutes=10)
        clock.set(local_to_utc(local, venue_zone(event.timezone)))
        getattr(rehearsal, control)(*([text] if text else []))
        if when.hour == 11 and control == "next_item":
            assert rehearsal.log.state(clock).current.item.title == "Coffee break"
    state = day_state_of(day, clock, rehearse=True)
    assert state.over and round((state.runs[-1].ended_at - state.runs[-1].item.end) / timedelta(minutes=1)) == 21
    # THEN the real day's run log, timing report and audit log are as they were, and the journal got nothing
    assert the_record(tmp_path, "after") == before
    assert not any(stick.iterdir())
    # AND clearing the rehearsal changes nothing of the record either
    clear_rehearsal(day)
    assert the_record(tmp_path, "cleared") == before

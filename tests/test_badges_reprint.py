"""Reprinting a lost badge, and choosing whose badges to print."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.badges.pdf import render_badges
from models.badges.printing import Selection, participants_to_print, unknown_numbers
from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.badges.reprint import ReprintError, reprint_badge
from models.ground.audit import ORGANISER, Actor, AuditEntry
from models.ground.clock import UTC, FakeClock
from models.ground.db import write_transaction
from models.participants.entities import Participant

NOON = datetime(2011, 6, 9, 10, 0, tzinfo=UTC)


def participant(number: int) -> Participant:
    return Participant.get(Participant.number == number)


def test_a_reprint_bumps_the_version_notes_when_and_audits_it(demo_event):
    # WHEN the desk reprints Blerina's lost badge
    reprinted = reprint_badge(participant(103), actor=Actor(ORGANISER, "mira"), clock=FakeClock(NOON))
    # THEN her badge is version 2, replaced at noon, and the audit names only her number
    assert (reprinted.badge_version, reprinted.badge_replaced_at) == (2, NOON)
    assert participant(103).badge_version == 2
    entry = AuditEntry.get(AuditEntry.action == "badge replaced")
    assert (entry.subject, entry.actor, entry.details) == ("participant:103", "organiser: mira",
                                                           {"previous_version": 1, "version": 2})
    assert "Blerina" not in entry.detail


def test_each_reprint_refuses_every_earlier_badge(demo_event):
    badges = [payload_for(participant(118), demo_event)]
    for _ in range(3):
        reprint_badge(participant(118))
        badges.append(payload_for(participant(118), demo_event))
    assert [read_badge(b, demo_event).status for b in badges] == [BadgeStatus.REPLACED] * 3 + [BadgeStatus.VALID]


def test_a_stale_participant_object_still_bumps_from_the_stored_version(demo_event):
    # GIVEN two desks holding the same participant, both reprinting
    first_desk, second_desk = participant(118), participant(118)
    reprint_badge(first_desk)
    # THEN the second reprint builds on the first, not on its stale copy
    assert reprint_badge(second_desk).badge_version == 3


def test_the_99th_badge_is_the_last_and_nothing_changes_after_it(demo_event):
    with write_transaction():
        Participant.update(badge_version=99).where(Participant.number == 118).execute()
    with pytest.raises(ReprintError, match="new number"):
        reprint_badge(participant(118))
    assert participant(118).badge_version == 99
    assert not AuditEntry.select().where(AuditEntry.action == "badge replaced").exists()


def test_selections_all_chosen_not_printed_and_changed(demo_event, tmp_path):
    clock = FakeClock(NOON)
    # GIVEN the badges of 101–104 printed at noon
    first_four = participants_to_print(demo_event, Selection.CHOSEN, [101, 102, 103, 104])
    render_badges(tmp_path / "four.pdf", first_four, "card", clock=clock)
    # AND then 102's badge reprinted and 103's organisation corrected
    clock.advance(minutes=10)
    reprint_badge(participant(102), clock=clock)
    with write_transaction():
        Participant.update(organisation="Prokuroria e Përgjithshme e Shqipërisë",
                           updated_at=clock.now()).where(Participant.number == 103).execute()
    # THEN each selection holds the expected people, in number order
    assert len(participants_to_print(demo_event, Selection.ALL)) == 45
    assert [p.number for p in participants_to_print(demo_event, Selection.CHOSEN, [118, 101, 999])] == [101, 118]
    not_printed = participants_to_print(demo_event, Selection.NOT_PRINTED)
    assert len(not_printed) == 41 and not_printed[0].number == 105
    assert [p.number for p in participants_to_print(demo_event, Selection.CHANGED)] == [102, 103]
    # AND printing the changed ones clears them from "changed"
    clock.advance(minutes=1)
    render_badges(tmp_path / "changed.pdf", participants_to_print(demo_event, Selection.CHANGED), "single",
                  clock=clock)
    assert participants_to_print(demo_event, Selection.CHANGED) == []
    assert participant(102).badge_printed_version == 2
    assert participant(102).badge_printed_at == NOON + timedelta(minutes=11)


def test_unknown_numbers_are_named(demo_event):
    assert unknown_numbers(demo_event, [101, 999, 5]) == [5, 999]

"""The agenda editor's rules: add, change, move and remove items; overlaps and gaps are pointed out."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest

from models.agenda.editing import (
    AgendaEditError,
    ItemDetails,
    add_item,
    agenda_warnings,
    count_inside,
    details_of,
    item_by_id,
    local_span,
    move_item,
    new_item_details,
    remove_item,
    session_to_add_into,
    sessions_of,
    update_item,
)
from models.agenda.entities import AgendaAction, AgendaItem
from models.agenda.plan import day_items
from models.ground.audit import ORGANISER, Actor
from models.ground.clock import UTC
from models.ground.days import day_by_number


def at(hours: int, minutes: int = 0) -> datetime:
    return datetime(2011, 6, 9, hours, minutes)


def item_titled(title: str) -> AgendaItem:
    return AgendaItem.get(AgendaItem.title == title)


def programme(day) -> list[tuple[str, str, str]]:
    return [(i.planned_start.strftime("%H:%M"), i.planned_end.strftime("%H:%M"), i.title) for i in day_items(day)]


def test_a_talk_added_inside_a_session_takes_its_place_in_time_order(demo_event):
    day = day_by_number(demo_event, 1)
    session = item_titled("Review of LEA/ISP cooperation in project areas: types of request and cooperation")
    existing = item_titled("Interventions/discussion by participants")
    update_item(existing, replace(details_of(existing), end=at(12, 30)), parent=session)
    talk = add_item(day, ItemDetails("talk", "Questions from the floor", at(12, 30), at(13, 0),
                                     speakers=["Elton Kerluku", "Mustafa Ferati"]),
                    parent=session, actor=Actor(ORGANISER, "mira"))
    titles = [title for _s, _e, title in programme(day)]
    assert titles.index("Questions from the floor") == titles.index("Interventions/discussion by participants") + 1
    assert talk.parent_id == session.id and talk.speaker_list == ["Elton Kerluku", "Mustafa Ferati"]
    assert agenda_warnings(day) == []


@pytest.mark.parametrize("details, parent_title, message", [
    (ItemDetails("talk", " ", at(9), at(9, 30)), None, "needs a title"),
    (ItemDetails("talk", "Late", at(10), at(9, 30)), None, "ends before it starts"),
    (ItemDetails("talk", "Tomorrow", datetime(2011, 6, 10, 9), datetime(2011, 6, 10, 10)), None, "on the day itself"),
    (ItemDetails("end", "End", at(17), at(17, 30)), None, "a moment"),
    (ItemDetails("talk", "Short", at(9), at(9, 10), warning_minutes=10), None, "lasts only 10 minutes"),
    (ItemDetails("break", "Tea", at(11), at(11, 15), minimum_minutes=20), None, "shortest length"),
    (ItemDetails("talk", "Odd", at(9), at(9, 30), resume_policy="whenever"), None, "Unknown resume policy"),
    (ItemDetails("session", "Nested", at(9), at(9, 30)), "Opening session", "not session items"),
    (ItemDetails("talk", "In a break", at(11), at(11, 10)), "Coffee break", "Only a session can hold"),
])
def test_items_that_cannot_be_saved_are_refused_with_the_reason(demo_event, details, parent_title, message):
    day = day_by_number(demo_event, 1)
    before = programme(day)
    parent = AgendaItem.get((AgendaItem.title == parent_title) & (AgendaItem.day == day)) if parent_title else None
    with pytest.raises(AgendaEditError, match=message):
        add_item(day, details, parent)
    assert programme(day) == before


def test_moving_a_talk_swaps_it_with_its_neighbour_times_included(demo_event):
    day = day_by_number(demo_event, 1)
    good_practices = item_titled("Good practices of LEA/ISP cooperation (including memoranda of understanding and "
                                 "criminal compliance programmes)")
    assert move_item(good_practices, -1)
    session_two = [row for row in programme(day) if row[0] >= "09:30" and row[1] <= "11:00"][1:4]
    assert session_two == [
        ("09:30", "10:00", "Introduction to the workshop and overview of the need for co-operation between LEA and ISP"),
        ("10:00", "10:30", good_practices.title),
        ("10:30", "11:00", "The Guidelines for LEA/ISP cooperation in the investigation of cybercrime of 2008"),
    ]
    first = item_titled(session_two[0][2])
    assert not move_item(first, -1)  # already first in its session


def test_moving_a_session_takes_its_talks_along_and_keeps_the_block(demo_event):
    day = day_by_number(demo_event, 1)
    opening = item_titled("Opening session")
    registration = item_titled("Registration of participants")
    move_item(opening, -1)
    rows = programme(day)
    assert rows[:3] == [("08:45", "09:15", "Opening session"), ("08:45", "09:15", "Opening statements"),
                        ("09:15", "09:30", "Registration of participants")]
    assert agenda_warnings(day) == []
    move_item(item_titled("Registration of participants"), -1)
    assert programme(day)[0] == ("08:45", "09:00", registration.title)


def test_a_session_moved_in_time_moves_its_talks(demo_event):
    session = item_titled("Opening session")
    update_item(session, replace(details_of(session), start=at(9, 15), end=at(9, 45)))
    assert (item_titled("Opening statements").planned_start, item_titled("Opening statements").planned_end) == \
        (at(9, 15), at(9, 45))


def test_overlaps_and_gaps_are_pointed_out(demo_event):
    day = day_by_number(demo_event, 1)
    coffee = item_titled("Coffee break")  # 11:00–11:15 on Day I
    update_item(coffee, replace(details_of(coffee), start=at(10, 50), end=at(11, 10)))
    warnings = agenda_warnings(day)
    assert [(w.kind, w.item_id) for w in warnings] == [("overlap", coffee.id), ("gap", warnings[1].item_id)]
    assert "overlaps “LEA/ISP cooperation: guidelines and good practices” (09:30–11:00)" in warnings[0].message
    assert "Nothing is planned 11:10–11:15" in warnings[1].message
    talk = item_titled("Opening statements")
    update_item(talk, replace(details_of(talk), end=at(9, 20)), parent=talk.parent)
    assert any("ends with nothing planned 09:20–09:30" in w.message for w in agenda_warnings(day))
    update_item(talk, replace(details_of(talk), end=at(9, 40)), parent=talk.parent)
    assert any(w.kind == "outside" for w in agenda_warnings(day))


def test_the_warning_threshold_and_break_policy_are_saved(demo_event):
    coffee = item_titled("Coffee break")
    update_item(coffee, replace(details_of(coffee), warning_minutes=2, resume_policy="fixed_length",
                                minimum_minutes=5))
    saved = item_titled("Coffee break")
    assert (saved.warning_minutes, saved.resume_policy, saved.minimum_minutes) == (2, "fixed_length", 5)


def test_an_item_the_chair_has_run_is_not_removed(demo_event):
    day = day_by_number(demo_event, 1)
    registration = item_titled("Registration of participants")
    AgendaAction.create(day=day, item=registration, action="start", at=datetime(2011, 6, 9, 6, 45, tzinfo=UTC))
    with pytest.raises(AgendaEditError, match="already been run"):
        remove_item(registration)
    opening = item_titled("Opening session")
    remove_item(opening)
    titles = [title for _s, _e, title in programme(day)]
    assert "Opening session" not in titles and "Opening statements" not in titles
    assert [w.kind for w in agenda_warnings(day)] == ["gap"]


def test_an_end_before_the_start_runs_past_midnight():
    start, end = local_span(datetime(2011, 6, 9).date(), time(22, 0), time(1, 0))
    assert (end - start).total_seconds() == 3 * 3600 and end.day == 10


def test_a_new_item_starts_where_the_last_of_its_neighbours_ends(demo_event):
    day = day_by_number(demo_event, 1)
    guidelines = item_titled("LEA/ISP cooperation: guidelines and good practices")
    # a talk added to a session starts when the session's last talk ends, for half an hour
    talk = new_item_details(day, guidelines)
    assert (talk.kind, talk.start, talk.end) == ("talk", at(11), at(11, 30))
    # a session added to the day starts after the day's last item (its end marker)
    session = new_item_details(day)
    assert (session.kind, session.start, session.end) == ("session", at(17, 30), at(18))
    # a talk in an empty session starts with the session; on an empty day, a session at 09:00
    empty = add_item(day, ItemDetails("session", "Closing", at(18), at(18, 30)))
    assert new_item_details(day, empty).start == at(18)
    day_two = day_by_number(demo_event, 2)
    for item in reversed(day_items(day_two)):
        remove_item(item)
    assert new_item_details(day_two).start == datetime(2011, 6, 10, 9)


def test_the_editor_offers_sessions_to_put_items_in_never_the_item_itself(demo_event):
    day = day_by_number(demo_event, 1)
    opening = item_titled("Opening session")
    statements = item_titled("Opening statements")
    assert opening in sessions_of(day) and opening not in sessions_of(day, leaving_out=opening)
    assert all(session.kind == "session" for session in sessions_of(day)) and len(sessions_of(day)) == 5
    # "Add inside" a session, or beside a talk in it: into that session; the items inside go with it
    assert session_to_add_into(opening) == session_to_add_into(statements) == opening
    assert session_to_add_into(item_titled("Lunch break")) is None
    assert count_inside(item_titled("LEA/ISP cooperation: guidelines and good practices")) == 3
    assert item_by_id(statements.id) == statements and item_by_id(None) is None and item_by_id(10_000) is None

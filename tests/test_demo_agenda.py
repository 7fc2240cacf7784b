"""The demo agenda is the reference workshop's draft agenda, item by item."""
from __future__ import annotations

import re
from pathlib import Path

from models.agenda.plan import day_items
from models.ground.days import event_days
from models.participants.entities import Delegation, Participant, Role

OUTLINE = Path(__file__).parent / "fixtures" / "workshop-outline.md"

# (day, start, end, kind, session number, title) as written in the outline, in order.
EXPECTED = [
    (1, "08:45", "09:00", "registration", "", "Registration of participants"),
    (1, "09:00", "09:30", "session", "1", "Opening session"),
    (1, "09:00", "09:30", "talk", "", "Opening statements"),
    (1, "09:30", "11:00", "session", "2", "LEA/ISP cooperation: guidelines and good practices"),
    (1, "09:30", "10:00", "talk", "", "Introduction to the workshop and overview of the need for co-operation between LEA and ISP"),
    (1, "10:00", "10:30", "talk", "", "The Guidelines for LEA/ISP cooperation in the investigation of cybercrime of 2008"),
    (1, "10:30", "11:00", "talk", "", "Good practices of LEA/ISP cooperation (including memoranda of understanding and criminal compliance programmes)"),
    (1, "11:00", "11:15", "break", "", "Coffee break"),
    (1, "11:15", "13:00", "session", "3", "Review of LEA/ISP cooperation in project areas: types of request and cooperation"),
    (1, "11:15", "13:00", "talk", "", "Interventions/discussion by participants"),
    (1, "13:00", "14:30", "lunch", "", "Lunch break"),
    (1, "14:30", "16:00", "session", "4", "Review of LEA/ISP cooperation in project areas: responsibilities, authorities and limitations set by domestic legislation"),
    (1, "14:30", "16:00", "talk", "", "Overview of the domestic procedural law and presentation of responsibilities, authorities and limitations set by this legislation"),
    (1, "16:00", "16:15", "break", "", "Coffee break"),
    (1, "16:15", "17:30", "session", "5", "Review of LEA/ISP cooperation in project areas: procedures for legally binding requests"),
    (1, "16:15", "16:45", "talk", "", "Good practices of procedures for legally binding requests"),
    (1, "16:45", "17:30", "talk", "", "Current procedures for legally binding requests in project areas"),
    (1, "17:30", "17:30", "end", "", "End of day 1"),
    (2, "09:00", "12:00", "session", "6", "Specific measures to enhance LEA/ISP cooperation in each project area"),
    (2, "09:00", "10:00", "talk", "", "Common measures to be taken by LEA and ISP (guidelines 10-16)"),
    (2, "10:00", "11:00", "talk", "", "Measures to be taken by law enforcement (guidelines 17 – 40)"),
    (2, "11:00", "11:15", "break", "", "Coffee break"),
    (2, "11:15", "12:00", "talk", "", "Measures to be taken by service providers (guidelines 41 – 59)"),
    (2, "12:00", "13:00", "session", "7", "Preparation of proposals/recommendations for measures to be taken"),
    (2, "12:00", "13:00", "talk", "", "Participants prepare proposals/recommendations regarding specific measures and steps to be taken in each project country/area with regard to co-operation between the LEA and ISP"),
    (2, "13:00", "14:30", "lunch", "", "Lunch break"),
    (2, "14:30", "16:00", "session", "8", "Presentation of proposals by each delegation and conclusions"),
    (2, "14:30", "15:30", "talk", "", "Each delegation will present its recommendations on the steps needed at the domestic level"),
    (2, "15:30", "15:45", "talk", "", "Recommendations by experts"),
    (2, "15:45", "16:00", "talk", "", "Conclusions"),
    (2, "16:00", "16:00", "end", "", "End of the meeting"),
]


def demo_rows(event):
    return [
        (day.number, item.planned_start.strftime("%H:%M"), item.planned_end.strftime("%H:%M"),
         item.kind, item.number, item.title)
        for day in event_days(event) for item in day_items(day)
    ]


def test_demo_agenda_is_the_outline_item_by_item(demo_event):
    assert demo_rows(demo_event) == EXPECTED


def strip_tags(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()


def outline_rows():
    """(day, 'HH:MM' or None, text) for every row of the outline's draft agenda."""
    agenda = OUTLINE.read_text(encoding="utf-8").split("## Draft Agenda", 1)[1]
    day = 0
    for line in agenda.splitlines():
        if not line.strip():
            continue
        cell, _, rest = line.partition("\t")
        cell = strip_tags(cell)
        if cell.startswith("Day "):
            day += 1
            continue
        time = re.fullmatch(r"(\d{1,2})h(\d{2})", cell)
        yield day, (f"{int(time[1]):02d}:{time[2]}" if time else None), strip_tags(rest if time else cell)


def test_every_row_of_the_outline_is_in_the_demo(demo_event):
    items = [row for row in demo_rows(demo_event)]
    for day, start, text in outline_rows():
        if start is None:  # a session heading: "Session N: Title"
            number, title = re.fullmatch(r"Session (\d+): (.+?)\.?", text).groups()
            assert (day, "session", number, title) in [(r[0], r[3], r[4], r[5]) for r in items], text
            continue
        starting = [r for r in items if r[0] == day and r[1] == start]
        assert starting, f"nothing starts at {start} on day {day}: {text}"
        leaf_titles = [r[5] for r in starting if r[3] != "session"]
        assert any(title in text for title in leaf_titles), (start, text, leaf_titles)


def test_talks_carry_their_speakers_as_written(demo_event):
    speakers = {item.title: item.speaker_list for day in event_days(demo_event) for item in day_items(day)}
    assert speakers["Opening statements"] == [
        "Host Country (TBC)", "European Union Delegation (TBC)",
        "Mr Alexander Seger, Head of the Economic Crime Division, Council of Europe",
    ]
    assert speakers["The Guidelines for LEA/ISP cooperation in the investigation of cybercrime of 2008"] == ["Alexander Seger"]
    good_practices = speakers["Good practices of LEA/ISP cooperation (including memoranda of understanding and criminal compliance programmes)"]
    assert "Uwe Rasmussen" in good_practices[0] and "Randolph Morawe and Steven Wickenden" in good_practices[1]


def test_the_event_itself(demo_event):
    assert demo_event.venue == "Villa Hotel Belvedere"
    assert (demo_event.city, demo_event.country) == ("Durrës", "Albania")
    assert (str(demo_event.start_date), str(demo_event.end_date)) == ("2011-06-09", "2011-06-10")
    assert demo_event.timezone == "Europe/Tirane"
    assert demo_event.language_list == ["en", "sq"]
    assert len(demo_event.secret) == 64 and 1000 <= demo_event.code <= 9999


def test_the_eight_project_areas_with_the_kosovo_footnote(demo_event):
    names = [d.name for d in Delegation.select().order_by(Delegation.position)]
    assert names == ["Albania", "Bosnia and Herzegovina", "Croatia", "Montenegro", "Serbia",
                     '"the former Yugoslav Republic of Macedonia"', "Turkey", "Kosovo*"]
    kosovo = Delegation.get(Delegation.code == "XK")
    assert "United Nations Security Council Resolution 1244" in kosovo.note


def test_each_area_has_its_funded_three_in_its_own_scripts(demo_event):
    officer, prosecutor = Role.get(Role.key == "officer"), Role.get(Role.key == "prosecutor")
    assert (officer.funded_quota, prosecutor.funded_quota) == (2, 1)
    for delegation in Delegation.select():
        funded = [p for p in delegation.participants if p.funded]
        assert sorted(p.role.key for p in funded) == ["officer", "officer", "prosecutor"], delegation.name
    names = " ".join(p.full_name for p in Participant.select())
    for letters in ("ëç", "šđčćž", "Ђћј", "ЃЌ", "ğıİş"):
        for letter in letters:
            assert letter in names or letter.lower() in names.lower(), letter
    assert 40 <= Participant.select().count() <= 50

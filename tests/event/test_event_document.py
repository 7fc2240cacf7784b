"""The event document: what one machine exports, another loads to the same event, badges included."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from models.badges.reading import BadgeStatus, payload_for, read_badge
from models.event.demo import demo_document
from models.event.document import (
    DocumentError,
    export_document,
    load_document,
    read_document,
    save_document,
)
from models.event.file import close_event_database, open_event_database
from models.ground.clock import UTC
from models.ground.entities import Setting, current_event
from models.participants.entities import Participant


def test_the_demo_exports_exactly_as_it_was_written(demo_event):
    exported = export_document(demo_event)
    source = demo_document()
    assert exported["days"] == source["days"]
    assert exported["roles"] == [{**role, "funded_quota": role.get("funded_quota", 0)} for role in source["roles"]]
    assert [d["code"] for d in exported["delegations"]] == [d["code"] for d in source["delegations"]]
    assert len(exported["participants"]) == len(source["participants"])


def test_an_event_exported_on_one_machine_loads_on_another_and_its_badges_scan(demo_event, tmp_path):
    # GIVEN the organiser's event, with a reprinted badge and an event setting
    Participant.update(badge_version=2, badge_replaced_at=datetime(2011, 6, 8, 15, 0, tzinfo=UTC)) \
        .where(Participant.number == 101).execute()
    Setting.create(key="desk.sound", value="on")
    badge = payload_for(Participant.get(Participant.number == 101), demo_event)
    first = export_document(demo_event)
    path = tmp_path / "event.json"
    save_document(demo_event, path)
    # WHEN the chair's laptop imports the file into a new event file
    close_event_database()
    open_event_database(tmp_path / "chair.belvedere", create=True)
    event = load_document(read_document(path))
    # THEN it is the same event, and the badge printed on the first machine scans on the second
    assert export_document(event) == first
    assert (event.code, event.secret) == (first["event"]["code"], first["event"]["secret"])
    reading = read_badge(badge, current_event())
    assert reading.status is BadgeStatus.VALID and reading.participant.number == 101
    assert Setting.get_by_id("desk.sound").value == "on"


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="something-else"), "not a Belvedere event document"),
    (lambda d: d.update(format_version=99), "newer Belvedere"),
    (lambda d: d["event"].pop("title"), "'title' is missing"),
    (lambda d: d["event"].update(timezone="Mars/Olympus"), "not a known time zone"),
    (lambda d: d["participants"][1].update(number=101), "101 appears twice"),
    (lambda d: d["participants"][0].update(delegation="ZZ"), "unknown delegation 'ZZ'"),
    (lambda d: d["days"][0]["agenda"][0].update(start="quarter to nine"), "not a time like 09:30"),
    (lambda d: d["roles"].append({"key": "officer", "name": "Twice"}), "contradicts itself"),
])
def test_a_broken_document_is_refused_with_a_sentence_and_nothing_is_written(tmp_path, change, message):
    document = demo_document()
    change(document)
    open_event_database(tmp_path / "new.belvedere", create=True)
    with pytest.raises(DocumentError, match=message):
        load_document(document)
    assert Participant.select().count() == 0


def test_a_file_that_is_not_an_event_document_says_so(tmp_path):
    for name, content in [("a.json", b"{not json"), ("b.json", b"[1, 2]"), ("c.json", b"\xff\xfe\x00junk")]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(DocumentError, match="not (a Belvedere )?(an )?event document"):
            read_document(path)


def test_the_event_is_exported_only_as_json(demo_event, tmp_path):
    with pytest.raises(DocumentError, match="ending in .json"):
        save_document(demo_event, tmp_path / "event.csv")
    assert not list(tmp_path.glob("event.*"))
    json.loads(json.dumps(export_document(demo_event)))  # nothing that JSON cannot hold


def test_branding_travels_with_the_document_and_a_broken_logo_is_refused(demo_event, tmp_path):
    # GIVEN the demo: an Albanian title, two signatories, a logo, staff without certificates, a name on a badge
    from models.ground.branding import certificate_details, event_logos

    Participant.update(badge_name="Ђорђе П.").where(Participant.number == 118).execute()
    first = export_document(demo_event)
    assert first["event"]["titles"]["sq"].startswith("Punëtori rajonale")
    assert [s["name"] for s in first["event"]["certificate"]["signatories"]] == ["Mustafa Ferati", "Elton Kerluku"]
    assert {r["key"]: r["certificate"] for r in first["roles"]}["staff"] is False
    # WHEN it is loaded on another laptop
    close_event_database()
    open_event_database(tmp_path / "other.belvedere", create=True)
    event = load_document(json.loads(json.dumps(first)))
    # THEN all of it is there, and exports the same
    details = certificate_details(event)
    assert details.place == "Durrës" and details.signed_on is None  # the last day
    assert details.signatories[1].title_lines[1] == "Sektori kundër Krimeve Kibernetike, Policia e Shtetit"
    [logo] = event_logos(event)
    assert bytes(logo.png).startswith(b"\x89PNG") and logo.name == "workshop-wordmark.png"
    assert Participant.get(Participant.number == 118).name_on_badge == "Ђорђе П."
    assert export_document(event) == first
    # AND a logo that is not a PNG is refused with the place named, nothing imported
    close_event_database()
    open_event_database(tmp_path / "third.belvedere", create=True)
    first["logos"][0]["png"] = "bm90IGEgcGljdHVyZQ=="
    with pytest.raises(DocumentError, match="logo 1: 'png' is not a PNG picture"):
        load_document(first)

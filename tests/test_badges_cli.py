"""`payload` and `badges` on the command line: results on stdout, clear failures, the PDF for real."""
from __future__ import annotations

import pytest

from models.badges.layouts import LAYOUTS
from models.badges.reading import BadgeStatus, read_badge
from models.event.file import open_event_database
from models.ground.entities import current_event
from models.participants.entities import Participant
from tests.badge_pdfs import decode_badges, page_count
from tests.cli import run


def test_payload_prints_the_24_digits_that_read_as_the_participant(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "payload", "118")
    assert code == 0
    payload = out.strip()
    assert len(payload) == 24 and payload.isdigit() and payload.startswith("201100118")
    open_event_database(demo_path)
    reading = read_badge(payload, current_event())
    assert reading.status is BadgeStatus.VALID and reading.participant.number == 118


def test_payload_of_an_unknown_number_fails_with_a_sentence(demo_path, capsys):
    code, out, err = run(capsys, "--db", str(demo_path), "payload", "999")
    assert (code, out) == (1, "") and "no participant 999" in err


def test_badges_writes_every_badge_in_the_chosen_layout(demo_path, tmp_path, capsys):
    target = tmp_path / "cards.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "badges", str(target), "--layout", "card")
    assert code == 0 and err == ""
    assert "Wrote 45 badges on 5 pages" in out and str(target) in out
    assert len(decode_badges(target, LAYOUTS["card"])) == 45


def test_badges_only_some_numbers_and_ranges(demo_path, tmp_path, capsys):
    target = tmp_path / "some.pdf"
    code, out, _ = run(capsys, "--db", str(demo_path), "badges", str(target), "--layout", "single",
                       "--only", "101,118,130-132")
    assert code == 0 and "Wrote 5 badges on 5 pages" in out
    open_event_database(demo_path)
    event = current_event()
    decoded = [read_badge(c.text, event).participant.number for c in decode_badges(target, LAYOUTS["single"])]
    assert decoded == [101, 118, 130, 131, 132]
    assert Participant.get(Participant.number == 118).badge_printed_version == 1
    assert Participant.get(Participant.number == 119).badge_printed_version is None


def test_reprint_issues_a_new_version_and_the_old_badge_is_refused(demo_path, tmp_path, capsys):
    _, old, _ = run(capsys, "--db", str(demo_path), "payload", "118")
    target = tmp_path / "lost.pdf"
    code, out, _ = run(capsys, "--db", str(demo_path), "badges", str(target), "--layout", "single",
                       "--only", "118", "--reprint")
    assert code == 0 and "new badge version 2" in out and page_count(target) == 1
    open_event_database(demo_path)
    event = current_event()
    assert read_badge(old.strip(), event).status is BadgeStatus.REPLACED
    [printed] = decode_badges(target, LAYOUTS["single"])
    assert read_badge(printed.text, event).status is BadgeStatus.VALID


def test_unknown_numbers_print_nothing_and_say_which(demo_path, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", str(demo_path), "badges", str(target), "--only", "101,999")
    assert code == 1 and "999" in err and not target.exists()


def test_reprint_without_only_is_refused(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "badges", str(tmp_path / "x.pdf"), "--reprint")
    assert code == 1 and "--only" in err


def test_a_missing_glyph_is_warned_about_by_participant(demo_path, tmp_path, capsys):
    open_event_database(demo_path)
    Participant.update(given_name="王").where(Participant.number == 136).execute()
    code, _, err = run(capsys, "--db", str(demo_path), "badges", str(tmp_path / "x.pdf"), "--only", "136")
    assert code == 0 and "participant 136" in err and "U+738B" in err


@pytest.mark.parametrize("argv", [["badges"], ["badges", "x.pdf", "--layout", "poster"],
                                  ["badges", "x.pdf", "--only", "abc"], ["payload", "one"]])
def test_usage_errors_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage" in err


def test_a_missing_folder_fails_with_a_sentence(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "badges", str(tmp_path / "nowhere" / "x.pdf"))
    assert code == 1 and "does not exist" in err


def test_badges_warns_of_names_too_long_for_the_layout(demo_path, tmp_path, capsys):
    open_event_database(demo_path)
    Participant.update(family_name="Wolfeschlegelsteinhausenbergerdorff-Hadžiahmetović-Kovačević") \
        .where(Participant.number == 106).execute()
    code, out, err = run(capsys, "--db", str(demo_path), "badges", str(tmp_path / "cards.pdf"), "--layout", "card")
    assert code == 0 and "Wrote 45 badges" in out
    assert "participant 106 " in err and "too long for the card layout" in err and "shorter name on the badge" in err

"""`chair …` appends to the run log as the chair page does, with DESIGN's exit codes; `view` serves the
day from the event file until it is stopped; the follower behind it says when it cannot read."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import peewee
import pytest

from models.agenda.entities import AgendaAction, RehearsalAction
from models.agenda.runlog import Chair, RunLog
from models.event.file import close_event_database, open_event_database
from models.ground.clock import FakeClock
from models.ground.days import day_by_number
from models.ground.entities import current_event
from models.live.feed import LiveFeed
from models.live.follow import DayFollower, follow
from models.live.remote import RemoteControls
from models.live.token import control_token
from tests.agenda.helpers import at
from tests.cli import run
from tests.live.helpers import control, moved_to_today, state, wait_until

ROOT = Path(__file__).resolve().parents[2]


def logged(demo_path) -> list[tuple]:
    open_event_database(demo_path)
    rows = [(row.action, row.item.title if row.item else None, row.seconds, row.text, row.actor)
            for row in AgendaAction.select().order_by(AgendaAction.id)]
    close_event_database()
    return rows


def chair(capsys, demo_path, *words) -> tuple[int, str, str]:
    return run(capsys, "--db", str(demo_path), "chair", *words)


def test_the_chair_command_runs_the_day_as_the_page_does(demo_today, capsys):
    demo_path = demo_today
    opening, introduction = "Opening statements", ("Introduction to the workshop and overview of the need for "
                                                   "co-operation between LEA and ISP")
    for words in (["start"], ["pause"], ["start"], ["add", "2"], ["add", "-1"], ["message", "Please wrap up"],
                  ["message", "--hide"], ["blackout"], ["blackout", "off"], ["next"]):
        code, out, err = chair(capsys, demo_path, *words)
        assert code == 0 and err == "" and out.startswith(f"Day I: {words[0]} logged.\n  Now "), (words, out, err)
    assert "“Introduction to the workshop" in out and "runs, 30:00 left (running)" in out
    actor = "command line"
    assert logged(demo_path) == [
        ("start", opening, None, "", actor), ("pause", opening, None, "", actor), ("resume", opening, None, "", actor),
        ("add", opening, 120, "", actor), ("add", opening, -60, "", actor),
        ("message", opening, None, "Please wrap up", actor), ("message_off", None, None, "", actor),
        ("blackout", None, None, "", actor), ("blackout_off", None, None, "", actor),
        ("end", opening, None, "", actor), ("start", introduction, None, "", actor),
    ]


@pytest.mark.parametrize("words, code, sentence", [
    (["pause"], 1, "Nothing is running to pause."),
    (["end"], 1, "has not started. Start it, or Skip it."),
    (["message", " "], 1, "Type a message"),
    (["start", "--day", "7"], 1, "The event has no day 7"),
    (["add", "0"], 2, "add between 1 and 60 minutes"),
    (["add", "five"], 2, "not a whole number of minutes"),
    (["blackout", "maybe"], 2, "invalid choice"),
    (["jump"], 2, "invalid choice"),
    ([], 2, "the following arguments are required"),
])
def test_the_chair_command_says_why_when_it_cannot(demo_path, capsys, words, code, sentence):
    got, out, err = chair(capsys, demo_path, *words)
    assert (got, out) == (code, "") and sentence in err
    assert logged(demo_path) == []


def test_the_chair_command_acts_on_the_day_the_chair_runs(demo_path, capsys):
    moved_to_today(demo_path, 2)  # today is day II: started with --day, then paused without it
    assert chair(capsys, demo_path, "start", "--day", "2")[0] == 0
    code, out, _ = chair(capsys, demo_path, "pause")
    assert code == 0 and out.startswith("Day II:")


def test_view_serves_the_day_and_the_remote_until_it_is_stopped(demo_today, isolated_home):
    demo_path = demo_today
    env = {**os.environ, "BELVEDERE_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)}
    view = subprocess.Popen([sys.executable, "main.py", "--db", str(demo_path), "view", "--port", "0"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [view.stdout.readline() for _ in range(3)]
        url = lines[0].split(": ", 1)[1].split(" ")[0]
        port = int(url.rsplit(":", 1)[1].strip("/"))
        assert url == f"http://127.0.0.1:{port}/" and f"(the agenda: {url}agenda)" in lines[0]
        token = control_token()  # the laptop's token, in the same config folder
        assert token in lines[1] and lines[2] == "Ctrl+C stops it.\n"
        assert state(port)["screens"][0]["kind"] == "welcome"
        status, answer = control(port, "start", token=token)
        assert status == 200 and answer["item"] == "Opening statements"
        wait_until(lambda: state(port)["screens"][0]["kind"] == "item")
    finally:
        view.send_signal(signal.SIGTERM)
        assert view.wait(10) == 0, view.stderr.read()
    assert view.stdout.read() == "The live view stopped.\n"
    assert [row[0] for row in logged(demo_path)] == ["start"] and logged(demo_path)[0][4] == "chair: remote"


@pytest.mark.parametrize("words, code, sentence", [
    (["--bind", "chair-laptop"], 1, "“chair-laptop” is not an address"),
    (["--day", "9"], 1, "The event has no day 9"),
    (["--port", "70000"], 2, "is not a port"),
    (["--port", "http"], 2, "is not a port number"),
])
def test_view_says_why_it_cannot_serve(demo_path, capsys, words, code, sentence):
    got, out, err = run(capsys, "--db", str(demo_path), "view", "--port", "0", *words)
    assert (got, out) == (code, "") and sentence in err


def test_the_follower_publishes_what_changed_and_says_when_it_cannot_read(demo_path, monkeypatch):
    open_event_database(demo_path)
    clock = FakeClock(at("09:10"))
    feed = LiveFeed(clock)
    follower = DayFollower(current_event(), feed, clock, day_number=1)
    follower.look()
    first = feed.publication
    follower.look()
    assert feed.publication is first  # nothing changed: nothing republished
    Chair(day_by_number(current_event(), 1), clock).start()
    follower.look()
    assert [action.action for action in feed.publication.actions] == ["start"]
    # WHEN the database is out of reach (the event's server is gone)
    stop, remote = threading.Event(), RemoteControls()
    broken = {"on": True}
    original = RunLog.last_id

    def last_id(run_log):
        if broken["on"]:
            raise peewee.OperationalError("server closed the connection unexpectedly")
        return original(run_log)
    monkeypatch.setattr(RunLog, "last_id", last_id)
    thread = threading.Thread(target=follow, args=(follower, remote, stop), daemon=True)
    thread.start()
    try:
        # THEN the view says so instead of showing what may be stale, and comes back by itself
        wait_until(lambda: feed.state_body() is None)
        assert "cannot read the event's database" in feed.reason
        broken["on"] = False
        body = wait_until(feed.state_body)
        assert json.loads(body)["screens"][0]["title"] == "Opening statements"
    finally:
        stop.set()
        thread.join(5)


def test_the_follower_of_a_rehearsal_shows_it_tagged_and_the_remote_drives_it(demo_path):
    # GIVEN the demo on 12 March 2025, a live view following the day's rehearsal (`view --rehearse`)
    open_event_database(demo_path)
    clock = FakeClock(at("10:32", date(2025, 3, 12)))
    feed = LiveFeed(clock)
    follower = DayFollower(current_event(), feed, clock, rehearse=True)
    follower.look()
    # THEN before anything is laid it shows day I as a rehearsal laid now would run it, tagged so
    assert feed.publication.plan.rehearsal_of == date(2011, 6, 9)
    assert json.loads(feed.state_body())["screens"][0]["tag"] == "Rehearsal · Provë"
    # WHEN the remote presses Start
    answer = follower.perform("start", {})
    # THEN the rehearsal runs from now, in its own log; the day's run log holds nothing
    assert answer["status"] == "running"
    assert RehearsalAction.select().count() == 1 and AgendaAction.select().count() == 0
    screen = json.loads(feed.state_body())["screens"][0]
    assert screen["title"] == "Opening statements" and screen["tag"] == "Rehearsal · Provë"
    # AND the view of the day itself shows no tag and nothing started
    plain = LiveFeed(clock)
    DayFollower(current_event(), plain, clock, day_number=1).look()
    assert plain.publication.actions == () and json.loads(plain.state_body())["screens"][0]["tag"] == ""

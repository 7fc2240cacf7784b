"""The live view in a real browser (headless Debian Chromium): its seconds against the agenda clock,
the break screens at their moment, the band when the chair's laptop is gone and its going away,
the remote's token, and the `chair` command's actions on the page.

The server's clock is set to the demo's day in 2011 while the browser's says today: the page
can only be right by measuring its offset from the server, as it would be on a phone whose
clock is wrong.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from models.agenda.entities import AgendaAction
from models.agenda.stage import clock_text
from models.agenda.state import agenda_state
from models.live.server import LiveServer
from tests.agenda.helpers import TIRANE, at
from tests.cli import run
from tests.live.helpers import (
    MS,
    TOKEN,
    chair_until,
    change_errors,
    control,
    record_changes,
    recorded_changes,
    serving,
    wait_until,
)

ROOT = Path(__file__).resolve().parents[2]
WITHIN_MS = 250


def ends_at(served):
    """When the running item's time is up, by the agenda clock (the plan, the log and the server's now)."""
    publication = served.feed.publication
    state = agenda_state(publication.plan, publication.actions, served.clock.now())
    return state.now + state.current.remaining


def venue_clock(instant) -> str:
    return clock_text(instant.astimezone(TIRANE).replace(tzinfo=None))


def open_view(page, url: str, kind: str = "item") -> None:
    page.goto(url)
    page.wait_for_selector(f"#stage.kind-{kind}", timeout=5000)


def record_screens(page) -> None:
    page.evaluate("""() => {
      window.screens = [];
      const stage = document.getElementById("stage");
      new MutationObserver(() => window.screens.push([Date.now(), stage.className]))
        .observe(stage, {attributes: true, attributeFilter: ["class"]});
    }""")


def first_screen(page, kind: str) -> float:
    """Date.now() in the browser when the stage first showed `kind`."""
    page.wait_for_selector(f"#stage.kind-{kind}", timeout=5000)
    return next(wall for wall, name in page.evaluate("window.screens") if f"kind-{kind}" in name.split())


def test_the_seconds_change_within_250_ms_of_the_agenda_clock(demo_path, page, artifacts):
    # GIVEN the opening started at 09:02 and the server's clock at 09:10:05 on the day
    chair_until(demo_path, [("09:02", "start")])
    with serving(demo_path, "09:10", seconds=5) as served:
        # WHEN a browser whose own clock says today opens the view and watches it for five seconds
        open_view(page, served.url)
        record_changes(page)
        page.wait_for_timeout(5000)
        errors = change_errors(recorded_changes(page), served.clock, ends_at(served))
        # THEN every second changed within 250 ms of the agenda clock's
        assert len(errors) >= 4
        assert max(abs(error) for error in errors) <= WITHIN_MS, errors
        # AND the screen is the projector's: the item, its phase's colour, the venue's time, what comes next
        assert page.text_content("#title") == "Opening statements"
        assert "phase-running" in page.get_attribute("#stage", "class")
        assert page.text_content("#clock") == venue_clock(served.clock.now())
        assert "Session 2 · Sesioni 2 — LEA/ISP cooperation" in page.text_content("#next")
        page.screenshot(path=str(artifacts / "live-view-item.png"))


def test_the_break_screens_come_at_their_moment_in_both_languages(demo_path, page, artifacts):
    # GIVEN the morning's last talk ended at 11:00, so the coffee break runs until 11:15
    chair_until(demo_path, [("09:02", "start"), ("09:30", "next_item"), ("10:00", "next_item"),
                            ("10:30", "next_item"), ("11:00", "end")])
    with serving(demo_path, "11:12", seconds=58.5) as served:
        open_view(page, served.url, "break")
        assert page.inner_text("#headline").splitlines() == ["Coffee break", "Pushim kafeje"]
        assert page.text_content("#lines") == "We resume at 11:15   ·   Rifillojmë në orën 11:15"
        page.screenshot(path=str(artifacts / "live-view-break.png"))
        record_screens(page)
        # THEN "Please take your seats" comes two minutes before the break ends, at 11:13:00
        shown = served.clock.truth_at(first_screen(page, "seats"))
        assert abs((shown - at("11:13")) / MS) <= WITHIN_MS
        assert page.inner_text("#headline").splitlines() == ["Please take your seats", "Ju lutemi, zini vendet"]
    with serving(demo_path, "11:14", seconds=58.5) as served:
        open_view(page, served.url, "seats")
        record_screens(page)
        # AND "Starting now" when it ends, with what follows
        shown = served.clock.truth_at(first_screen(page, "starting"))
        assert abs((shown - at("11:15")) / MS) <= WITHIN_MS
        assert page.inner_text("#headline").splitlines() == ["Starting now", "Fillojmë tani"]
        assert "Session 3 · Sesioni 3" in page.text_content("#next-lines")
        page.screenshot(path=str(artifacts / "live-view-starting.png"))


def test_the_band_says_since_when_the_view_is_lost_and_goes_when_it_is_back(demo_path, page, artifacts):
    chair_until(demo_path, [("09:02", "start")])
    with serving(demo_path, "09:10", seconds=5) as served:
        open_view(page, served.url)
        assert page.is_hidden("#lost")
        page.wait_for_timeout(1200)
        # WHEN the chair's laptop stops answering
        last_heard = venue_clock(served.clock.now())
        served.server.stop()
        stopped = time.monotonic()
        # THEN within 3 s the band says since when, in both languages
        page.wait_for_selector("#lost", state="visible", timeout=3000)
        assert time.monotonic() - stopped <= 3.0
        assert page.text_content("#lost") == (f"Connection lost since {last_heard} · "
                                              f"Lidhja ka rënë që nga ora {last_heard}")
        page.screenshot(path=str(artifacts / "live-view-lost.png"))
        # AND when it answers again the band goes by itself
        served.server = LiveServer("127.0.0.1", served.port, served.feed, served.remote, TOKEN).start()
        page.wait_for_selector("#lost", state="hidden", timeout=3000)


def test_a_wrong_token_is_refused_and_the_right_one_applied(demo_path, page):
    chair_until(demo_path, [("09:02", "start")])
    with serving(demo_path, "09:10", seconds=5) as served:
        open_view(page, served.url)
        logged = AgendaAction.select().count()
        # WHEN a remote sends a message with a wrong token, or none
        for token in ("wrong-token", None):
            status, answer = control(served.port, "message", {"text": "Please wrap up"}, token=token)
            assert status == 401 and "token" in answer["error"]
        # THEN nothing is logged and nothing shows
        page.wait_for_timeout(1200)
        assert AgendaAction.select().count() == logged
        assert page.text_content("#message") == ""
        # WHEN it sends the right one (Companion sends it as Basic authentication's password)
        status, answer = control(served.port, "message", {"text": "Please wrap up"}, basic=True)
        assert status == 200 and answer["message"] == ["Please wrap up"]
        # THEN the page shows it within a second or so
        page.wait_for_selector("#message:has-text('Please wrap up')", timeout=2500)
        before = page.text_content("#countdown")
        assert control(served.port, "add", {"minutes": 1})[0] == 200
        wait_until(lambda: page.text_content("#countdown") not in ("", before) and
                   int(page.text_content("#countdown").split(":")[0]) > int(before.split(":")[0]))


def test_the_agenda_view_shows_projected_times_and_nothing_but_belvedere(demo_path, page, artifacts):
    # GIVEN the opening started 7 minutes late
    chair_until(demo_path, [("09:07", "start")])
    with serving(demo_path, "09:20") as served:
        asked = []
        page.on("request", lambda request: asked.append(request.url))
        page.goto(served.url + "agenda")
        page.wait_for_selector("#rows tr.current", timeout=5000)
        # THEN the running item is marked and the rest is projected from it
        assert "Opening statements" in page.text_content("#rows tr.current")
        row = page.locator("#rows tr", has_text="Introduction to the workshop")
        assert row.locator("td").nth(0).text_content() == "09:30–10:00"
        assert row.locator("td").nth(2).text_content() == "09:37–10:07"
        assert "The day runs 7 min late" in page.text_content("#status")
        assert page.text_content("#head-expected") == "Expected · Pritet"
        page.screenshot(path=str(artifacts / "live-view-agenda.png"), full_page=True)
        # AND everything the page needed came from the server itself
        assert asked and all(url.startswith(served.url) for url in asked), asked


def test_a_rehearsal_is_tagged_on_the_page_and_the_remote_runs_it(demo_path, page, artifacts):
    # GIVEN the demo served on 12 March 2025 following the day's rehearsal, as `view --rehearse` does
    with serving(demo_path, "10:32", rehearsing_on=date(2025, 3, 12)) as served:
        open_view(page, served.url, "welcome")
        # THEN the welcome screen carries the small violet tag
        assert page.text_content("#tag") == "Rehearsal · Provë" and page.is_visible("#tag")
        # WHEN the remote presses Start: the rehearsal's opening runs, still tagged, the run log untouched
        assert control(served.port, "start", token=TOKEN)[0] == 200
        page.wait_for_selector("#stage.kind-item", timeout=3000)
        assert page.text_content("#title") == "Opening statements" and page.is_visible("#tag")
        assert AgendaAction.select().count() == 0
        page.screenshot(path=str(artifacts / "live-view-rehearsal.png"))


def test_the_chair_command_s_actions_appear_on_the_page(demo_today, page, capsys, isolated_home):
    demo_path = demo_today
    env = {**os.environ, "BELVEDERE_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)}
    view = subprocess.Popen([sys.executable, "main.py", "--db", str(demo_path), "view", "--port", "0"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = view.stdout.readline()
        url = first.split(": ", 1)[1].split(" ")[0]
        assert url.startswith("http://127.0.0.1:"), first
        open_view(page, url, "welcome")
        # WHEN the chair starts the day and sends a message from a shell
        assert run(capsys, "--db", str(demo_path), "chair", "start")[0] == 0
        page.wait_for_selector("#stage.kind-item", timeout=3000)
        assert page.text_content("#title") == "Opening statements"
        assert run(capsys, "--db", str(demo_path), "chair", "message", "Five minutes left")[0] == 0
        page.wait_for_selector("#message:has-text('Five minutes left')", timeout=3000)
        assert run(capsys, "--db", str(demo_path), "chair", "blackout")[0] == 0
        page.wait_for_selector("#stage.kind-blackout", timeout=3000)
    finally:
        view.terminate()
        assert view.wait(10) == 0, view.stderr.read()
    assert "The live view stopped." in view.stdout.read()


@pytest.mark.slow
def test_the_seconds_stay_within_250_ms_for_a_minute_and_into_overtime(demo_path, page):
    chair_until(demo_path, [("09:02", "start")])
    with serving(demo_path, "09:31", seconds=30) as served:  # 30 s before the end, then 30 s of overtime
        open_view(page, served.url)
        record_changes(page)
        page.wait_for_timeout(60_000)
        errors = change_errors(recorded_changes(page), served.clock, ends_at(served))
        assert len(errors) >= 55
        assert max(abs(error) for error in errors) <= WITHIN_MS
        assert page.text_content("#countdown").startswith("+")

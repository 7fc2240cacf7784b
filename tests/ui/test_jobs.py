"""The background-job helper every page uses: progress, cancel, failure, and the window told while it runs."""
from __future__ import annotations

import gc
import sqlite3
import threading

import pytest

from models.ground.db import explain_database_error
from models.ground.errors import BelvedereError
from models.participants.entities import Participant
from ui.app import create_application
from ui.context import AppContext
from ui.jobs import Cancelled, Job


@pytest.fixture
def context(qtbot, demo_path):
    create_application()
    context = AppContext(str(demo_path))
    context.open(str(demo_path))
    return context


def test_the_work_runs_off_the_gui_thread_and_its_progress_and_result_come_back(qtbot, context):
    # GIVEN work that reads the event on its own thread and tells how far it is
    threads, seen = [], []

    def count_participants(progress, cancelled):
        threads.append(threading.get_ident())
        for done in range(1, 4):
            progress(done, 3)
        return Participant.select().count()

    job = Job(count_participants)
    job.progressed.connect(lambda done, total: seen.append((done, total, threading.get_ident())))
    # WHEN it starts as the window's work
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        job.start(context, "the count")
        assert context.work_in_progress() == ["the count"]  # no other event opens meanwhile
    # THEN it ran on another thread, its progress arrived in order on the GUI thread, and the result came back
    gui = threading.get_ident()
    assert threads and threads[0] != gui
    assert seen == [(1, 3, gui), (2, 3, gui), (3, 3, gui)]
    assert blocker.args == [45]
    assert context.work_in_progress() == []


def test_cancel_stops_the_work_at_its_next_progress(qtbot, context):
    # GIVEN work that would go on for a long time, telling its progress
    started = threading.Event()
    results = []

    def endless(progress, cancelled):
        done = 0
        while True:
            done += 1
            progress(done, 0)
            started.set()

    job = Job(endless)
    job.succeeded.connect(results.append)
    job.failed.connect(results.append)
    job.start(context, "the endless work")
    assert started.wait(10)
    # WHEN the organiser cancels it
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.cancel()
    # THEN it ended as cancelled, and only so
    qtbot.wait(50)
    assert results == [] and context.work_in_progress() == []


def test_work_that_looks_for_a_cancel_itself_can_stop_by_raising(qtbot, context):
    def polite(progress, cancelled):
        while not cancelled():
            pass
        raise Cancelled

    job = Job(polite)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start(context, "the polite work")
        job.cancel()
    assert context.work_in_progress() == []


@pytest.mark.parametrize("error, sentence", [
    (BelvedereError("Nobody has checked in yet, so there is no certificate to print."),
     "Nobody has checked in yet, so there is no certificate to print."),
    (PermissionError(13, "Permission denied", "/media/stick/badges.pdf"),
     "Permission denied (/media/stick/badges.pdf). Nothing was saved; check the place and try again."),
    (explain_database_error(sqlite3.OperationalError("database or disk is full")),
     "The disk is full: nothing was saved. Free some space or save a copy elsewhere."),
    (KeyError("layout"), "Something went wrong ('layout'). Nothing was saved; the log has the details."),
])
def test_a_failure_comes_back_as_a_sentence_and_ends_the_job(qtbot, context, error, sentence):
    def failing(progress, cancelled):
        progress(1, 2)
        raise error

    job = Job(failing)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.start(context, "the failing work")
    assert blocker.args == [sentence]
    assert context.work_in_progress() == []


def test_plain_work_needs_no_window(qtbot, context):
    job = Job.plain(lambda: "done")
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        job.start()
    assert blocker.args == ["done"] and context.work_in_progress() == []


def test_a_job_nobody_keeps_still_tells_everyone_of_its_end(qtbot, context):
    # GIVEN a job started and forgotten by whoever started it, with a listener that is no window object
    heard = []

    def start_and_forget() -> None:
        job = Job.plain(lambda: "made")
        job.succeeded.connect(lambda result: heard.append(result))
        job.start()

    start_and_forget()
    gc.collect()
    # THEN the listener hears of the end all the same
    qtbot.waitUntil(lambda: heard == ["made"], timeout=10_000)

"""Following the day from the event database, for a live view served outside the chair's window:
the `view` command on a foyer PC following the event's server, or on any laptop.

The run log is read again as soon as it grows (the chair's laptop, the `chair` command, a
remote), the plan and the welcome screen's count every few seconds. The remote's controls are
carried out here too, on the one thread that uses the database. Following a rehearsal, it shows
the day's rehearsal instead (`chair … --rehearse` drives it), and the remote drives that.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping

from models.agenda.plan import day_to_run
from models.agenda.rehearsal_log import chair_for, log_for, rehearsed_day
from models.checkin.counts import day_count
from models.ground.audit import CHAIR, Actor
from models.ground.clock import Clock, venue_today, venue_zone
from models.ground.days import day_by_number
from models.ground.db import DATABASE_ERRORS, database
from models.ground.entities import Day, Event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.live.feed import LiveFeed
from models.live.remote import RemoteControls, answer, perform

LOOK_EVERY_S = 0.25  # a `chair` command's action shows within a second
RELOAD_EVERY_S = 5.0  # the plan (an organiser may edit it) and the count of arrivals
REMOTE = Actor(CHAIR, "remote")  # the chair, through a remote: "chair: remote" in the run log

log = logging.getLogger(__name__)


class DayFollower:
    def __init__(self, event: Event, feed: LiveFeed, clock: Clock, day_number: int | None = None,
                 rehearse: bool = False):
        self.event = event
        self.feed = feed
        self.clock = clock
        self.day_number = day_number
        self.rehearse = rehearse
        self.zone = venue_zone(event.timezone)
        self.day: Day | None = None
        self.log_id = -1
        self.loaded_at = 0.0

    def day_to_show(self) -> Day:
        """The day asked for, else the one the chair most likely runs: when rehearsing, the day rehearsed today;
        else today's (it changes at midnight)."""
        if self.day_number is not None:
            return day_by_number(self.event, self.day_number)
        today = venue_today(self.clock, self.zone)
        day = (rehearsed_day(self.event, today) if self.rehearse else None) or day_to_run(self.event, today)
        if day is None:
            raise BelvedereError(translate("live", "This event has no days yet: add its agenda on the Event page."))
        return day

    def look(self) -> None:
        """Publish the day again if anything in it changed."""
        day = self.day_to_show()
        day_log = log_for(day, self.rehearse)
        log_id = day_log.last_id()
        stale = time.monotonic() - self.loaded_at >= RELOAD_EVERY_S
        if self.day is None or day.id != self.day.id or log_id != self.log_id or stale:
            actions, self.log_id = day_log.read()
            self.day, self.loaded_at = day, time.monotonic()
            self.feed.publish(day_log.plan(self.clock.now()), actions, day_count(day))

    def perform(self, name: str, arguments: Mapping[str, object]) -> dict:
        """A remote's control, appended to the day's run log (or its rehearsal's) as the chair page does."""
        state = perform(chair_for(self.day_to_show(), self.clock, REMOTE, rehearse=self.rehearse), name, arguments)
        self.look()
        return answer(state)


    def lost(self, error: Exception) -> None:
        """The database is out of reach: say so to the browsers rather than show a day that may be stale."""
        if self.day is not None:
            log.warning("live view: the event database cannot be read (%s); the view says so", error)
        self.day, self.log_id = None, -1
        self.feed.withdraw("The live view cannot read the event's database; it tries again every second.")
        try:
            database.close()  # the next look connects afresh
        except DATABASE_ERRORS:
            pass


def follow(follower: DayFollower, remote: RemoteControls, stop: threading.Event) -> None:
    """Until `stop` is set: carry out the remote's requests as they come, and keep the feed current."""
    while not stop.is_set():
        try:
            follower.look()
        except DATABASE_ERRORS as error:
            follower.lost(error)
        remote.carry_out(follower.perform, wait=LOOK_EVERY_S)

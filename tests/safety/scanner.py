"""A desk in a process of its own, for the crash and concurrency tests.

`python -m tests.safety.scanner EVENT_FILE DESK SEED COUNT [START_AT]` opens the event
file as the app does, prints "ready", then scans COUNT badges, each of a participant
drawn with SEED on a day they are expected (COUNT 0: every badge not yet checked in on
day 1, shuffled). After each scan has returned, and only then, it prints one line:
"<outcome> <number> <day>".
"""
from __future__ import annotations

import random
import sys
import time

from models.badges.reading import payload_for
from models.checkin.entities import CheckIn
from models.checkin.service import Outcome, check_in
from models.event.file import open_event_database
from models.ground.entities import Day, current_event
from models.participants.entities import Participant


def badges_to_scan(event, seed: int, count: int) -> list[tuple[str, int, Day]]:
    """(payload, number, day) in the order they will be scanned."""
    rng = random.Random(seed)
    days = list(Day.select().where(Day.event == event).order_by(Day.number))
    if count == 0:
        day = days[0]
        already = CheckIn.select(CheckIn.participant).where((CheckIn.day == day) & CheckIn.voided_at.is_null())
        people = list(Participant.select().where(Participant.id.not_in(already)))
        rng.shuffle(people)
        return [(payload_for(person, event), person.number, day) for person in people]
    people = list(Participant.select())
    chosen = [rng.choice(people) for _ in range(count)]
    return [(payload_for(person, event), person.number,
             rng.choice([day for day in days if person.is_expected_on(day.number)])) for person in chosen]


def main(argv: list[str]) -> int:
    path, desk, seed, count = argv[0], argv[1], int(argv[2]), int(argv[3])
    open_event_database(path)
    event = current_event()
    scans = badges_to_scan(event, seed, count)
    if len(argv) > 4:
        time.sleep(max(0.0, float(argv[4]) - time.time()))  # all desks start together
    print("ready", flush=True)
    for payload, number, day in scans:
        result = check_in(event, payload, day=day, desk=desk)
        print(f"{result.outcome.value} {number} {day.number}", flush=True)
        if result.outcome is Outcome.NOT_SAVED:
            print(result.problem, file=sys.stderr, flush=True)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

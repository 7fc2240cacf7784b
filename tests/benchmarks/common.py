"""Shared pieces: percentiles, timing, a large event, and the table printed at the end."""
from __future__ import annotations

import random
import statistics
import time
from datetime import datetime
from pathlib import Path

from models.event.demo import create_demo
from models.ground.clock import UTC, FakeClock
from models.ground.db import write_transaction
from models.ground.entities import Event
from models.participants.entities import Delegation, Participant, Role

GIVEN = ["Elton", "Ardit", "Blerina", "Gëzim", "Adnan", "Selma", "Tomislav", "Đurđica", "Željko", "Miloš",
         "Ђорђе", "Милан", "Снежана", "Горан", "Ивана", "Весна", "Mehmet", "İsmail", "Ayşe", "Gülşah",
         "Driton", "Lumnije", "Arbër", "Blerta", "Ana", "Marko", "Jelena", "Nikola", "Dušan", "Maja"]
FAMILY = ["Kerluku", "Mërkuri", "Çaushi", "Hadžić", "Kovačević", "Bešlić", "Jurić", "Babić", "Vujović",
          "Петровић", "Јовановић", "Ђурић", "Стојановски", "Ѓорѓиевска", "Ќурчиева", "Yılmaz", "Doğan",
          "Çağlar", "Şimşek", "Işık", "Gashi", "Krasniqi", "Morina", "Rexhëpi", "Popović", "Nikolić"]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def milliseconds(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def large_event(path: Path, participants: int = 10_000, seed: int = 2011) -> Event:
    """The demo event grown to `participants` people with names in every script of the region."""
    event = create_demo(path, force=True, clock=FakeClock(datetime(2011, 6, 1, 9, 0, tzinfo=UTC)))
    rng = random.Random(seed)
    delegations = list(Delegation.select())
    roles = list(Role.select())
    now = datetime(2011, 6, 1, 9, 0, tzinfo=UTC)
    existing = Participant.select().count()
    rows = [
        dict(event=event, number=1000 + n, given_name=rng.choice(GIVEN), family_name=rng.choice(FAMILY),
             organisation=f"Organisation {n % 97}", delegation=rng.choice(delegations), role=rng.choice(roles),
             funded=False, language="en", days_expected="", created_at=now, updated_at=now)
        for n in range(participants - existing)
    ]
    with write_transaction():
        for start in range(0, len(rows), 500):
            Participant.insert_many(rows[start:start + 500]).execute()
    return event


def figure(name: str, value: float, unit: str, target: float | None = None, floor: float | None = None) -> dict:
    return {"name": name, "value": value, "unit": unit, "target": target, "floor": floor}


def print_table(rows: list[dict]) -> None:
    print(f"{'measure':<52} {'value':>10} {'target':>10} {'floor':>10} {'× floor':>8}  verdict")
    for row in rows:
        value, target, floor = row["value"], row.get("target"), row.get("floor")
        ratio = f"{value / floor:8.1f}" if floor else " " * 8
        verdict = "" if target is None else ("meets" if value <= target else "MISSES")
        target_text = f"{target:>10.1f}" if target is not None else " " * 10
        floor_text = f"{floor:>10.2f}" if floor is not None else " " * 10
        print(f"{row['name'] + ' (' + row['unit'] + ')':<52} {value:>10.2f} {target_text} {floor_text} {ratio}  {verdict}")

"""Registration desk benchmarks at 10,000 participants: `uv run python -m tests.benchmarks.desk [--quick]`.

- scan core: badge text -> check_in() -> durable commit -> result (floor: one durable SQLite commit)
- scan in practice: the same badge read and decided by a practising desk, kept in memory (nothing is written)
- scan painted: the Enter of a scanned code -> the answer painted on the desk page
- search: one query per keystroke, names typed in every script of the region
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from models.ground.settings import DESK_NAME, DESK_OPERATOR
from tests.benchmarks.common import print_table

PARTICIPANTS = 10_000
DELEGATIONS = [("AL", "Albania"), ("BA", "Bosnia and Herzegovina"), ("HR", "Croatia"), ("ME", "Montenegro"),
               ("RS", "Serbia"), ("MK", "North Macedonia"), ("TR", "Turkey"), ("XK", "Kosovo*")]
GIVEN = ["Elton", "Ardit", "Blerina", "Gëzim", "Klodiana", "Adnan", "Mirza", "Selma", "Đurđica", "Željko",
         "Ђорђе", "Милан", "Снежана", "Маја", "Горан", "Ивана", "Весна", "Mehmet", "İsmail", "Ayşe", "Oğuzhan",
         "Gülşah", "Driton", "Lumnije", "Arbër", "Teuta", "Dušan", "Jelena", "Nikola", "Tomislav"]
FAMILY = ["Kerluku", "Mërkuri", "Çaushi", "Bejko", "Dervishi", "Hadžić", "Kovačević", "Bešlić", "Ćorić", "Jurić",
          "Петровић", "Јовановић", "Ђурић", "Илић", "Стојановски", "Ѓорѓиевска", "Ќурчиева", "Yılmaz", "Doğan",
          "Çağlar", "Şimşek", "Işık", "Gashi", "Krasniqi", "Morina", "Rexhëpi", "Nikolić", "Popović", "Babić",
          "Šimunović", "Радуловић", "Трајковски"]
ORGANISATIONS = ["Министарство унутрашњих послова", "Policia e Kosovës", "Emniyet Genel Müdürlüğü",
                 "Prokuroria e Përgjithshme", "Ministarstvo unutarnjih poslova", "Telekom Srbija", "Türk Telekom",
                 "Uprava policije", "Јавно обвинителство", "Albtelekom"]
# What people type at the desk, every keystroke a query.
TYPED = ["kerluku", "KËRLUKU", "djordje petrovic", "Ђорђе", "Петровић", "dorde", "Đorđe", "yilmaz", "İsmail",
         "Şimşek", "çaushi", "merkuri", "Ѓорѓиевска", "kjurcieva", "hadzic", "Kovač", "ministarstvo", "118",
         "4711", "telekom", "gashi lumnije", "zzyzx"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def milliseconds(seconds: list[float]) -> list[float]:
    return [value * 1000 for value in seconds]


def create_event(path: Path) -> None:
    """An event file like the workshop's, with 10,000 participants in every script."""
    from models.event.creation import create_event_file, new_event_document

    document = new_event_document("Desk benchmark", date(2011, 6, 9), date(2011, 6, 10), "Europe/Tirane")
    document["delegations"] = [{"code": code, "name": name} for code, name in DELEGATIONS]
    document["roles"] = [{"key": "officer", "name": "Officer"}, {"key": "prosecutor", "name": "Prosecutor"}]
    chooser = random.Random(2011)
    document["participants"] = [
        {"number": 101 + index, "given_name": chooser.choice(GIVEN), "family_name": chooser.choice(FAMILY),
         "organisation": chooser.choice(ORGANISATIONS), "delegation": chooser.choice(DELEGATIONS)[0],
         "role": chooser.choice(["officer", "prosecutor"])}
        for index in range(PARTICIPANTS)
    ]
    create_event_file(path, document)


def durable_commit_seconds(rounds: int) -> list[float]:
    """The floor: one small write committed with synchronous=FULL in this file."""
    from models.ground.db import write_transaction
    from models.ground.entities import Setting

    timings = []
    for index in range(rounds):
        start = time.perf_counter()
        with write_transaction():
            Setting.replace(key="benchmark", value=str(index)).execute()
        timings.append(time.perf_counter() - start)
    return timings


def scan_core_seconds(payloads: list[str], day) -> list[float]:
    from models.checkin.service import Outcome, check_in
    from models.ground.entities import current_event

    event = current_event()
    timings = []
    for payload in payloads:
        start = time.perf_counter()
        result = check_in(event, payload, day=day, desk="bench")
        timings.append(time.perf_counter() - start)
        assert result.outcome is Outcome.CHECKED_IN, result
    return timings


def practice_core_seconds(payloads: list[str], day) -> list[float]:
    """A practising desk's scans, one after another in one practice, as volunteers are trained."""
    from models.checkin.practice import PracticeDesk
    from models.checkin.service import Outcome
    from models.ground.entities import current_event

    desk = PracticeDesk(current_event())
    timings = []
    for payload in payloads:
        start = time.perf_counter()
        result = desk.check_in(payload, day=day, desk="bench")
        timings.append(time.perf_counter() - start)
        assert result.outcome is Outcome.CHECKED_IN and result.practice, result
    return timings


def search_seconds(rounds: int, day) -> tuple[list[float], list[float], float]:
    """(matching and ranking, the same plus the day's status of the rows shown, index build)."""
    from models.checkin.counts import day_statuses
    from models.ground.entities import current_event
    from models.participants.search import SearchIndex

    start = time.perf_counter()
    index = SearchIndex.for_event(current_event())
    build = time.perf_counter() - start
    queries = [typed[:length] for typed in TYPED for length in range(1, len(typed) + 1)]
    ranking, with_status = [], []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            hits = index.hits(query, 30)
            ranked = time.perf_counter()
            day_statuses(day, [hit.participant_id for hit in hits])
            ranking.append(ranked - start)
            with_status.append(time.perf_counter() - start)
    return ranking, with_status, build


def scan_painted_seconds(path: Path, payloads: list[str]) -> tuple[list[float], list[float]]:
    """(Enter -> answer painted, first key -> answer painted) on the desk page, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from models.ground.clock import UTC, FakeClock
    from ui.app import create_application
    from ui.context import AppContext
    from ui.desk.page import DeskPage

    class PaintWatch(QObject):
        painted_at: float | None = None

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    create_application()
    context = AppContext(str(path), clock=FakeClock(datetime(2011, 6, 10, 6, 50, tzinfo=UTC)))
    context.open(str(path))
    context.settings.put(DESK_NAME, "Desk 1")
    context.settings.put(DESK_OPERATOR, "bench")
    page = DeskPage(context)
    page.resize(1000, 720)
    page.show()
    QTest.qWaitForWindowExposed(page)
    while page.search_index.ready is None:  # a desk that has been open for a while
        QTest.qWait(20)
    watch = PaintWatch()
    page.result_panel.installEventFilter(watch)
    after_enter, after_first_key = [], []
    for payload in payloads:
        QTest.qWait(5)
        watch.painted_at = None
        first_key = time.perf_counter()
        QTest.keyClicks(page.scan_field, payload)
        enter = time.perf_counter()
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        while watch.painted_at is None:
            QApplication.processEvents()
        after_enter.append(watch.painted_at - enter)
        after_first_key.append(watch.painted_at - first_key)
        assert "Checked in" in page.result_panel.text(), page.result_panel.text()
    page.close()
    return after_enter, after_first_key


def row(name: str, values_ms: list[float], share: float, target: float | None, floor: float | None) -> dict:
    return {"name": name, "value": round(percentile(values_ms, share), 3), "unit": "ms", "target": target,
            "floor": floor}


def run(quick: bool = False) -> list[dict]:
    from models.badges.reading import payload_for
    from models.event.file import close_event_database
    from models.ground.days import day_by_number
    from models.ground.entities import current_event
    from models.participants.entities import Participant

    rounds = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BELVEDERE_HOME"] = folder  # the benchmark's settings stay out of the user's
        path = Path(folder) / "desk-benchmark.belvedere"
        create_event(path)
        event = current_event()
        participants = list(Participant.select().order_by(Participant.number))
        chooser = random.Random(9)
        chosen = chooser.sample(participants, rounds + 100)
        payloads = [payload_for(participant, event) for participant in chosen]
        floor = milliseconds(durable_commit_seconds(rounds))
        core = milliseconds(scan_core_seconds(payloads[:rounds], day_by_number(event, 1)))
        practice = milliseconds(practice_core_seconds(payloads[:rounds], day_by_number(event, 2)))
        search, search_with_status, build = search_seconds(1 if quick else 3, day_by_number(event, 1))
        close_event_database()
        painted, painted_from_first_key = (milliseconds(values) for values in
                                           scan_painted_seconds(path, payloads[rounds:rounds + (30 if quick else 100)]))
        close_event_database()
    floor_p50 = round(statistics.median(floor), 3)
    return [
        row("durable commit p50 (floor)", floor, 0.50, None, None),
        row("scan core p50", core, 0.50, 5.0, floor_p50),
        row("scan core p99", core, 0.99, 5.0, floor_p50),
        row("scan in practice p99 (nothing written)", practice, 0.99, 5.0, None),
        row("scan until painted p50 (from Enter)", painted, 0.50, 30.0, floor_p50),
        row("scan until painted p99 (from Enter)", painted, 0.99, 30.0, floor_p50),
        row("scan until painted p99 (from first key)", painted_from_first_key, 0.99, 30.0, floor_p50),
        row("search per keystroke p50", milliseconds(search), 0.50, 10.0, None),
        row("search per keystroke p99", milliseconds(search), 0.99, 10.0, None),
        row("search + day status of 30 rows p99", milliseconds(search_with_status), 0.99, 10.0, None),
        {"name": "search index build", "value": round(build * 1000, 1), "unit": "ms", "target": None, "floor": None},
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))

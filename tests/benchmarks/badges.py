"""Badge PDF benchmark: 1,000 badges with QR codes to PDF (target ≤ 3 s).

The floor is the same pages as a text-only reportlab PDF (the text already laid out),
the least any badge PDF of this size can cost; the QR symbols are timed on their own.

    uv run python -m tests.benchmarks.badges [--quick]
"""
from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from models.badges.drawing import Text
from models.badges.fonts import register_pdf_fonts
from models.badges.layouts import LAYOUTS
from models.badges.pdf import badge_pages, render_badges, write_pages
from models.badges.qr import qr_symbol
from models.badges.reading import payload_for
from models.event.demo import create_demo
from models.event.file import close_event_database
from models.ground.clock import UTC, FakeClock
from models.ground.db import write_transaction
from models.participants.entities import Participant
from models.participants.queries import participants_in_order
from tests.benchmarks.common import print_table

BADGES = 1000
TARGET_SECONDS = 3.0
CLOCK = FakeClock(datetime(2011, 6, 8, 16, 0, tzinfo=UTC))


def thousand_participants(folder: Path):
    """The demo event grown to 1,000 participants, their names cycling through the demo's scripts."""
    event = create_demo(folder / "bench.belvedere", clock=CLOCK)
    demo = participants_in_order(event)
    rows = []
    for index in range(BADGES - len(demo)):
        model = demo[index % len(demo)]
        rows.append(dict(event=event, number=1000 + index, given_name=model.given_name,
                         family_name=f"{model.family_name}-{index}", organisation=model.organisation,
                         delegation=model.delegation_id, role=model.role_id, created_at=CLOCK.now(),
                         updated_at=CLOCK.now()))
    with write_transaction():
        for start in range(0, len(rows), 200):
            Participant.insert_many(rows[start:start + 200]).execute()
    return event, participants_in_order(event)


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def text_only(pages):
    return [replace(page, placements=[replace(p, shapes=[s for s in p.shapes if isinstance(s, Text)])
                                      for p in page.placements], marks=[]) for page in pages]


def run(quick: bool = False) -> list[dict]:
    register_pdf_fonts()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        event, everyone = thousand_participants(folder)
        payloads = [payload_for(p, event) for p in everyone]
        results.append(dict(name="QR symbols for 1,000 payloads", value=timed(lambda: [qr_symbol(p) for p in payloads]),
                            unit="s", target=None, floor=None))
        for key in (["a6"] if quick else list(LAYOUTS)):
            floor_pages = text_only(badge_pages(everyone, key, event))
            floor = timed(lambda key=key, pages=floor_pages: write_pages(folder / f"floor-{key}.pdf", pages, BADGES))
            value = timed(lambda key=key: render_badges(folder / f"{key}.pdf", everyone, key, clock=CLOCK, event=event))
            results.append(dict(name=f"1,000 badges with QR to PDF, {key} layout", value=value, unit="s",
                                target=TARGET_SECONDS, floor=floor))
        close_event_database()
    return results


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))

"""Benchmark: importing a 10,000-row participant sheet (target ≤ 2 s).

The generated list is written as delegations write theirs: countries and roles in the
region's words ("Shqipëri", "Srbija", "HTCU", "Prokuror"), and some namesakes (people of
one delegation with the same name but their own e-mail and phone), which the import is
told are separate people. The floor is what Python's csv module alone needs to decode and
split the same file: the import cannot be faster than reading it.

    uv run python -m tests.benchmarks.participants [--quick]
"""
from __future__ import annotations

import csv
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from models.event.creation import create_event_file
from models.event.demo import demo_document
from models.event.file import close_event_database
from models.participants.importing import ImportOptions, plan_import, read_participant_table, run_import
from tests.benchmarks.common import print_table
from tests.participants.sheets import csv_bytes

TARGET_SECONDS = 2.0
GIVEN = ["Elton", "Blerina", "Gëzim", "Adnan", "Željko", "Đorđe", "Milica", "Arbër", "Dušan", "Tomislav",
         "Selma", "Mirza", "Đurđica", "Lumnije", "Nikola", "Jelena", "Ardit", "Teuta", "Dragan", "Ana"]
FAMILY = ["Kerluku", "Çaushi", "Mërkuri", "Hadžić", "Šimić", "Petrović", "Vučinić", "Gashi", "Nikolić",
          "Kovačić", "Bešlić", "Kovačević", "Jurić", "Krasniqi", "Popović", "Bošković", "Hoxha", "Bardhi",
          "Ćorić", "Šimunović"]
DELEGATIONS = ["Albania", "Shqipëri", "Bosnia and Herzegovina", "BiH", "Croatia", "Hrvatska", "Montenegro",
               "Crna Gora", "Serbia", "Srbija", "Kosovo", "Kosova"]
ROLES = ["officer", "HTCU", "Police", "prosecutor", "Prokuror", "Tužilac", "isp", "expert", "guest"]
NAMESAKE_EVERY = 50  # one row in fifty shares the name of an earlier person of its delegation
OPTIONS = ImportOptions(allow_namesakes=True)


def sheet(rows: int, seed: int = 2011) -> bytes:
    """A Windows-1250, semicolon-separated sheet as Excel writes it in the region, one person per row."""
    rng = random.Random(seed)
    lines = [["Nr.", "Emri", "Mbiemri", "Shteti", "Funksioni", "E-mail", "Telefoni", "Institucioni"]]
    for index in range(1, rows + 1):
        if index > NAMESAKE_EVERY and index % NAMESAKE_EVERY == 0:
            given, family, delegation = rng.choice(lines[1:])[1:4]
        else:
            given, family, delegation = rng.choice(GIVEN), f"{rng.choice(FAMILY)}-{index}", rng.choice(DELEGATIONS)
        lines.append([str(index), given, family, delegation, rng.choice(ROLES), f"person{index}@example.org",
                      f"+355 69 {index:07d}", "Policia e Shtetit; Sektori"])
    return csv_bytes(lines, "cp1250", ";")


def csv_module_alone(path: Path) -> float:
    start = time.perf_counter()
    text = path.read_bytes().decode("cp1250")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    elapsed = time.perf_counter() - start
    assert len(rows) > 1
    return elapsed


def timed_import(folder: Path, path: Path, attempt: int, dry_run: bool = False) -> tuple[float, int]:
    document = demo_document()
    document["participants"] = []
    event = create_event_file(folder / f"bench-{attempt}-{dry_run}.belvedere", document)
    try:
        start = time.perf_counter()
        table = read_participant_table(path)
        plan = (plan_import if dry_run else run_import)(event, table, options=OPTIONS)
        elapsed = time.perf_counter() - start
        assert plan.can_import, plan.problems[:3]
        assert plan.namesakes  # the list has them, as real lists do
        return elapsed, len(plan.new)
    finally:
        close_event_database()


def run(quick: bool = False) -> list[dict]:
    rows = 1_000 if quick else 10_000
    repeats = 1 if quick else 3
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "participants.csv"
        path.write_bytes(sheet(rows))
        floor = min(csv_module_alone(path) for _ in range(repeats))
        imports = [timed_import(folder, path, attempt) for attempt in range(repeats)]
        dry_runs = [timed_import(folder, path, attempt, dry_run=True) for attempt in range(repeats)]
    assert all(created == rows for _elapsed, created in imports)
    return [
        {"name": f"import {rows:,}-row CSV (Windows-1250, semicolons, local words, namesakes), read + check + write",
         "value": min(elapsed for elapsed, _ in imports), "unit": "s",
         "target": None if quick else TARGET_SECONDS, "floor": floor},  # the target is for 10,000 rows
        {"name": f"dry run of the same {rows:,} rows (read + check)", "value": min(e for e, _ in dry_runs),
         "unit": "s", "target": None, "floor": floor},
        {"name": f"csv module alone: decode and split the same {rows:,} rows", "value": floor, "unit": "s",
         "target": None, "floor": None},
    ]


if __name__ == "__main__":
    print_table(run(quick="--quick" in sys.argv))

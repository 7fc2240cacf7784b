"""`uv run python -m tests.benchmarks [--quick] [--json FILE]`: every benchmark, one table, one JSON file."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from datetime import UTC, datetime

from tests.benchmarks.common import print_table

# Each module's run(quick) returns figures; a capability not built yet is reported as missing.
MODULES = ["floors", "desk", "badges", "participants", "agenda", "live", "reports", "launch", "safety", "bundle",
           "server"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run, not a measurement")
    parser.add_argument("--json", default="benchmarks-results.json", help="where to write the figures")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
        except ModuleNotFoundError as missing:
            print(f"({name}: not available: {missing})", file=sys.stderr)
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        rows.extend(module.run(quick=args.quick))
    print_table(rows)
    with open(args.json, "w", encoding="utf-8") as handle:
        json.dump({"when": datetime.now(UTC).isoformat(), "quick": args.quick,
                   "machine": {"python": platform.python_version(), "system": platform.platform(),
                               "cpus": os.cpu_count()},
                   "figures": rows}, handle, indent=2, ensure_ascii=False)
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

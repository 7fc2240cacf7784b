"""The one function that makes any report; the `report` command and the Reports page call it.

It imports reportlab and openpyxl, which take a moment: import it when a report is made.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.db import database_errors_explained
from models.ground.entities import current_event
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.reports.attendance import write_attendance_csv, write_attendance_pdf, write_attendance_xlsx
from models.reports.certificates import write_certificates_pdf
from models.reports.kinds import output_format, report_kind
from models.reports.pdf import ProgressCallback
from models.reports.records import load_record
from models.reports.signin import write_signin_pdf
from models.reports.timing import event_timings, write_timing_csv, write_timing_pdf, write_timing_xlsx


@dataclass(frozen=True)
class ReportResult:
    path: Path
    summary: str  # one sentence for the command line and the status line


def _pages(count: int) -> str:
    return f"{count} page" + ("" if count == 1 else "s")


@database_errors_explained()  # a report only reads: a file gone or damaged meanwhile is a sentence too
def generate_report(key: str, out: str | Path, day_number: int | None = None, clock: Clock = SYSTEM_CLOCK,
                    progress: ProgressCallback | None = None) -> ReportResult:
    """Write the report `key` of the open event to `out` (complete, or not at all)."""
    kind = report_kind(key)
    out = Path(out)
    extension = output_format(kind, out)
    if day_number and not kind.by_day:
        raise BelvedereError(translate("reports", "The {lower} cover the whole event: leave out the day.")
                             .format(lower=kind.title.lower()))
    event = current_event()
    if key == "timing":
        timings = event_timings(event, day_number, clock)
        if extension == "pdf":
            detail = _pages(write_timing_pdf(event, timings, out, clock, progress))
        else:
            (write_timing_csv if extension == "csv" else write_timing_xlsx)(timings, out)
            detail = f"{sum(len(t.rows) for t in timings)} agenda items"
        return ReportResult(out, f"{kind.title} ({extension.upper()}, {detail}) written to {out}")
    record = load_record(event, day_number)
    if key == "certificates":
        count = write_certificates_pdf(record, out, progress)
        return ReportResult(out, f"{count} certificate{'s' if count != 1 else ''} of attendance written to {out}")
    if key == "signin":
        detail = _pages(write_signin_pdf(record, out, clock, progress))
    elif extension == "pdf":
        detail = _pages(write_attendance_pdf(record, out, clock, progress))
    else:
        (write_attendance_csv if extension == "csv" else write_attendance_xlsx)(record, out)
        detail = f"{len(record.participants)} participants"
    return ReportResult(out, f"{kind.title} ({extension.upper()}, {detail}) written to {out}")

"""Every report, its formats, and the one function that makes any of them.

The `report` command and the Reports page both call `generate_report`; the format
follows the output file's extension.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models import appconfig
from models.clock import SYSTEM_CLOCK, Clock
from models.db import is_url
from models.errors import BelvedereError
from models.event.file import current_event
from models.reports.attendance import write_attendance_csv, write_attendance_pdf, write_attendance_xlsx
from models.reports.certificates import write_certificates_pdf
from models.reports.pdf import ProgressCallback
from models.reports.records import load_record
from models.reports.signin import write_signin_pdf
from models.reports.timing import event_timings, write_timing_csv, write_timing_pdf, write_timing_xlsx


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    formats: tuple[str, ...]  # the first is the usual one
    by_day: bool  # may be limited to one day
    file_stem: str


REPORTS = {
    kind.key: kind for kind in (
        ReportKind("attendance", "Attendance report", ("pdf", "xlsx", "csv"), True, "attendance"),
        ReportKind("signin", "Sign-in sheets", ("pdf",), True, "sign-in-sheets"),
        ReportKind("certificates", "Certificates of attendance", ("pdf",), False, "certificates"),
        ReportKind("timing", "Timing report", ("pdf", "csv", "xlsx"), True, "timing"),
    )
}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    summary: str  # one sentence for the command line and the status line


def report_kind(key: str) -> ReportKind:
    if key not in REPORTS:
        raise BelvedereError(f"There is no report called '{key}'. Choose one of: {', '.join(REPORTS)}.")
    return REPORTS[key]


def output_format(kind: ReportKind, out: Path) -> str:
    extension = Path(out).suffix.lower().lstrip(".")
    if extension not in kind.formats:
        allowed = ", ".join(f".{name}" for name in kind.formats)
        raise BelvedereError(f"The {kind.title.lower()} can be written as {allowed}; "
                             f"give the output file one of these extensions.")
    return extension


def default_file_name(key: str, extension: str, day_number: int | None = None) -> str:
    kind = report_kind(key)
    day = f"-day{day_number}" if day_number and kind.by_day else ""
    return f"{kind.file_stem}{day}.{extension}"


def default_reports_folder(target: str) -> Path:
    """Where the Reports page writes unless told otherwise: a folder per event file in the data folder."""
    name = "server" if is_url(target) else Path(target).stem
    return appconfig.data_dir() / "Reports" / name


def _pages(count: int) -> str:
    return f"{count} page" + ("" if count == 1 else "s")


def generate_report(key: str, out: str | Path, day_number: int | None = None, clock: Clock = SYSTEM_CLOCK,
                    progress: ProgressCallback | None = None) -> ReportResult:
    """Write the report `key` of the open event to `out` (complete, or not at all)."""
    kind = report_kind(key)
    out = Path(out)
    extension = output_format(kind, out)
    if day_number and not kind.by_day:
        raise BelvedereError(f"The {kind.title.lower()} cover the whole event: leave out the day.")
    event = current_event()
    if key == "timing":
        timings = event_timings(event, day_number)
        if extension == "pdf":
            detail = _pages(write_timing_pdf(event, timings, out, clock, progress))
        else:
            (write_timing_csv if extension == "csv" else write_timing_xlsx)(timings, out)
            detail = f"{sum(len(t.items) for t in timings)} agenda items"
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

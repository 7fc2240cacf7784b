"""The reports there are, their formats and file names: light enough for the command line's parser."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.ground import appconfig
from models.ground.db import is_url
from models.ground.errors import BelvedereError
from models.ground.i18n import translate


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


def report_kind(key: str) -> ReportKind:
    if key not in REPORTS:
        raise BelvedereError(translate("reports", "There is no report called '{key}'. Choose one of: {names}.")
                             .format(key=key, names=', '.join(REPORTS)))
    return REPORTS[key]


def output_format(kind: ReportKind, out: Path) -> str:
    extension = Path(out).suffix.lower().lstrip(".")
    if extension not in kind.formats:
        if len(kind.formats) == 1:
            raise BelvedereError(translate("reports", "The {lower} are written as .{value}: end the file name with "
                                                      ".{value}.").format(lower=kind.title.lower(), value=kind.formats[0]))
        allowed = ", ".join(f".{name}" for name in kind.formats[:-1]) + f" or .{kind.formats[-1]}"
        raise BelvedereError(translate("reports", "The {lower} can be written as {allowed}: end the file name with one "
                                                  "of these.").format(lower=kind.title.lower(), allowed=allowed))
    return extension


def default_file_name(key: str, extension: str, day_number: int | None = None) -> str:
    kind = report_kind(key)
    day = f"-day{day_number}" if day_number and kind.by_day else ""
    return f"{kind.file_stem}{day}.{extension}"


def default_reports_folder(target: str) -> Path:
    """Where the Reports page writes unless told otherwise: a folder per event file in the data folder."""
    name = "server" if is_url(target) else Path(target).stem
    return appconfig.data_dir() / "Reports" / name

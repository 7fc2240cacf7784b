"""Arrivals per 5 minutes: how the desk's rush really went, day by day.

The PDF chart and the chart on the Reports page both draw an `ArrivalChart`, so they
show the same bins, scale and labels.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

BIN_MINUTES = 5
MIN_SPAN_MINUTES = 60


@dataclass(frozen=True)
class ArrivalChart:
    bins: list[tuple[datetime, int]]  # (venue-local start of the 5 minutes, arrivals), contiguous
    y_max: int  # the top of the scale
    y_step: int  # between horizontal grid lines
    x_labels: list[tuple[int, str]]  # (bin index, "08:30") where the time axis is labelled

    @property
    def total(self) -> int:
        return sum(count for _, count in self.bins)

    @property
    def peak(self) -> tuple[datetime, int] | None:
        return max(self.bins, key=lambda entry: entry[1]) if self.bins else None


EMPTY_CHART = ArrivalChart(bins=[], y_max=1, y_step=1, x_labels=[])


def bin_start(instant: datetime) -> datetime:
    return instant.replace(minute=instant.minute - instant.minute % BIN_MINUTES, second=0, microsecond=0)


def nice_scale(peak: int) -> tuple[int, int]:
    """A top of the scale at or above the peak, and a grid step giving at most six lines."""
    peak = max(peak, 1)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if math.ceil(peak / step) <= 6:
            return step * math.ceil(peak / step), step
    step = 10 ** len(str(peak))
    return step * math.ceil(peak / step), step


def label_interval(span_minutes: int) -> int:
    """Minutes between time labels: about eight labels whatever the span."""
    for minutes in (15, 30, 60, 120, 180):
        if span_minutes / minutes <= 8:
            return minutes
    return 240


def _counts(times: list[datetime]) -> dict[datetime, int]:
    counts: dict[datetime, int] = {}
    for instant in times:
        counts[bin_start(instant)] = counts.get(bin_start(instant), 0) + 1
    return counts


def arrival_charts(days: list[list[datetime]]) -> list[ArrivalChart]:
    """One chart per day's arrival times, all on the same time-of-day window and count scale,
    so the days compare at a glance. The window runs from the earliest arrival's 5 minutes to
    the latest one's (at least an hour); a day without arrivals gets an empty chart."""
    counted = [_counts(times) for times in days]
    if not any(counted):
        return [EMPTY_CHART for _ in days]
    first = min(min(start.time() for start in counts) for counts in counted if counts)
    last = max(max(start.time() for start in counts) for counts in counted if counts)
    span = max((datetime.combine(date.min, last) - datetime.combine(date.min, first)) // timedelta(minutes=1),
               MIN_SPAN_MINUTES - BIN_MINUTES)
    size = span // BIN_MINUTES + 1
    y_max, y_step = nice_scale(max(max(counts.values()) for counts in counted if counts))
    interval = label_interval(size * BIN_MINUTES)
    charts = []
    for counts in counted:
        if not counts:
            charts.append(EMPTY_CHART)
            continue
        origin = datetime.combine(next(iter(counts)).date(), first)
        starts = [origin + timedelta(minutes=BIN_MINUTES * index) for index in range(size)]
        labels = [(index, start.strftime("%H:%M")) for index, start in enumerate(starts)
                  if (start.hour * 60 + start.minute) % interval == 0] or [(0, origin.strftime("%H:%M"))]
        charts.append(ArrivalChart(bins=[(start, counts.get(start, 0)) for start in starts], y_max=y_max,
                                   y_step=y_step, x_labels=labels))
    return charts

"""Arrivals per 5 minutes: how the desk's rush really went, day by day.

The chart's window is the rush: from the first arrival until arrivals stop for half an
hour. Someone checked in at 14:35 is listed apart as a later arrival rather than
stretching the axis over the whole day and shrinking the morning to slivers.

The PDF chart and the chart on the Reports page both draw an `ArrivalChart`, so they
show the same bins, scale and labels.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

BIN_MINUTES = 5
MIN_SPAN_MINUTES = 60
RUSH_GAP = timedelta(minutes=30)  # arrivals this long after the one before are no longer the rush


@dataclass(frozen=True)
class ArrivalChart:
    bins: list[tuple[datetime, int]]  # (venue-local start of the 5 minutes, arrivals), contiguous
    y_max: int  # the top of the scale
    y_step: int  # between horizontal grid lines
    x_labels: list[tuple[int, str]]  # (bin index, "08:30") where the time axis is labelled
    late: tuple[datetime, ...] = ()  # arrivals after the rush, listed apart, in order

    @property
    def total(self) -> int:
        return sum(count for _, count in self.bins) + len(self.late)

    @property
    def peak(self) -> tuple[datetime, int] | None:
        return self.peaks[0] if self.peaks else None

    @property
    def peaks(self) -> list[tuple[datetime, int]]:
        """The busiest 5 minutes, all of them when several share the highest count."""
        highest = max((count for _, count in self.bins), default=0)
        return [entry for entry in self.bins if entry[1] == highest] if highest else []


EMPTY_CHART = ArrivalChart(bins=[], y_max=1, y_step=1, x_labels=[])


def rush_end(times: list[datetime]) -> datetime:
    """The last arrival before arrivals stop for RUSH_GAP."""
    ordered = sorted(times)
    end = ordered[0]
    for instant in ordered[1:]:
        if instant - end > RUSH_GAP:
            break
        end = instant
    return end


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
    so the days compare at a glance. The window runs from the earliest arrival's 5 minutes to the
    end of the latest rush (at least an hour); later arrivals are kept apart; a day without arrivals
    gets an empty chart."""
    if not any(days):
        return [EMPTY_CHART for _ in days]
    first = datetime.combine(date.min, min(bin_start(min(times)).time() for times in days if times))
    rushes_end = datetime.combine(date.min, max(bin_start(rush_end(times)).time() for times in days if times))
    last = max(rushes_end, first + timedelta(minutes=MIN_SPAN_MINUTES - BIN_MINUTES)).time()
    late = [tuple(sorted(instant for instant in times if bin_start(instant).time() > last)) for times in days]
    counted = [_counts([instant for instant in times if bin_start(instant).time() <= last]) for times in days]
    size = (datetime.combine(date.min, last) - first) // timedelta(minutes=BIN_MINUTES) + 1
    first = first.time()
    y_max, y_step = nice_scale(max(max(counts.values(), default=0) for counts in counted))
    interval = label_interval(size * BIN_MINUTES)
    charts = []
    for counts, times, later in zip(counted, days, late):
        if not times:
            charts.append(EMPTY_CHART)
            continue
        origin = datetime.combine(times[0].date(), first)
        starts = [origin + timedelta(minutes=BIN_MINUTES * index) for index in range(size)]
        labels = [(index, start.strftime("%H:%M")) for index, start in enumerate(starts)
                  if (start.hour * 60 + start.minute) % interval == 0] or [(0, origin.strftime("%H:%M"))]
        charts.append(ArrivalChart(bins=[(start, counts.get(start, 0)) for start in starts], y_max=y_max,
                                   y_step=y_step, x_labels=labels, late=later))
    return charts

"""The arrivals chart's bins and scale, and the dates and words printed on reports."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.ground.dates import date_range, long_date
from models.reports.arrivals import BIN_MINUTES, MIN_SPAN_MINUTES, RUSH_GAP, arrival_charts, bin_start, rush_end
from models.reports.records import load_record
from models.reports.wording import in_languages, report_languages

MORNING = datetime(2011, 6, 9, 7, 0)
times_in_a_morning = st.lists(
    st.integers(min_value=0, max_value=6 * 3600).map(lambda seconds: MORNING + timedelta(seconds=seconds)),
    max_size=300,
)


@given(times_in_a_morning)
def test_every_arrival_is_counted_once_in_its_own_five_minutes(times):
    chart = arrival_charts([times])[0]
    assert chart.total == len(times)
    if not times:
        assert chart.bins == []
        return
    starts = [start for start, _ in chart.bins]
    assert all(later - earlier == timedelta(minutes=BIN_MINUTES) for earlier, later in zip(starts, starts[1:]))
    assert starts[0] == bin_start(min(times)) and len(starts) * BIN_MINUTES >= MIN_SPAN_MINUTES
    # AND what is not on the axis is listed apart: only arrivals after a pause of RUSH_GAP
    assert all(instant > starts[-1] for instant in chart.late) and list(chart.late) == sorted(chart.late)
    if chart.late:
        assert chart.late[0] - rush_end(times) > RUSH_GAP
    counts = dict(chart.bins)
    for start in set(map(bin_start, times)) - set(map(bin_start, chart.late)):
        assert counts[start] == sum(1 for instant in times if bin_start(instant) == start)
    peak = max(count for _, count in chart.bins)
    assert peak <= chart.y_max <= max(2 * peak, 6) and chart.y_max % chart.y_step == 0
    assert chart.y_max // chart.y_step <= 6
    assert all(0 <= index < len(chart.bins) for index, _ in chart.x_labels)


@given(times_in_a_morning, times_in_a_morning)
def test_the_days_share_one_window_and_one_scale(first, second):
    one, two = arrival_charts([first, [instant + timedelta(days=1) for instant in second]])
    assert one.total == len(first) and two.total == len(second)
    if first and second:
        assert len(one.bins) == len(two.bins) and one.y_max == two.y_max
        assert one.bins[0][0].time() == two.bins[0][0].time()
        assert [label for _, label in one.x_labels] == [label for _, label in two.x_labels]


def test_the_scripted_morning_in_five_minute_bins(scripted):
    event, arrivals = scripted
    record = load_record(event, day_number=1)
    chart = arrival_charts([record.arrival_times(record.days[0])])[0]
    expected: dict[datetime, int] = {}
    for when in arrivals[1].values():
        start = when.replace(minute=when.minute // 5 * 5, second=0, microsecond=0)
        expected[start] = expected.get(start, 0) + 1
    late = {start: count for start, count in expected.items() if start.hour >= 10}  # 10:20 and 11:10: after the rush
    assert {start: count for start, count in chart.bins if count} == {k: v for k, v in expected.items() if k not in late}
    assert [f"{instant:%H:%M}" for instant in chart.late] == ["10:20", "11:10"] and chart.total == len(arrivals[1])


def test_dates_in_english_and_albanian():
    assert long_date(date(2011, 6, 9)) == "Thursday 9 June 2011"
    assert long_date(date(2011, 6, 10), "sq") == "e premte, 10 qershor 2011"
    assert date_range(date(2011, 6, 9), date(2011, 6, 10)) == "9–10 June 2011"
    assert date_range(date(2011, 6, 9), date(2011, 6, 10), "sq") == "9–10 qershor 2011"
    assert date_range(date(2011, 6, 30), date(2011, 7, 1)) == "30 June – 1 July 2011"
    assert date_range(date(2011, 12, 30), date(2012, 1, 2)) == "30 December 2011 – 2 January 2012"
    assert date_range(date(2011, 6, 9), date(2011, 6, 9)) == "9 June 2011"


def test_report_languages_follow_the_event_and_fall_back_to_english():
    assert report_languages(["en", "sq"]) == ["en", "sq"]
    assert report_languages(["sq", "en"]) == ["sq", "en"]
    assert report_languages(["fr"]) == ["en"]
    assert in_languages("certificate_title", ["en", "sq"]) == "Certificate of attendance / Vërtetim pjesëmarrjeje"


def test_one_check_in_in_the_afternoon_does_not_stretch_the_morning_rush():
    # GIVEN a morning rush and one person checked in at 14:35
    rush = [datetime(2011, 6, 9, 8, 30) + timedelta(minutes=minute) for minute in range(0, 40, 2)]
    chart = arrival_charts([rush + [datetime(2011, 6, 9, 14, 35)]])[0]
    # THEN the axis covers the rush (an hour at least), and 14:35 is listed apart, still counted
    assert f"{chart.bins[0][0]:%H:%M}" == "08:30" and f"{chart.bins[-1][0]:%H:%M}" == "09:25"
    assert [f"{instant:%H:%M}" for instant in chart.late] == ["14:35"] and chart.total == 21


def test_tied_busiest_five_minutes_are_all_named():
    from models.reports.attendance import busiest

    times = [datetime(2011, 6, 9, 8, 41)] * 3 + [datetime(2011, 6, 9, 8, 52)] * 3 + [datetime(2011, 6, 9, 8, 47)]
    assert busiest(arrival_charts([times])[0]) == "busiest 08:40–08:45 and 08:50–08:55 with 3 each"
    assert busiest(arrival_charts([times[:4]])[0]) == "busiest 08:40–08:45 with 3"

"""The desk's counters keep the delegations on one line: the demo's eight on a 1280-pixel laptop, even when
every delegation is complete, and many more scroll sideways rather than wrap."""
from __future__ import annotations

from models.checkin.counts import DayCounts, GroupCount
from tests.ui.fitting import text_problem
from ui.app import create_application
from ui.desk.counters import CountersPanel

DESK_WIDTH_AT_1280 = 1280 - 200 - 2 * 16  # the window less the navigation and the page's margins


def shown(qtbot, counts: DayCounts) -> CountersPanel:
    create_application()
    panel = CountersPanel()
    qtbot.addWidget(panel)
    panel.resize(DESK_WIDTH_AT_1280, panel.sizeHint().height())
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_counts(counts, "Day I")
    qtbot.wait(20)
    panel.resize(DESK_WIDTH_AT_1280, panel.sizeHint().height())
    qtbot.wait(20)
    return panel


def everyone_arrived(demo_event) -> DayCounts:
    from models.checkin.counts import day_counts
    from models.ground.days import event_days

    counts = day_counts(event_days(demo_event)[0])
    full = [GroupCount(group.key, group.name, group.expected, group.expected) for group in counts.by_delegation]
    return DayCounts(counts.expected, counts.expected, full, counts.by_role)


def chips(panel: CountersPanel):
    return [chip for chip in panel.groups if chip.isVisible()]


def test_the_demos_delegations_stay_on_one_line_at_1280_pixels_even_all_complete(qtbot, demo_event, artifacts):
    counts = everyone_arrived(demo_event)
    assert len(counts.by_delegation) == 9  # the eight delegations, and people of none
    panel = shown(qtbot, counts)
    row = chips(panel)
    assert len(row) == 9
    assert len({chip.y() for chip in row}) == 1  # one line
    assert not panel.strip.horizontalScrollBar().isVisible()
    for chip in row:
        assert text_problem(chip) is None, chip.text()
        assert panel.strip.viewport().rect().contains(chip.geometry())
    assert "AL 6/6 ✔" in panel.text() and "others 9/9 ✔" in panel.text()
    assert chips(panel)[0].toolTip() == "Albania: 6/6"
    panel.grab().save(str(artifacts / "desk-counters-complete.png"))


def test_many_delegations_scroll_sideways_and_never_wrap(qtbot, artifacts):
    many = [GroupCount(f"D{number}", f"Delegation {number}", number % 7, 9) for number in range(30)]
    panel = shown(qtbot, DayCounts(90, 270, many, []))
    row = chips(panel)
    assert len({chip.y() for chip in row}) == 1
    assert panel.strip.horizontalScrollBar().isVisible()
    bar = panel.strip.horizontalScrollBar()
    assert panel.strip.viewport().height() >= row[0].height()  # the bar takes no height from the counts
    assert bar.maximum() > 0
    panel.grab().save(str(artifacts / "desk-counters-many.png"))

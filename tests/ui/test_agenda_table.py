"""The chair's agenda table: the columns keep their widths as the day's actual times appear, and long titles
wrap to two lines, set in under their session, whole in the tooltip."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.agenda.helpers import at, open_chair_page
from ui.agenda.table_model import ACTUAL_COLUMN, ITEM_COLUMN, PLANNED_COLUMN, PROJECTED_COLUMN, TITLE_LINES


def widths(table) -> list[int]:
    return [table.columnWidth(column) for column in (PLANNED_COLUMN, ACTUAL_COLUMN, PROJECTED_COLUMN, ITEM_COLUMN)]


def test_the_columns_keep_their_widths_when_actual_times_appear(qtbot, demo_path):
    # GIVEN the chair's page before the day starts: no actual time anywhere
    page, clock = open_chair_page(qtbot, demo_path, "08:55")
    qtbot.waitExposed(page)
    table = page.table
    before = widths(table)
    # WHEN the opening starts late, ends, an item is skipped and another ends after its time
    clock.set(at("09:02"))
    page.act(page.chair.start)
    clock.set(at("09:31"))
    page.act(page.chair.end)
    page.act(page.chair.skip)
    clock.set(at("09:32"))
    page.act(page.chair.start)
    clock.set(at("10:47"))
    page.act(page.chair.next_item)
    page.live.tick()
    qtbot.wait(20)
    model = page.model
    actual = [model.index(row, ACTUAL_COLUMN).data() for row in range(model.rowCount())]
    assert "09:02–09:31" in actual and "skipped" in actual
    # THEN no column moved: the times had their room from the start
    assert widths(table) == before


def test_long_titles_take_two_lines_set_in_under_their_session_and_are_whole_in_the_tooltip(qtbot, demo_path):
    page, clock = open_chair_page(qtbot, demo_path, "08:55")
    qtbot.waitExposed(page)
    table, model = page.table, page.model
    metrics = table.fontMetrics()
    width = table.columnWidth(ITEM_COLUMN)
    wrapped = 0
    for row in range(model.rowCount()):
        index = model.index(row, ITEM_COLUMN)
        title = model.item_at(row).title
        lines = metrics.boundingRect(QRect(0, 0, width - 30, 10_000), Qt.TextFlag.TextWordWrap, title).height() \
            // metrics.lineSpacing()
        height = table.rowHeight(row)
        # a title that needs two lines gets them; a longer one stops at two, and the tooltip has it whole
        assert height >= min(lines, TITLE_LINES) * metrics.lineSpacing(), title
        assert height <= TITLE_LINES * metrics.lineSpacing() + 16, title
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)
        wrapped += lines > 1
    assert wrapped >= 5  # the demo's titles are long: the test saw some wrap
    # an item of a session is set in, on every line of its title
    child = next(row for row in range(model.rowCount()) if model.item_at(row).parent_id)
    session = next(row for row in range(model.rowCount()) if model.item_at(row).kind == "session")
    delegate = table.itemDelegate()
    child_option, session_option = option_for(table, child), option_for(table, session)
    child_drawn = delegate.set_in(child_option, model.index(child, ITEM_COLUMN))
    session_drawn = delegate.set_in(session_option, model.index(session, ITEM_COLUMN))
    assert child_drawn.rect.left() > session_drawn.rect.left() == session_option.rect.left()


def option_for(table, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(table.model().index(row, ITEM_COLUMN))
    return option


def test_on_a_1280x720_laptop_the_table_gives_way_and_the_chairs_controls_stay_whole(qtbot, demo_path, artifacts):
    from models.ground.clock import FakeClock
    from ui.app import create_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    # GIVEN the chair's page in a window the size of a 1280×720 laptop's screen, the day running late
    create_application()
    clock = FakeClock(at("09:02"))
    context = AppContext(str(demo_path), clock=clock)
    context.open(str(demo_path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 720)
    page = window.show_page("agenda")
    qtbot.waitExposed(window)
    page.act(page.chair.start)
    clock.set(at("11:40"))
    page.live.tick()
    page.show_error("A sentence the chair must read, as long as they come: the control did not apply now.")
    qtbot.wait(50)
    # THEN the table gave way (it is shorter than it would like, and scrolls) but shows the running item
    assert page.table.height() < page.table.sizeHint().height() or page.table.verticalScrollBar().isVisible()
    running = page.model.current_row()
    assert page.table.viewport().rect().intersects(page.table.visualRect(page.model.index(running, 0)))
    # AND the big controls, the message field and the options are whole and inside the window
    for widget in (page.start_button, page.end_button, page.next_button, page.message_text, page.chime_check,
                   page.seats_spin, page.hide_message_button, page.error_label):
        inside = widget.mapTo(window, widget.rect().topLeft()), widget.mapTo(window, widget.rect().bottomRight())
        assert all(window.rect().contains(corner) for corner in inside), widget
        assert widget.height() >= widget.minimumSizeHint().height()
    assert page.start_button.height() >= 48
    # AND the miniature kept the display's shape
    assert abs(page.miniature.width() / page.miniature.height() - 16 / 9) < 0.02
    window.grab().save(str(artifacts / "agenda-1280x720-late.png"))

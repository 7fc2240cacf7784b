"""The registration desk: one field for scans and names, one large answer, live counters.

Everything that decides lives in models; this page asks its desk source (the event file,
or a server with the desk's offline copy behind it) and shows and plays what it answers.
A check-in runs on the GUI thread on purpose: it takes a few milliseconds, and keeping
it in line with the key events means the keys of the next scan wait in order.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.checkin.desk_day import DayConfirmed
from models.checkin.desk_input import is_scan
from models.checkin.practice import PracticeDesk, RecordingDesk, opens_in_practice
from models.checkin.service import CheckInResult, Outcome, local_time
from models.ground.audit import at_desk
from models.ground.clock import as_utc
from models.ground.days import day_name, day_with_date
from models.ground.entities import Day
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from models.ground.names import stored_name
from models.ground.settings import DESK_NAME, DESK_OPERATOR
from models.participants.entities import Participant
from models.participants.queries import participants_by_id
from models.participants.search import Hit
from ui.context import AppContext
from ui.desk.answer import (
    Answer,
    Offer,
    ago,
    answer_for,
    not_checked_in,
    practice_ended,
    practice_started,
    ready,
    searching,
    undone,
)
from ui.desk.camera import CameraSource, FrameScanner, default_camera
from ui.desk.counters import CountersPanel
from ui.desk.day_box import DayBox
from ui.desk.dialogs import IdentityDialog, UndoDialog, WalkInDialog, organiser_refuses
from ui.desk.link_note import LinkNote
from ui.desk.practice import PracticeBand, confirm_leaving_practice
from ui.desk.result_panel import ResultPanel
from ui.desk.scan_field import ScanField
from ui.desk.search_index import IndexKeeper
from ui.desk.search_model import NAME, SearchResultsModel
from ui.desk.sounds import DeskSounds
from ui.widgets import page_title

SEARCH_DELAY_MS = 80  # longer than a scanner takes for a whole code: scans never trigger a search
COUNTS_DELAY_MS = 150  # a burst of arrivals refreshes the counters once
COUNTS_EVERY_MS = 3000  # other desks check people in too (on a server)
LINK_EVERY_MS = 250  # how soon the note beside the answer follows the server going or coming back
SEARCH_LIMIT = 30


@dataclass(frozen=True)
class DeskState:
    day: Day | None
    day_confirmed: DayConfirmed | None
    typed: str
    last_result: CheckInResult | None
    answer_again: Callable[[], Answer]
    camera_on: bool
    recorder: RecordingDesk  # a practice goes on in the other language, with what it did so far


class DeskPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.source = context.desk_source
        self.current_event = context.current_event  # not `self.event`: that would hide QWidget.event()
        self.search_index = IndexKeeper(self.current_event, self.source.read, self)
        # On a date that is not a day of the event the desk practises: nothing it does is recorded
        self.recorder = (PracticeDesk if opens_in_practice(self.current_event, context.clock) else RecordingDesk)(
            self.current_event)
        self.last_result: CheckInResult | None = None
        self.answer_again: Callable[[], Answer] = ready  # makes the answer shown again, in another language too
        self.started_at = context.clock.now()  # check-ins before this were made before a restart
        self.camera: CameraSource | None = None
        self.sounds = DeskSounds(self)
        self.frame_scanner = FrameScanner(self)
        self.frame_scanner.scanned.connect(lambda text: self.scan(text, method="camera"))
        self.search_timer = self._timer(SEARCH_DELAY_MS, self.run_search)
        self.counts_timer = self._timer(COUNTS_DELAY_MS, self.refresh_counts)
        self.follow_timer = self._repeating(COUNTS_EVERY_MS, self.refresh_counts)
        self.link_timer = self._repeating(LINK_EVERY_MS, self.show_link)
        self.build()
        self.on_day_changed()
        self.show_identity()
        if self.recorder.practice:
            self.day_box.practise_on_a_day()
        self.show_practice()
        self.show_answer(partial(ready, self.recorder.practice))
        context.listen_while_shown(self, self.on_data_changed)

    def _timer(self, milliseconds: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(slot)
        return timer

    def _repeating(self, milliseconds: int, slot) -> QTimer:
        """Runs while the page is shown (started and stopped with it)."""
        timer = self._timer(milliseconds, slot)
        timer.setSingleShot(False)
        return timer

    # --- building ------------------------------------------------------------------

    def build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        header = QHBoxLayout()
        header.addWidget(page_title(self.tr("Registration desk")))
        header.addStretch(1)
        self.camera_toggle = self._button(self.tr("Camera"), self.toggle_camera)
        self.camera_toggle.setCheckable(True)
        self.camera_toggle.setVisible(default_camera() is not None)
        header.addWidget(self.camera_toggle)
        header.addWidget(self._button(self.tr("Walk-in (F2)"), self.register_walk_in))
        undo = self._button(self.tr("Undo (Ctrl+Z)"), self.undo_last)
        undo.setToolTip(self.tr("Take back one of this desk's check-ins, after saying whose and why"))
        header.addWidget(undo)
        layout.addLayout(header)
        self.practice_band = PracticeBand()
        self.practice_band.leave_requested.connect(self.leave_practice)
        layout.addWidget(self.practice_band)

        where = QHBoxLayout()
        self.day_box = DayBox(self.context, self.source.read)
        self.day_box.changed.connect(self.on_day_changed)
        where.addWidget(self.day_box)
        where.addStretch(1)
        self.identity = QLabel()
        self.identity.setStyleSheet("font-size: 13pt;")
        self.identity.setWordWrap(True)  # a long desk or operator name wraps rather than widening the window
        self.identity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        where.addWidget(self.identity)
        where.addWidget(self._button(self.tr("Change…"), self.ask_identity))
        layout.addLayout(where)

        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a badge, or type a name or number"))
        self.scan_field.setStyleSheet("font-size: 20pt; padding: 8px;")
        self.scan_field.textEdited.connect(lambda _text: self.search_timer.start())
        self.scan_field.textChanged.connect(lambda text: text or self.clear_search())
        self.scan_field.submitted.connect(self.on_submitted)
        self.scan_field.selection_moved.connect(self.move_selection)
        self.scan_field.undo_requested.connect(self.undo_last)
        layout.addWidget(self.scan_field)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        answer = QVBoxLayout()
        answer.setSpacing(8)
        self.result_panel = ResultPanel()
        self.result_panel.offer_taken.connect(self.take_offer)
        answer.addWidget(self.result_panel, 1)
        self.link_note = LinkNote()
        answer.addWidget(self.link_note)
        middle.addLayout(answer, 1)
        self.side = QWidget()  # shown while searching or with the camera on; else the answer takes the width
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedHeight(220)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #10161c; color: white;")
        self.preview.hide()
        side.addWidget(self.preview)
        self.results = SearchResultsModel(self.current_event, self.source.read, self)
        self.results.statuses_of = self.recorder.statuses
        self.table = QTableView()
        self.table.setObjectName("search-results")
        self.table.setModel(self.results)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the scan field move the selection
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("font-size: 13pt;")
        self.table.verticalHeader().setDefaultSectionSize(34)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.check_in_hit(self.results.hit_at(index.row())))
        self.search_hint = QLabel()
        self.search_hint.setStyleSheet("font-size: 13pt; color: #455a64;")
        self.search_hint.setWordWrap(True)
        self.table.hide()  # until something is typed
        side.addWidget(self.table, 1)
        side.addWidget(self.search_hint)
        side.addStretch(0)
        middle.addWidget(self.side, 1)
        self.side.hide()
        layout.addLayout(middle, 1)

        self.counters = CountersPanel()
        layout.addWidget(self.counters)

        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_last), (QKeySequence("F2"), self.register_walk_in),
                           (QKeySequence("F4"), lambda: self.take_offer(Offer.CHECK_IN_ANYWAY)),
                           (QKeySequence("F5"), lambda: self.take_offer(Offer.PRINT_BADGE))):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.clicked.connect(slot)
        return button

    @property
    def day(self) -> Day | None:
        return self.day_box.day

    # --- who is at the desk ----------------------------------------------------------

    @property
    def desk(self) -> str:
        return stored_name(self.context.settings.value_of(DESK_NAME))

    @property
    def operator(self) -> str:
        return stored_name(self.context.settings.value_of(DESK_OPERATOR))

    def show_identity(self) -> None:
        if self.desk:
            self.identity.setText(self.tr("<b>%1</b> · %2").replace("%1", escape(self.desk))
                                  .replace("%2", escape(self.operator)))
        else:
            self.identity.setText(self.tr("No desk name yet"))

    def ask_identity(self) -> None:
        """Open (without blocking) the dialog for the desk's name and operator."""
        if self.findChild(IdentityDialog):
            return
        dialog = IdentityDialog(self.desk, self.operator, self)
        dialog.accepted.connect(lambda: self.remember_identity(dialog.desk.text(), dialog.operator.text()))
        dialog.finished.connect(lambda _result: (dialog.deleteLater(), self.scan_field.setFocus()))
        dialog.open()

    def ask_identity_now(self) -> bool:
        """Ask for the desk's name before a check-in (the question put aside at the start is put again)."""
        for waiting in self.findChildren(IdentityDialog):
            waiting.reject()
        dialog = IdentityDialog(self.desk, self.operator, self)
        if dialog.exec():
            self.remember_identity(dialog.desk.text(), dialog.operator.text())
        dialog.deleteLater()
        return bool(self.desk)

    def remember_identity(self, desk: str, operator: str) -> None:
        self.context.settings.put(DESK_NAME, stored_name(desk))
        self.context.settings.put(DESK_OPERATOR, stored_name(operator))
        self.context.settings.sync()
        self.show_identity()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan_field.setFocus()
        if not self.desk or not self.operator:
            QTimer.singleShot(0, self, self.ask_identity)  # once the window is up; never after the page is gone
        if self.search_index.ready is None:
            self.search_index.refresh()  # ready before the first name is typed
        if self.camera_toggle.isChecked():
            self.start_camera()
        if self.source.link() is not None:
            self.follow_timer.start()
            self.link_timer.start()
            self.show_link()

    def hideEvent(self, event) -> None:
        self.stop_camera()
        self.follow_timer.stop()
        self.link_timer.stop()
        super().hideEvent(event)

    # --- the day and the counters --------------------------------------------------

    def on_day_changed(self) -> None:
        self.result_panel.set_notice(self.notice())
        self.show_answer(partial(ready, self.recorder.practice))
        self.results.show(self.results.rows, self.day)
        self.refresh_counts()
        self.scan_field.setFocus()

    def notice(self) -> str:
        """Said above every answer: the day, while it is not today (a practice says itself on its band)."""
        return "" if self.recorder.practice else self.day_box.not_today_notice()

    def refresh_counts(self) -> None:
        if self.day is not None:
            try:
                counts = self.source.read(self.recorder.counts, self.day)
            except BelvedereError:
                return  # offline with no copy yet: the counters keep what they last showed
            self.counters.show_counts(counts, day_name(self.day, current_language()))

    def show_link(self) -> None:
        """The note beside the answer: where answers come from now (on a server)."""
        self.link_note.show_link(self.source.link())

    def on_data_changed(self, topic: str) -> None:
        if topic == "event":  # the days may have moved (the event moved to today)
            self.day_box.follow_days()
        if topic == "participants":
            self.search_index.refresh()
            self.run_search()
        if topic in ("participants", "checkins"):
            self.results.refresh_statuses()
            self.counts_timer.start()

    # --- search ----------------------------------------------------------------------

    def run_search(self) -> list[Hit]:
        self.search_timer.stop()
        text = self.scan_field.text()
        if not text.strip():
            self.clear_search()
            return []
        index = self.search_index.index()
        found = index.hits(text, SEARCH_LIMIT)
        self.results.show(found, self.day, index.namesake_ids)
        self.show_answer(partial(searching, self.recorder.practice))
        self.table.show()
        self.update_side()
        if found:
            self.table.selectRow(0)
            self.search_hint.setText(self.tr("↑ ↓ choose · Enter checks in · Esc clears"))
        else:
            self.search_hint.setText(self.tr("No one matches “%1”. Check the spelling, try part of the family "
                                             "name or the number, or register a walk-in (F2).").replace("%1", text))
        return found

    def clear_search(self) -> None:
        self.search_timer.stop()
        if self.result_panel.answer == searching(self.recorder.practice):
            self.show_answer(ready)
        self.results.show([], self.day)
        self.search_hint.setText("")
        self.table.hide()
        self.update_side()

    def update_side(self) -> None:
        self.side.setVisible(self.table.isVisibleTo(self.side) or self.preview.isVisibleTo(self.side))

    def move_selection(self, step: int) -> None:
        rows = self.results.rowCount()
        if rows:
            current = self.table.currentIndex().row()
            self.table.selectRow(max(0, min(rows - 1, current + step)))

    def selected_hit(self) -> Hit | None:
        return self.results.hit_at(self.table.currentIndex().row())

    # --- checking in -------------------------------------------------------------------

    def on_submitted(self, text: str, typing_seconds: float) -> None:
        if is_scan(text, typing_seconds):
            self.clear_search()
            self.scan(text, method="scan")
            return
        if self.search_timer.isActive():
            # Enter came before the list caught up with the typing: check in only an unambiguous match.
            found = self.run_search_for(text)
            if len(found) != 1:
                return
        hit = self.selected_hit()
        if hit is None:
            self.restore(text)
            return
        self.check_in_hit(hit)

    def run_search_for(self, text: str) -> list[Hit]:
        self.restore(text)
        return self.run_search()

    def restore(self, text: str) -> None:
        """Put the typed name back, for correcting it or choosing from the list."""
        self.scan_field.setText(text)

    def ready_to_check_in(self) -> bool:
        """The desk has a name and a day it means to work on (asked here if need be); else the answer says why."""
        if not self.desk and not self.ask_identity_now():
            self.show_refusal(self.tr("Give this desk its name and yours first (Change… at the top), then scan "
                                      "again."))
            return False
        if not self.day_box.ready_for_check_in(practice=self.recorder.practice):
            self.show_refusal(self.tr("Choose the day this desk works on (Change day… at the top), then scan again.")
                              if self.day_box.days else self.tr("This event has no days yet: add them on the Event "
                                                                "page."))
            return False
        return True

    def show_refusal(self, reason: str) -> None:
        self.result_panel.set_notice(self.notice())
        self.show_answer(partial(not_checked_in, reason, self.recorder.practice))
        self.sounds.play(self.result_panel.answer.tone)
        self.scan_field.setFocus()

    def scan(self, text: str, method: str) -> None:
        if not self.ready_to_check_in():
            return
        self.check(text, method=method)

    def check(self, scanned: str | Participant, **options) -> None:
        """Ask and paint the answer to this scan; whatever fails, never leave the previous person's answer up.

        On the day the desk's source records it (the file, or the server with the offline copy behind it); in
        practice nothing is recorded, and the source only answers the practising desk's reads."""
        who = dict(day=self.day, desk=self.desk, operator=self.operator)
        try:
            if self.recorder.practice:
                result = self.source.read(partial(self.recorder.check_in, scanned, clock=self.context.clock, **who,
                                                  **options))
            else:
                result = self.source.check(scanned, **who, **options)
        except BelvedereError as error:
            result = CheckInResult(Outcome.NOT_SAVED, self.day, problem=str(error))
        self.present(result)
        self.show_link()

    def check_in_hit(self, hit: Hit | None) -> None:
        if hit is not None:
            try:
                person = self.source.read(participants_by_id, [hit.participant_id])[0]
            except BelvedereError as error:
                self.present(CheckInResult(Outcome.NOT_SAVED, self.day, problem=str(error)))
                return
            self.check_in_person(person)

    def check_in_person(self, participant: Participant, anyway: bool = False) -> None:
        if not self.ready_to_check_in():
            return
        self.scan_field.clear()
        self.clear_search()
        self.check(participant, method="manual" if anyway else "search", anyway=anyway)

    def show_answer(self, make: Callable[[], Answer]) -> Answer:
        self.answer_again = make
        answer = make()
        self.result_panel.show_answer(answer)
        return answer

    def show_follow_up(self, sentence: str) -> None:
        """What became of an offer taken, below the answer it was offered on."""
        answer_again = self.answer_again
        self.show_answer(lambda: replace(answer_again(), follow_up=sentence))

    def present(self, result: CheckInResult, walk_in: bool = False) -> None:
        self.last_result = result
        person = result.participant
        event, desk = self.current_event, self.desk
        shares_name = person is not None and self.search_index.shares_name(person.id)
        self.result_panel.set_notice(self.notice())
        answer = self.show_answer(lambda: answer_for(event, result, desk, walk_in=walk_in, shares_name=shares_name))
        self.result_panel.repaint()  # on screen now: the rest of the window hears of it afterwards
        self.sounds.play(answer.tone)
        self.scan_field.setFocus()
        if result.checked_in:
            self.after_check_in(walk_in)

    def after_check_in(self, walk_in: bool = False) -> None:
        """The other pages hear of what was recorded, once the answer is painted; a practice only moves this
        desk's counters and list."""
        if self.recorder.practice:
            self.results.refresh_statuses()
            self.counts_timer.start()
            return
        self.context.notify_soon(*(("participants", "checkins") if walk_in else ("checkins",)))

    def take_offer(self, offer: Offer) -> None:
        result, answer = self.last_result, self.result_panel.answer
        if result is None or result.participant is None or answer is None or offer not in answer.offers:
            return
        if offer is Offer.CHECK_IN_ANYWAY:
            refusal = organiser_refuses(self, self.current_event, self.context.clock)
            if refusal:
                self.show_follow_up(refusal)
            else:
                self.check_in_person(result.participant, anyway=True)
        elif offer is Offer.PRINT_BADGE:
            self.print_badge(result.participant)
        self.scan_field.setFocus()

    # --- walk-ins, badges, undo ----------------------------------------------------------

    def register_walk_in(self) -> None:
        if not self.ready_to_check_in():
            return
        refused = self.source.walk_in_refused(self.day)
        if refused is not None:
            self.present(refused)
            return
        dialog = WalkInDialog(self.current_event, self)
        while dialog.exec():
            try:
                if self.recorder.practice:
                    result = self.source.read(partial(self.recorder.walk_in, dialog.details(), self.day,
                                                      desk=self.desk, operator=self.operator, clock=self.context.clock))
                else:
                    result = self.source.walk_in(dialog.details(), self.day, desk=self.desk, operator=self.operator)
            except BelvedereError as error:
                dialog.show_problem(str(error))
                continue
            self.present(result, walk_in=True)
            break
        self.scan_field.setFocus()

    def print_badge(self, participant: Participant) -> None:
        from ui.desk.badge_printing import print_walk_in_badge  # reportlab and the printers load with the first badge

        sentence = print_walk_in_badge(self, self.context.settings, participant, at_desk(self.operator),
                                       self.context.clock)
        self.show_follow_up(sentence)
        self.context.notify_soon("badges")

    def undo_last(self) -> None:
        try:
            record = self.source.read(self.recorder.last_check_in_at, self.desk, self.day) if self.day else None
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Undo"), str(error))
            return
        if record is None:
            QMessageBox.information(self, self.tr("Undo"), self.tr("This desk has no check-in to undo on this day."))
            self.scan_field.setFocus()
            return
        participant = record.participant
        when = self.tr("%1 at %2, %3").replace("%1", day_name(record.day, current_language())).replace(
            "%2", f"{local_time(self.current_event, record.at):%H:%M}").replace(
            "%3", ago(self.context.clock.now() - as_utc(record.at)))
        dialog = UndoDialog(participant, when, as_utc(record.at) < as_utc(self.started_at), self)
        if dialog.exec():
            try:
                if self.recorder.practice:
                    self.recorder.void(record, dialog.reason_text(), operator=self.operator, clock=self.context.clock)
                else:
                    self.source.undo(record, dialog.reason_text(), operator=self.operator)
            except BelvedereError as error:
                QMessageBox.warning(self, self.tr("The check-in was not undone"), str(error))
            else:
                self.show_answer(partial(undone, participant, dialog.reason_text(), self.recorder.practice))
                self.after_check_in()
        self.scan_field.setFocus()

    # --- practice ----------------------------------------------------------------------

    def show_practice(self) -> None:
        self.practice_band.setVisible(self.recorder.practice)

    def set_recorder(self, recorder: RecordingDesk) -> None:
        self.recorder = recorder
        self.result_panel.set_notice(self.notice())
        self.results.statuses_of = recorder.statuses
        self.last_result = None
        self.show_practice()
        self.results.refresh_statuses()
        self.refresh_counts()
        self.scan_field.setFocus()

    def start_practice(self) -> None:
        """Desk ▸ Practice: train volunteers on the day's list; nothing is recorded until practice is left."""
        if self.recorder.practice:
            return
        self.set_recorder(PracticeDesk(self.current_event))
        self.day_box.practise_on_a_day()
        self.show_answer(practice_started)

    def leave_practice(self) -> None:
        """Explicit, and said: from now on the desk records."""
        day = self.day
        if day is not None and confirm_leaving_practice(self, day_with_date(day, current_language())):
            self.day_box.confirm_day()  # the question named the day: the desk said it works on it
            self.set_recorder(RecordingDesk(self.current_event))
            self.show_answer(partial(practice_ended, day))
        self.scan_field.setFocus()

    # --- another language ------------------------------------------------------------------

    def carried_state(self) -> DeskState:
        """What the desk showed, for the desk built again in another language (the answer is said again in it)."""
        return DeskState(self.day_box.day, self.day_box.confirmed, self.scan_field.text(), self.last_result,
                         self.answer_again, self.camera_toggle.isChecked(), self.recorder)

    def take_state(self, state: DeskState) -> None:
        self.day_box.take_day(state.day, state.day_confirmed)
        self.set_recorder(state.recorder)
        self.scan_field.setText(state.typed)
        self.last_result = state.last_result
        self.show_answer(state.answer_again)
        self.camera_toggle.setChecked(state.camera_on and self.camera_toggle.isVisible())

    # --- camera --------------------------------------------------------------------------

    def toggle_camera(self) -> None:
        if self.camera_toggle.isChecked():
            self.start_camera()
        else:
            self.stop_camera()
        self.scan_field.setFocus()

    def start_camera(self) -> None:
        if self.camera is None:
            device = default_camera()
            if device is None:
                self.camera_toggle.setChecked(False)
                return
            self.camera = CameraSource(device, self)
            self.camera.frame.connect(self.on_camera_frame)
            self.camera.failed.connect(self.on_camera_failed)
        self.preview.setText(self.tr("Starting the camera…"))
        self.preview.show()
        self.update_side()
        self.camera.start()

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.preview.hide()
        self.update_side()

    def on_camera_frame(self, image) -> None:
        ratio = self.preview.devicePixelRatioF()  # scaled to the screen's own pixels, not upscaled from fewer
        picture = QPixmap.fromImage(image).scaled(self.preview.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation)
        picture.setDevicePixelRatio(ratio)
        self.preview.setPixmap(picture)
        self.frame_scanner.feed(image)

    def on_camera_failed(self, message: str) -> None:
        self.stop_camera()
        self.camera_toggle.setChecked(False)
        QMessageBox.warning(self, self.tr("The camera cannot be used"),
                            self.tr("%1\nScan with the scanner or type the name.").replace("%1", message))

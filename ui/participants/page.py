"""The participants page: everyone registered, searched and filtered; add, edit, delete, reprint, import; the quota."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.badges.reprint import reprint_badge
from models.checkin.deleting import HasCheckIns, delete_participant
from models.checkin.history import participant_history
from models.event.privacy import personal_data_file_name
from models.ground.audit import CHAIR, COMMAND_LINE, DESK, ORGANISER, Actor, organiser
from models.ground.clock import utc_to_local, venue_zone
from models.ground.days import day_name, event_days
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language
from models.participants.delegations import event_delegations
from models.participants.entities import Participant
from models.participants.exporting import export_participants
from models.participants.queries import participant_by_id
from models.participants.roles import event_roles
from ui.context import AppContext
from ui.participants.import_wizard import ImportWizard
from ui.participants.person_dialog import ParticipantDialog
from ui.participants.quota_view import QuotaView
from ui.participants.table_model import NO_DELEGATION, PARTICIPANT_ROLE, ParticipantFilter, ParticipantTableModel
from ui.widgets import hint, page_layout

EXPORT_FILTER = QT_TRANSLATE_NOOP("ParticipantsPage", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)")


def wrapping_list() -> QListWidget:
    """A list whose long lines wrap to the list's width rather than scroll sideways."""
    entries = QListWidget()
    entries.setWordWrap(True)
    entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    entries.setMinimumHeight(72)  # three lines at least
    return entries


class PersonPanel(QWidget):
    """The selected person: who they are, their check-ins and their audit trail."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_ins = wrapping_list()
        self.history = wrapping_list()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.reprint_button = QPushButton(self.tr("&Reprint badge"))
        header = QHBoxLayout()  # the buttons beside the name: never over the lines below it
        header.addWidget(self.name, 1)
        for button in (self.edit_button, self.delete_button, self.reprint_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        arrivals = QVBoxLayout()
        caption = QLabel(self.tr("Check-ins"))
        self.captions_height = caption.sizeHint().height()
        arrivals.addWidget(caption)
        arrivals.addWidget(self.check_ins, 1)
        changes = QVBoxLayout()
        changes.addWidget(QLabel(self.tr("Changes")))
        changes.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.facts, 3, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(arrivals, 3)
        columns.addLayout(changes, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        self.show_person(None, None)

    def fit_height(self) -> None:
        """Tall enough for every line about the person at the panel's width: the list above gives way."""
        layout = self.layout()
        margins = layout.contentsMargins()
        header = max(self.name.heightForWidth(self.name.width()), self.edit_button.sizeHint().height())
        lists = self.captions_height + layout.spacing() + self.check_ins.minimumHeight()
        below = max(self.facts.heightForWidth(self.facts.width()), lists)
        self.setMinimumHeight(margins.top() + header + layout.spacing() + below + margins.bottom())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def show_person(self, participant: Participant | None, event) -> None:
        self.check_ins.clear()
        self.history.clear()
        if participant is None:
            self.name.setText(self.tr("Nobody selected"))
            self.facts.setText(self.tr("Choose a person in the list to see their check-ins and changes."))
            self.fit_height()
            return
        zone = venue_zone(event.timezone)
        self.name.setText(f"{participant.full_name}  ·  {participant.number}")
        lines = [participant.organisation,
                 participant.delegation_and_role(),
                 " · ".join(part for part in (participant.email, participant.phone) if part),
                 self.tr("Badge version %1").replace("%1", str(participant.badge_version))]
        self.facts.setText("\n".join(line for line in lines if line))
        history = participant_history(participant)
        for check_in in history.check_ins:
            local = utc_to_local(check_in.at, zone)
            text = f"{day_name(check_in.day, current_language())}  {local:%d.%m.%Y %H:%M}  ·  {check_in.desk or '—'}  ·  " \
                   f"{check_in.method}"
            item = QListWidgetItem(text)
            if check_in.voided_at:
                item.setText(text + "  " + self.tr("(undone: %1)").replace("%1", check_in.void_reason or "—"))
                item.setForeground(Qt.GlobalColor.gray)
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.check_ins.addItem(item)
        if not history.check_ins:
            self.check_ins.addItem(self.tr("Not checked in yet."))
        for entry in history.audit:
            fields = entry.details.get("fields")
            detail = f" ({', '.join(fields)})" if fields else ""
            by = self.actor_text(entry.by)
            actor = f"  ·  {by}" if by else ""
            self.history.addItem(f"{utc_to_local(entry.at, zone):%d.%m.%Y %H:%M}  {entry.action}{detail}{actor}")
        if not history.audit:
            self.history.addItem(self.tr("No recorded changes."))
        self.fit_height()

    def actor_text(self, actor: Actor) -> str:
        """Who made a change, in the window's language: "desk: Ana", "organiser: jdoe", "chair"."""
        roles = {DESK: self.tr("desk"), ORGANISER: self.tr("organiser"), CHAIR: self.tr("chair"),
                 COMMAND_LINE: self.tr("command line")}
        role = roles.get(actor.role, "")
        return f"{role}: {actor.name}" if role and actor.name else role or actor.name


class ParticipantsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.current_event = context.current_event
        layout = page_layout(self, self.tr("Participants"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, organisation or number — any script"))
        self.search.setClearButtonEnabled(True)
        self.delegation_filter = QComboBox()
        self.role_filter = QComboBox()
        self.status_filter = QComboBox()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.add_button, self.import_button, self.export_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.summary = hint("")
        self.summary.setWordWrap(False)
        filters = QHBoxLayout()
        for combo in (self.delegation_filter, self.role_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.model = ParticipantTableModel(self.current_event, self)
        self.proxy = ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # The model sorts itself (a header click), keeping the choice when it reloads.
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.sort_by)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # fit the columns to the first rows, not to ten thousand
        header.setStretchLastSection(True)
        self.panel = PersonPanel()
        self.edit_button, self.delete_button = self.panel.edit_button, self.panel.delete_button
        self.reprint_button = self.panel.reprint_button
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 170])
        self.quota = QuotaView(self.current_event)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("People"))
        self.tabs.addTab(self.quota, self.tr("Funded quota"))
        self.tabs.setCornerWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.fill_filters()
        self.fit_columns()
        self.search.textChanged.connect(lambda text: self.apply_filters())
        for combo in (self.delegation_filter, self.role_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.reprint_button.clicked.connect(self.reprint)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.add_shortcut(QKeySequence.StandardKey.Find, self.search.setFocus)
        self.add_shortcut(QKeySequence("Ctrl+N"), self.add_person)
        self.add_shortcut(QKeySequence(Qt.Key.Key_Delete), self.delete_person, self.table)
        self.add_shortcut(QKeySequence(Qt.Key.Key_Return), self.edit_person, self.table)
        self.search.returnPressed.connect(self.focus_first_row)
        context.listen_while_shown(self, self.on_data_changed)
        self.selection_changed()
        self.update_summary()


    def carried_state(self) -> str:
        """What was searched, for the page built again in another language."""
        return self.search.text()

    def take_state(self, searched: str) -> None:
        self.search.setText(searched)

    def add_shortcut(self, sequence, slot, widget: QWidget | None = None) -> None:
        action = QAction(self)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (widget or self).addAction(action)

    # --- filters -------------------------------------------------------------

    def fill_filters(self) -> None:
        self.delegation_filter.clear()
        self.delegation_filter.addItem(self.tr("Every delegation"), None)
        for delegation in event_delegations(self.current_event):
            self.delegation_filter.addItem(delegation.name, delegation.id)
        self.delegation_filter.addItem(self.tr("No delegation"), NO_DELEGATION)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("Every role"), None)
        for role in event_roles(self.current_event):
            self.role_filter.addItem(role.name, role.id)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Arrived or not"), None)
        for day in event_days(self.current_event):
            label = day_name(day, current_language())
            self.status_filter.addItem(self.tr("Arrived on %1").replace("%1", label), (day.number, True))
            self.status_filter.addItem(self.tr("Not arrived on %1").replace("%1", label), (day.number, False))

    def apply_filters(self) -> None:
        self.proxy.set_filters(self.search.text(), self.delegation_filter.currentData(),
                               self.role_filter.currentData(), self.status_filter.currentData())
        self.update_summary()

    def focus_first_row(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((1, 160), (2, 170), (3, 210), (4, 230), (5, 260)):
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def sort_by(self, column: int, order) -> None:
        chosen = self.selected()
        self.model.sort(column, order)
        if chosen is not None:
            self.select_participant(chosen.id)

    # --- selection -----------------------------------------------------------

    def selected(self) -> Participant | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return participant_by_id(self.proxy.data(rows[0], PARTICIPANT_ROLE).id)

    def select_participant(self, participant_id: int) -> None:
        row = self.model.row_of(participant_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def selection_changed(self) -> None:
        participant = self.selected()
        for button in (self.edit_button, self.delete_button, self.reprint_button):
            button.setEnabled(participant is not None)
        self.panel.show_person(participant, self.current_event)

    def update_summary(self) -> None:
        rows = self.model.rows
        funded = sum(1 for p in rows if p.funded)
        delegations = len({p.delegation_id for p in rows if p.delegation_id})
        text = (self.tr("%n participants, %1 funded, from %2 delegations.", "", len(rows))
                .replace("%1", str(funded)).replace("%2", str(delegations)))
        if self.proxy.rowCount() != len(rows):
            text += " " + self.tr("Showing %1.").replace("%1", str(self.proxy.rowCount()))
        self.summary.setText(text)

    def on_data_changed(self, topic: str) -> None:
        if topic not in ("participants", "checkins", "event", "badges"):
            return
        chosen = self.selected()
        if topic == "event":
            self.current_event = self.context.current_event
            self.model.current_event = self.quota.model.current_event = self.current_event
            self.fill_filters()
        self.model.reload()
        self.quota.reload()
        if chosen is not None:
            self.select_participant(chosen.id)
        self.selection_changed()
        self.update_summary()

    # --- actions -------------------------------------------------------------

    def add_person(self) -> None:
        dialog = ParticipantDialog(self.current_event, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.context.notify("participants")
            self.select_participant(dialog.saved.id)

    def edit_person(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        dialog = ParticipantDialog(self.current_event, participant, self)
        if dialog.exec():
            self.context.notify("participants")

    def delete_person(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        question = self.tr("Delete %1 (%2)? This cannot be undone.") \
            .replace("%1", participant.full_name).replace("%2", str(participant.number))
        if QMessageBox.question(self, self.tr("Delete participant"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_participant(participant, actor=organiser())
        except HasCheckIns as checked_in:
            warning = self.tr("%1 has already checked in (%n check-ins). Deleting also removes them from the "
                              "attendance. Delete only if this person was registered by mistake.", "",
                              checked_in.count).replace("%1", participant.full_name)
            answer = QMessageBox.warning(self, self.tr("This person has checked in"), warning,
                                         QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                                         QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
            delete_participant(participant, actor=organiser(), with_check_ins=True)
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), str(error))
            return
        self.context.notify("participants")
        self.context.notify("checkins")

    def reprint(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        try:
            reprint_badge(participant, organiser())
        except BelvedereError as error:
            QMessageBox.warning(self, self.tr("Badge not reprinted"), str(error))
            return
        self.context.notify("badges")
        self.context.notify("participants")

    def open_import(self) -> None:
        wizard = ImportWizard(self.current_event, self.context.settings, self, self.context)
        wizard.imported.connect(lambda _plan: self.context.notify("participants"))
        wizard.imported.connect(lambda _plan: self.context.notify("event"))
        wizard.exec()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export participants"),
                                              personal_data_file_name("participants", ".xlsx"),
                                              QCoreApplication.translate("ParticipantsPage", EXPORT_FILTER))
        if not path:
            return
        try:
            count = export_participants(self.current_event, path)
        except (BelvedereError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not exported"), str(error))
            return
        QMessageBox.information(
            self, self.tr("Exported"),
            self.tr("%n participants were exported.\n\nThe file holds personal data (names, e-mails, phone "
                    "numbers): keep it safe and delete it when it is no longer needed.", "", count))


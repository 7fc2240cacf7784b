"""Help ▸ About Belvedere: the version, and every component with its version, licence and sources."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.ground.components import Component, components, licences_folder
from models.ground.version import VERSION
from ui.opening import open_in_its_program
from ui.placement import resize_within_screen


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Belvedere"))
        resize_within_screen(self, QSize(1000, 620))
        title = QLabel(self.tr("Belvedere %1").replace("%1", VERSION))
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        summary = QLabel(self.tr("Runs an event on site: QR-badge check-in, the live agenda timer, badges, "
                                 "sign-in sheets and reports, with no network."))
        summary.setWordWrap(True)
        notice = QLabel(self.tr("Belvedere is built from the components below, each under its own licence. "
                                "Their licence texts are in the folder %1, and the table says where each one's "
                                "sources are. The Qt and FFmpeg libraries can be replaced with versions you "
                                "build yourself.").replace("%1", str(licences_folder())))
        notice.setWordWrap(True)
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listed = components()
        self.table = self.component_table(self.listed)
        self.sources = QLabel()  # the chosen component's sources in full: the column is often too narrow
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_sources(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_texts = buttons.addButton(self.tr("&Open the licence texts"), QDialogButtonBox.ButtonRole.ActionRole)
        open_texts.clicked.connect(lambda: open_in_its_program(self, licences_folder()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, notice, self.table, self.sources, buttons):
            layout.addWidget(widget)
        self.table.setFocus()
        self.table.setCurrentCell(0, 0)

    def show_sources(self, row: int) -> None:
        if 0 <= row < len(self.listed):
            component = self.listed[row]
            self.sources.setText(self.tr("Sources of %1: %2").replace("%1", component.name)
                                 .replace("%2", component.source))

    def component_table(self, listed: list[Component]) -> QTableWidget:
        table = QTableWidget(len(listed), 4)
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence"),
                                         self.tr("Sources")])
        for row, component in enumerate(listed):
            for column, text in enumerate((component.name, component.version, component.licence, component.source)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

"""The Event page's Printing tab: the logos on badges, sheets and certificates, the title in the other
working languages, and who signs the certificates, where and when."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.ground.audit import organiser
from models.ground.branding import (
    MAX_LOGOS,
    CertificateDetails,
    SignatoryDetails,
    add_logo,
    certificate_details,
    event_logos,
    move_logo,
    remove_logo,
    update_certificate_details,
)
from models.ground.errors import BelvedereError
from ui.style import OK_GREEN, REFUSED_RED
from ui.widgets import error_label, hint

SVG_PIXELS = 1500  # an SVG logo becomes a PNG this many pixels on its longer side: sharp at print size
LANGUAGE_NAMES = {
    "sq": QT_TRANSLATE_NOOP("CertificatesForm", "Albanian"),
    "en": QT_TRANSLATE_NOOP("CertificatesForm", "English"),
    "sr": QT_TRANSLATE_NOOP("CertificatesForm", "Serbian"),
    "mk": QT_TRANSLATE_NOOP("CertificatesForm", "Macedonian"),
    "hr": QT_TRANSLATE_NOOP("CertificatesForm", "Croatian"),
    "bs": QT_TRANSLATE_NOOP("CertificatesForm", "Bosnian"),
    "tr": QT_TRANSLATE_NOOP("CertificatesForm", "Turkish"),
    "me": QT_TRANSLATE_NOOP("CertificatesForm", "Montenegrin"),
}


def svg_as_png(data: bytes) -> bytes:
    """An SVG drawn into a transparent PNG (Qt's SVG renderer), or empty bytes when it is not a picture."""
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        return b""
    scale = SVG_PIXELS / max(size.width(), size.height())
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def logo_file_data(path: Path) -> bytes:
    """The PNG to store for a logo file: a PNG as it is, an SVG drawn into one."""
    data = path.read_bytes()
    if path.suffix.lower() == ".svg":
        return svg_as_png(data) or data  # not drawable: stored as is, and refused with the model's sentence
    return data


class LogosEditor(QGroupBox):
    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__(self.tr("Logos on badges, sign-in sheets and certificates (up to %1, in this order)")
                         .replace("%1", str(MAX_LOGOS)), parent)
        self.current_event, self.changed = event, changed
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setIconSize(QSize(180, 60))
        self.list.setFixedHeight(90)  # a row of logos with their names
        self.list.setWrapping(False)
        self.add_button = QPushButton(self.tr("&Add logo…"))
        self.remove_button = QPushButton(self.tr("Remove logo"))
        self.left_button = QPushButton("←")
        self.left_button.setToolTip(self.tr("Print this logo further left"))
        self.right_button = QPushButton("→")
        self.right_button.setToolTip(self.tr("Print this logo further right"))
        buttons = QHBoxLayout()  # the buttons and what to add beside them: the tab fits a 720-pixel laptop
        for button in (self.add_button, self.remove_button, self.left_button, self.right_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addSpacing(12)
        buttons.addWidget(hint(self.tr("PNG or SVG (an SVG is turned into a sharp PNG when added). A logo with a "
                                       "transparent background prints best.")), 1)
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.left_button.clicked.connect(lambda: self.move(-1))
        self.right_button.clicked.connect(lambda: self.move(1))
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.logos = event_logos(self.current_event)
        self.list.clear()
        for logo in self.logos:
            pixmap = QPixmap()
            pixmap.loadFromData(bytes(logo.png), "PNG")
            item = QListWidgetItem(QIcon(pixmap), logo.name)
            item.setToolTip(logo.name)
            self.list.addItem(item)
        if select is not None and 0 <= select < self.list.count():
            self.list.setCurrentRow(select)
        self.add_button.setEnabled(len(self.logos) < MAX_LOGOS)

    def add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo to print"), "",
                                              self.tr("Logos (*.png *.svg)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        try:
            add_logo(self.current_event, path.name, logo_file_data(path), actor=organiser())
        except (BelvedereError, OSError) as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.refresh(len(self.logos))
        self.changed()
        return True

    def chosen(self):
        row = self.list.currentRow()
        return self.logos[row] if 0 <= row < len(self.logos) else None

    def remove(self) -> None:
        logo = self.chosen()
        if logo is not None:
            remove_logo(logo, actor=organiser())
            self.refresh()
            self.changed()

    def move(self, step: int) -> None:
        logo, row = self.chosen(), self.list.currentRow()
        if logo is not None:
            move_logo(logo, step, actor=organiser())
            self.refresh(max(0, min(row + step, len(self.logos) - 1)))
            self.changed()


class SignatoryFields:
    """One signatory's name and title, in a column of their own: the two sit side by side, as they sign."""

    def __init__(self, label: str, parent: QWidget):
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("CertificatesForm", "name, as it is signed"))
        self.title = QPlainTextEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("CertificatesForm", "title, one line per working language"))
        self.title.setFixedHeight(56)
        self.column = QVBoxLayout()
        self.column.addWidget(QLabel(label))
        self.column.addWidget(self.name)
        self.column.addWidget(self.title)

    def show(self, signatory: SignatoryDetails | None) -> None:
        self.name.setText(signatory.name if signatory else "")
        self.title.setPlainText(signatory.title if signatory else "")

    def details(self) -> SignatoryDetails | None:
        name, title = self.name.text().strip(), self.title.toPlainText().strip()
        return SignatoryDetails(name, title) if name or title else None


class CertificatesForm(QGroupBox):
    """The title in the other working languages, the place and date of signing, one or two signatories."""

    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__(self.tr("Certificates of attendance"), parent)
        self.current_event, self.changed = event, changed
        self.form = QFormLayout()
        self.titles: dict[str, QLineEdit] = {}
        for code in event.language_list[1:]:
            edit = QLineEdit()
            self.titles[code] = edit
            language = LANGUAGE_NAMES.get(code, code)
            self.form.addRow(self.tr("Title in %1").replace("%1", QCoreApplication.translate("CertificatesForm", language)),
                             edit)
        self.place = QLineEdit()
        self.place.setPlaceholderText(event.city or self.tr("the city"))
        self.last_day = QCheckBox(self.tr("the last day of the event"))
        self.signed_on = QDateEdit()
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("dd.MM.yyyy")
        dated = QHBoxLayout()
        dated.addWidget(self.last_day)
        dated.addWidget(self.signed_on)
        dated.addStretch(1)
        self.form.addRow(self.tr("Signed &at"), self.place)
        self.form.addRow(self.tr("Dated"), dated)
        self.signatories = [SignatoryFields(self.tr("First signatory"), self),
                            SignatoryFields(self.tr("Second signatory"), self)]
        signing = QHBoxLayout()
        for fields in self.signatories:
            signing.addLayout(fields.column, 1)
        self.save_button = QPushButton(self.tr("Save certificate details"))
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(signing)
        layout.addWidget(hint(self.tr("Which roles receive a certificate is chosen per role (Roles and badge "
                                      "colours). Without a signatory the certificate has one line “For the "
                                      "organisers”.")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.last_day.toggled.connect(lambda checked: self.signed_on.setEnabled(not checked))
        self.save_button.clicked.connect(self.save)
        self.show_details()

    def show_details(self) -> None:
        details = certificate_details(self.current_event)
        for code, edit in self.titles.items():
            edit.setText(details.titles.get(code, ""))
            edit.setCursorPosition(0)  # a long title shows its beginning
        self.place.setText(details.place)
        self.last_day.setChecked(details.signed_on is None)
        self.signed_on.setDate(QDate(details.signed_on or self.current_event.end_date))
        self.signed_on.setEnabled(details.signed_on is not None)
        people = details.signatories or []
        for index, fields in enumerate(self.signatories):
            fields.show(people[index] if index < len(people) else None)

    def details(self) -> CertificateDetails:
        return CertificateDetails(
            titles={code: edit.text() for code, edit in self.titles.items()}, place=self.place.text(),
            signed_on=None if self.last_day.isChecked() else self.signed_on.date().toPython(),
            signatories=[details for fields in self.signatories if (details := fields.details())],
        )

    def save(self) -> None:
        try:
            update_certificate_details(self.current_event, self.details(), actor=organiser())
        except BelvedereError as error:
            self.show_message(str(error), REFUSED_RED)
            return
        self.show_message(self.tr("Saved."), OK_GREEN)
        self.changed()

    def show_message(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.message.setText(text)


class PrintingTab(QWidget):
    def __init__(self, event, changed, parent: QWidget | None = None):
        super().__init__(parent)
        self.logos = LogosEditor(event, changed)
        self.certificates = CertificatesForm(event, changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.logos)
        layout.addWidget(self.certificates)
        layout.addStretch(1)

"""The large answer area: readable from a metre away, one colour per meaning, kept until the next scan."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.desk.answer import Answer, Offer, Tone
from ui.style import NEUTRAL_GREY, OK_GREEN, PRACTICE_VIOLET, REFUSED_RED, WARN_AMBER

BACKGROUNDS = {Tone.OK: OK_GREEN, Tone.WARN: WARN_AMBER, Tone.REFUSED: REFUSED_RED, Tone.NEUTRAL: NEUTRAL_GREY}
# A sign beside the headline, so the answer does not rest on colour alone.
SIGNS = {Tone.OK: "✔", Tone.WARN: "⚠", Tone.REFUSED: "✖", Tone.NEUTRAL: ""}


class ResultPanel(QFrame):
    offer_taken = Signal(Offer)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("result-panel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.answer: Answer | None = None
        self.practice_band = QLabel(self.tr("PRACTICE — nothing is recorded"))
        self.practice_band.setObjectName("result-practice")
        self.practice_band.setStyleSheet(f"background: {PRACTICE_VIOLET}; color: white; font-size: 12pt; "
                                         "font-weight: bold; padding: 3px 10px; border-radius: 6px;")
        self.practice_band.hide()
        self.headline = self._label("headline", 26)
        self.name = self._label("name", 40)
        self.details = self._label("details", 18)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        top = QHBoxLayout()  # the practice chip beside the headline: it takes no line of its own
        top.addWidget(self.headline, 1)
        top.addWidget(self.practice_band, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.buttons = QHBoxLayout()
        self.offer_buttons = {
            Offer.CHECK_IN_ANYWAY: self._button(self.tr("Check in anyway (F4)"), Offer.CHECK_IN_ANYWAY),
            Offer.PRINT_BADGE: self._button(self.tr("Print the badge (F5)"), Offer.PRINT_BADGE),
        }
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def _label(self, role: str, points: int) -> QLabel:
        label = QLabel()
        label.setObjectName(f"result-{role}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: white; font-size: {points}pt; font-weight: {'bold' if points > 20 else 'normal'};"
                            "background: transparent;")
        return label

    def _button(self, text: str, offer: Offer) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.setStyleSheet("font-size: 15pt; padding: 10px 22px; background: white; color: #1f2a36;"
                             "border-radius: 6px;")
        button.clicked.connect(lambda: self.offer_taken.emit(offer))
        button.hide()
        self.buttons.addWidget(button)
        return button

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.practice_band.setVisible(answer.practice)
        sign = SIGNS[answer.tone]
        self.headline.setText(f"{sign}  {answer.headline}" if sign else answer.headline)
        self.name.setText(answer.name)
        self.name.setVisible(bool(answer.name))
        self.details.setText("\n".join(answer.lines))
        for offer, button in self.offer_buttons.items():
            button.setVisible(offer in answer.offers)
        self.setAccessibleName(self.text())
        self.layout().activate()  # place the new lines now, so the next paint never shows them overlapping
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BACKGROUNDS[self.tone or Tone.NEUTRAL]))
        painter.drawRoundedRect(self.rect(), 10, 10)

    @property
    def tone(self) -> Tone | None:
        return self.answer.tone if self.answer else None

    def text(self) -> str:
        """Everything the panel says, for tests and the accessibility name."""
        band = self.practice_band.text() if self.answer is not None and self.answer.practice else ""
        return "\n".join(part for part in (band, self.headline.text(), self.name.text(), self.details.text()) if part)

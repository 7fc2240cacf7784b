"""How agenda item kinds are named on screen."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "registration": QCoreApplication.translate("Agenda", "Registration"),
        "session": QCoreApplication.translate("Agenda", "Session"),
        "talk": QCoreApplication.translate("Agenda", "Talk"),
        "break": QCoreApplication.translate("Agenda", "Break"),
        "lunch": QCoreApplication.translate("Agenda", "Lunch"),
        "end": QCoreApplication.translate("Agenda", "End"),
        "other": QCoreApplication.translate("Agenda", "Other"),
    }
    return labels.get(kind, kind)

"""A walk-in's badge printed at the desk: on the desk's printer, or as a PDF that says it is one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.badges.layouts import LAYOUTS
from models.badges.pdf import badge_pages, write_badge_pdf
from models.badges.printing import record_printed
from models.ground import appconfig
from models.ground.audit import Actor
from models.ground.errors import BelvedereError
from models.ground.files import private_folder
from models.participants.entities import Participant
from ui.badges import printer  # printer.printer_names: what the laptop has now
from ui.badges.printer import BadgePrinter, confirm_printed_pdf, print_badges
from ui.opening import open_in_its_program

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name

LAYOUT = "single"  # one card per page: what a card or label printer at a desk takes


def print_walk_in_badge(parent: QWidget, settings, participant: Participant, actor: Actor, clock) -> str:
    """Print the badge on the desk's printer (asked for once, then remembered), or save a PDF where the
    laptop has no printer; counted as printed only when it went to a printer or the organiser says so.
    Returns the sentence for the answer."""
    event = participant.event
    desk_printer = BadgePrinter(settings, parent)
    destination = desk_printer.remembered()
    try:
        if destination is None and printer.printer_names():
            destination = desk_printer.choose(LAYOUTS[LAYOUT])
            if destination is None:
                return translate("DeskBadge", "Not printed: no printer was chosen.")
        if destination is None:
            return saved_as_pdf(parent, participant, desk_printer.name, actor, clock)
        print_badges(destination, badge_pages([participant], LAYOUT, event), 1, LAYOUTS[LAYOUT])
    except (BelvedereError, OSError) as error:
        return translate("DeskBadge", "Not printed: %1").replace("%1", str(error))
    if not destination.on_paper:  # "print to file" in the printer's dialog
        return pdf_printed_or_not(parent, participant, destination.where, actor, clock)
    sent = translate("DeskBadge", "Badge sent to the printer %1.").replace("%1", destination.where)
    return recorded(participant, actor, clock, sent)


def saved_as_pdf(parent: QWidget, participant: Participant, absent_printer: str, actor: Actor, clock) -> str:
    """No printer on this laptop: the badge as a PDF in the data folder, opened for printing elsewhere."""
    path = private_folder(appconfig.data_dir() / "badges", own=True) / f"badge-{participant.number}.pdf"
    write_badge_pdf(path, [participant], LAYOUT, event=participant.event)
    open_in_its_program(parent, path)  # where no program opens it, the organiser is told where it is
    sentence = pdf_printed_or_not(parent, participant, str(path), actor, clock)
    if absent_printer:
        absent = translate("DeskBadge", "The printer %1 is not connected.").replace("%1", absent_printer)
        sentence = absent + " " + sentence
    return sentence


def pdf_printed_or_not(parent: QWidget, participant: Participant, path: str, actor: Actor, clock) -> str:
    if confirm_printed_pdf(parent, translate("DeskBadge", "The badge of %1 was saved as a PDF, not printed:\n%2")
                           .replace("%1", participant.full_name).replace("%2", path)):
        printed = translate("DeskBadge", "Saved as PDF and printed from it: %1").replace("%1", path)
        return recorded(participant, actor, clock, printed)
    return translate("DeskBadge", "Saved as PDF, not printed: %1").replace("%1", path)


def recorded(participant: Participant, actor: Actor, clock, sentence: str) -> str:
    try:
        record_printed([participant], LAYOUT, actor, clock)
    except BelvedereError as error:  # the event file refused: printed, but not recorded
        return sentence + " " + str(error)
    return sentence

"""Badges on paper: the laptop's badge printer, remembered by name, and PDFs that say they are PDFs.

The desk (a walk-in's badge, F5) and the Badges page print through here. A badge counts as
printed only when it went to a printer of this laptop, or when the organiser says that a
PDF made instead was printed: a file on the disk is not a badge on a lanyard.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from models.badges.layouts import Layout
from models.ground.settings import BADGE_PRINTER  # the laptop's window settings: printers belong to a laptop
from ui.badges.painting import print_pages, printer_page_layout

translate = QCoreApplication.translate  # lupdate reads translate(context, text) by its name


def printer_names() -> list[str]:
    """The printers this laptop has now (none where there is no print system, as offscreen)."""
    return QPrinterInfo.availablePrinterNames()


def named_printer(name: str) -> QPrinter:
    """The laptop's printer of that name, set up for badges at full resolution."""
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


@dataclass(frozen=True)
class Destination:
    """Where badges go: `on_paper` for a printer of this laptop; else a PDF file at `where`."""

    printer: QPrinter
    on_paper: bool
    where: str  # the printer's name, or the PDF's path


def chosen_in(printer: QPrinter) -> Destination:
    """What the print dialog chose: one of the laptop's printers (taken by name, with the copies and sides
    chosen), or its "print to file", which is a PDF."""
    name = printer.printerName()
    if printer.outputFileName() or name not in printer_names():
        return Destination(printer, False, printer.outputFileName())
    chosen = named_printer(name)
    chosen.setCopyCount(printer.copyCount())
    chosen.setDuplex(printer.duplex())
    chosen.setColorMode(printer.colorMode())
    return Destination(chosen, True, name)


class BadgePrinter:
    """The badge printer of this laptop: remembered by name, asked for when unknown or unplugged."""

    def __init__(self, settings, parent: QWidget):
        self.settings, self.parent = settings, parent

    @property
    def name(self) -> str:
        return self.settings.value_of(BADGE_PRINTER)

    def remembered(self) -> Destination | None:
        """The remembered printer, if it is connected now."""
        if self.name and self.name in printer_names():
            return Destination(named_printer(self.name), True, self.name)
        return None

    def choose(self, layout: Layout) -> Destination | None:
        """Ask, with the remembered printer chosen; a printer chosen is remembered. None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.remembered():
            printer.setPrinterName(self.name)
        printer_page_layout(printer, layout)
        dialog = QPrintDialog(printer, self.parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        destination = chosen_in(printer)
        if destination.on_paper:
            self.settings.put(BADGE_PRINTER, destination.where)
            self.settings.sync()
        return destination

    def pick(self) -> str | None:
        """Choose the badge printer among the laptop's printers, without printing; the name, or None."""
        names = printer_names()
        if not names:
            QMessageBox.information(self.parent, translate("BadgePrinter", "Badge printer"), translate(
                "BadgePrinter", "This laptop has no printer. Connect one (and install it in the system), then choose it here; "
                "until then badges are saved as PDFs."))
            return None
        current = names.index(self.name) if self.name in names else 0
        name, chosen = QInputDialog.getItem(self.parent, translate("BadgePrinter", "Badge printer"), translate(
            "BadgePrinter", "The printer this laptop prints badges on:"), names, current, False)
        if not chosen:
            return None
        self.settings.put(BADGE_PRINTER, name)
        self.settings.sync()
        return name


def print_badges(destination: Destination, pages, total: int, layout: Layout, progress=None, cancel=None) -> int | None:
    """Paint the badge pages on the destination; the pages printed, or None when cancelled."""
    printer_page_layout(destination.printer, layout)
    return print_pages(destination.printer, pages, total, progress, cancel)


def confirm_printed_pdf(parent: QWidget, saved: str) -> bool:
    """Ask, after `saved` (what was saved as a PDF, and where), whether it is printed now; only a click on
    "It is printed" says so (Enter means "not yet")."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("BadgePrinter", "Saved as PDF, not printed"), saved,
                      parent=parent)
    box.setInformativeText(translate("BadgePrinter", "Print it from the PDF. Is it on paper now? Only then is it "
                                                     "counted as printed."))
    printed = box.addButton(translate("BadgePrinter", "It is printed"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(translate("BadgePrinter", "Not yet"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is printed

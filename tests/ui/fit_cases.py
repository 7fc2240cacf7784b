"""Every page and dialog of the window on one laptop screen, each in the states a day brings, looked at for
what is cut, scrolled or outside (tests/ui/fitting.py). Run in its own process by test_fit.py, because Qt
chooses its screens once per process:

    QT_QPA_PLATFORM="offscreen:configfile=SCREENS.json" python -m tests.ui.fit_cases --languages en,sq \
        --out findings.json [--shots FOLDER]

It writes, for each language, the screen, the scenes it looked at and what it found, as JSON; with --shots,
a picture of each scene.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.fitting import Finding, findings_in

SETTLE_MS = 60


def settle(milliseconds: int = SETTLE_MS) -> None:
    QTest.qWait(milliseconds)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 5000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        QTest.qWait(20)
        waited += 20


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Looker:
    """Looks at each scene as it is set up, keeps what it found, and a picture of it when asked."""

    def __init__(self, shots: Path | None):
        self.shots = shots
        self.scenes: list[str] = []
        self.findings: list[Finding] = []

    def look(self, window: QWidget, where: str, picture: str | None = None) -> None:
        """`picture` names the scene's picture for docs/; every other scene gets one named after it."""
        settle()
        self.scenes.append(where)
        self.findings.extend(findings_in(window, where))
        if self.shots is not None:
            name = picture or "scene-" + "".join(c if c.isalnum() else "-" for c in where.lower()).strip("-")
            window.grab().save(str(self.shots / f"{name}.png"))


# --- the day -------------------------------------------------------------------------------------------------

def day_one(hhmm: str) -> datetime:
    from tests.agenda.helpers import at

    return at(hhmm)


def open_window(home: Path, clock):
    """The demo in a fresh home, the desk named, and the window maximised on the screen."""
    from models.event.demo import create_demo
    from models.event.file import close_event_database
    from models.ground.settings import DESK_NAME, DESK_OPERATOR
    from ui.context import AppContext, window_settings
    from ui.main_window import MainWindow

    os.environ["BELVEDERE_HOME"] = str(home)
    target = home / "cybercrime-ipa-2011.belvedere"
    home.mkdir(parents=True, exist_ok=True)
    create_demo(target, clock=clock)
    close_event_database()
    settings = window_settings()
    settings.put(DESK_NAME, "Desk 1 — main entrance")
    settings.put(DESK_OPERATOR, "Mirëlinda Zhugri-Kastrati")
    settings.sync()
    context = AppContext(str(target), clock=clock)
    context.open(str(target))
    window = MainWindow(context)
    window.showMaximized()
    QTest.qWaitForWindowExposed(window)
    settle(200)
    return window


# --- the pages, in the states that change what they show -----------------------------------------------------

def look_at_desk(window, looker: Looker, clock) -> None:
    from models.badges.reading import payload_for
    from models.participants.entities import Participant

    page = window.show_page("desk")
    looker.look(window, "desk page, ready", "desk")
    page.scan_field.setText("kr")
    settle(400)  # the search list
    looker.look(window, "desk page, a search listed")
    page.scan_field.clear()
    longest = max(Participant.select(), key=lambda person: len(person.full_name + person.organisation))
    page.check_in_person(longest)
    looker.look(window, "desk page, checked in (the longest name and organisation)", "desk-checked-in")
    page.scan(payload_for(longest, window.context.current_event), "scan")
    looker.look(window, "desk page, already checked in")
    page.scan("000000000000000000000000", "scan")
    looker.look(window, "desk page, refused")


def look_at_participants(window, looker: Looker, clock) -> None:
    from models.participants.entities import Participant

    page = window.show_page("participants")
    looker.look(window, "participants page, nobody selected")
    checked_in = max(Participant.select(), key=lambda person: len(person.email + person.organisation))
    page.select_participant(checked_in.id)
    looker.look(window, "participants page, a person with the longest e-mail selected", "participants")
    page.tabs.setCurrentIndex(1)
    looker.look(window, "participants page, the funded quota")
    page.tabs.setCurrentIndex(0)


def look_at_event(window, looker: Looker, clock) -> None:
    page = window.show_page("event")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        looker.look(window, f"event page, tab “{page.tabs.tabText(index)}”", None if index else "event")


def look_at_agenda(window, looker: Looker, clock) -> None:
    from models.agenda.phrases import quick_message

    page = window.show_page("agenda")
    looker.look(window, "agenda page, before the day starts")
    clock.set(day_one("09:02"))
    page.act(page.chair.start)
    page.act(page.chair.show_message, quick_message("wrap_up", page.live.plan.languages))
    looker.look(window, "agenda page, an item running, a message shown", "agenda")
    clock.set(day_one("11:40"))
    page.live.tick()
    looker.look(window, "agenda page, running late, ways to end on time offered")
    switch = page.live_view
    switch.address_choice.setCurrentIndex(max(switch.address_choice.findData("127.0.0.1"), 0))
    switch.port_spin.setValue(free_port())
    switch.switch.click()
    settle(300)
    looker.look(window, "agenda page, live view on")
    switch.switch.click()


def look_at_badges(window, looker: Looker, clock) -> None:
    page = window.show_page("badges")
    wait_until(lambda: not page.preview.pixmap().isNull())
    looker.look(window, "badges page", "badges")


def look_at_reports(window, looker: Looker, clock) -> None:
    page = window.show_page("reports")
    looker.look(window, "reports page", "reports")
    written = []
    page.report_done.connect(written.append)
    page.create_report()
    wait_until(lambda: bool(written), 20_000)
    looker.look(window, "reports page, a report written")


def look_at_rehearsal(window, looker: Looker, clock) -> None:
    """On a date outside the event: the desk practising, the chair offered a rehearsal, the demo's offer taken."""
    from models.badges.reading import payload_for
    from models.participants.entities import Participant

    desk = window.show_page("desk")
    longest = max(Participant.select(), key=lambda person: len(person.full_name + person.organisation))
    desk.scan(payload_for(longest, window.context.current_event), "scan")
    looker.look(window, "desk page in practice, checked in, the demo's offer under the navigation", "desk-practice")
    window.show_page("agenda")
    looker.look(window, "agenda page on another date, a rehearsal offered")
    window.demo_offer.button.click()
    settle(200)
    looker.look(window, "agenda page rehearsing the demo's coffee break, what to press under the navigation",
                "agenda-rehearsal")


OUTSIDE_THE_EVENT = datetime(2025, 3, 12, 14, 2, tzinfo=UTC)  # 15:02 in Durrës, a newcomer trying the demo

PAGES: dict[str, Callable] = {
    "desk": look_at_desk,
    "participants": look_at_participants,
    "event": look_at_event,
    "agenda": look_at_agenda,
    "badges": look_at_badges,
    "reports": look_at_reports,
}


# --- the dialogs ---------------------------------------------------------------------------------------------

def dialogs(window) -> list[tuple[str, Callable[[], QWidget]]]:
    """Each dialog a page opens, made as the page makes it (their exec() would wait for a person)."""
    from models.agenda.plan import day_items
    from models.checkin.service import last_check_in_at
    from models.ground.days import event_days
    from models.participants.delegations import event_delegations
    from models.participants.entities import Participant
    from models.participants.roles import event_roles
    from ui.about import AboutDialog
    from ui.desk.dialogs import IdentityDialog, UndoDialog, WalkInDialog
    from ui.event.agenda_editor import ItemDialog
    from ui.event.groups import DelegationDialog, RoleDialog
    from ui.event.new_event import NewEventDialog
    from ui.event.words import WordDialog
    from ui.participants.import_wizard import ImportWizard
    from ui.participants.person_dialog import ParticipantDialog
    from ui.safety import NewPinDialog

    context = window.context
    event = context.current_event
    day = event_days(event)[0]
    longest = max(Participant.select(), key=lambda person: len(person.full_name + person.organisation))
    desk = window.page("desk")
    record = last_check_in_at(desk.desk, desk.day)
    session = next(item for item in day_items(day) if item.kind == "session")
    return [
        ("About Belvedere", lambda: AboutDialog(window)),
        ("New event", lambda: NewEventDialog(window)),
        ("Lock to the desk", lambda: NewPinDialog(event, window)),
        ("Who is at this desk?", lambda: IdentityDialog(desk.desk, desk.operator, window)),
        ("Walk-in", lambda: WalkInDialog(event, window)),
        ("Undo a check-in", lambda: UndoDialog(record, record.participant, "Day I at 09:02", window)),
        ("Add a participant", lambda: ParticipantDialog(event, None, window)),
        ("Edit a participant", lambda: ParticipantDialog(event, longest, window)),
        ("Import participants", lambda: ImportWizard(event, context.settings, window, context)),
        ("Agenda item", lambda: ItemDialog(day, session, None, window)),
        ("Delegation", lambda: DelegationDialog(event, event_delegations(event)[0], window)),
        ("Role", lambda: RoleDialog(event, event_roles(event)[0], window)),
        ("Word from the sheets", lambda: WordDialog(event, None, window)),
    ]


SHEET = [
    ["Nr.", "Emri", "Mbiemri", "Shteti", "Funksioni", "E-mail", "Organizata"],
    ["1", "Mirëlinda", "Zhugri-Kastrati", "Shqipëri", "High tech crime unit", "m.zhugri@example.al",
     "Drejtoria e Përgjithshme e Policisë së Shtetit, Sektori kundër Krimeve Kibernetike"],
    ["2", "Mimoza", "Leka", "Shqipëria", "Prokuror", "", "Prokuroria e Përgjithshme"],
    ["3", "Ilir", "Dervishi", "Shqipëri", "Prosecuter", "", ""],
]


def walk_the_import(wizard, folder: Path):
    """The import wizard's pages, from the file to the summary, as an organiser goes through them."""
    from tests.participants.sheets import write_csv

    path = write_csv(folder / "delegacioni i Shqipërisë.csv", SHEET, "cp1250", ";")
    yield "the file"
    wizard.file_page.path.setText(str(path))
    wizard.next()
    yield "the columns"
    wizard.next()
    yield "the sheet's words"
    wizard.next()
    wait_until(lambda: not wizard.check_page.working and wizard.plan is not None, 10_000)
    yield "the check"


def look_at_dialogs(window, looker: Looker, folder: Path) -> None:
    walks = {"Import participants": lambda wizard: walk_the_import(wizard, folder)}
    for title, make in dialogs(window):
        dialog = make()
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        picture = f"dialog-{title.lower().replace(' ', '-').strip('?')}"
        for step in walks.get(title, lambda _dialog: [None])(dialog):
            where = f"dialog “{title}”" + (f", {step}" if step else "")
            looker.look(dialog, where, picture + (f"-{step.split()[-1]}" if step else ""))
        dialog.close()
        dialog.deleteLater()


# --- the run -------------------------------------------------------------------------------------------------

def speak(language: str) -> None:
    """The window's language for the pages and dialogs made from now on, as --lang chooses it."""
    from ui.app import create_application

    create_application(language=language)


def close(window) -> None:
    window.context.settings.sync()
    for page in window.pages.values():
        page.close()
    window.close()
    window.deleteLater()
    settle()


def run(language: str, shots: Path | None) -> dict:
    """Every page and dialog, in their states, in one language."""
    from models.ground.clock import FakeClock

    speak(language)
    looker = Looker(shots)
    clock = FakeClock(day_one("08:50"))
    with tempfile.TemporaryDirectory(prefix="belvedere-fit-") as home:
        window = open_window(Path(home) / "home", clock)
        screen = window.screen()
        seen_on = {"name": screen.name(), "width": screen.geometry().width(), "height": screen.geometry().height(),
                   "dpr": screen.devicePixelRatio()}
        for look_at in PAGES.values():
            look_at(window, looker, clock)
        look_at_dialogs(window, looker, Path(home))
        close(window)
        outside = FakeClock(OUTSIDE_THE_EVENT)
        window = open_window(Path(home) / "outside", outside)
        look_at_rehearsal(window, looker, outside)
        close(window)
    return {"screen": seen_on, "language": language, "scenes": looker.scenes,
            "findings": [finding.as_dict() for finding in looker.findings]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default="en", help="the languages to look in, e.g. en,sq")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path, help="a folder for a picture of each scene, one folder per language")
    args = parser.parse_args(argv)
    runs = []
    for language in args.languages.split(","):
        shots = args.shots / language if args.shots else None
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
        runs.append(run(language, shots))
    args.out.write_text(json.dumps({"runs": runs}, ensure_ascii=False, indent=1), encoding="utf-8")
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

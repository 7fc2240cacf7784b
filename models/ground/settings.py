"""Every setting Belvedere keeps, declared once: which store keeps it, its key there, its type and its default.

Three stores, each read and written with these declarations, so a key is spelled here only:
this laptop's settings file (`appconfig.value_of` / `appconfig.put`), this laptop's window
settings (`WindowSettings` in ui/context.py, Qt's window.ini), and the event file, which
travels with the event to the chair's laptop (`Setting.value_of` / `Setting.put`).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Store(Enum):
    LAPTOP = "belvedere.json"  # this laptop, whichever event is open
    WINDOW = "window.ini"  # this laptop's window: places, the desk's name, choices made on pages
    EVENT = "the event file"  # the Setting table: goes wherever the event file goes


@dataclass(frozen=True)
class Declared:
    store: Store
    key: str
    type: type  # bool, int and str are read back as such; any other is given as the store keeps it
    default: object
    meaning: str

    def parsed(self, stored: object) -> object:
        """The stored value as this setting's type; the default when it is unset or cannot be read."""
        if stored is None or stored == "":
            return self.default
        if self.type is bool:
            return stored if isinstance(stored, bool) else {"true": True, "false": False}.get(
                str(stored).lower(), self.default)
        if self.type is int:
            try:
                return int(stored)
            except (TypeError, ValueError):
                return self.default
        if self.type is str:
            return str(stored)
        return stored


LAPTOP, WINDOW, EVENT = Store.LAPTOP, Store.WINDOW, Store.EVENT

# --- this laptop -------------------------------------------------------------------------------
RECENT_FILES = Declared(LAPTOP, "recent", list, (), "event files opened on this laptop, the last one first")
JOURNAL_FOLDER = Declared(LAPTOP, "journal_folder", str, None, "the second medium the journal is written to")
LAST_SERVER = Declared(LAPTOP, "server/last", dict, None,
                       "host, port, database and user of the event server last connected to (never its password)")
DESK_LOCKS = Declared(LAPTOP, "desk_locks", dict, None, "this laptop's copies of the desk locks it set, by event")
JOURNAL_MOUNT_POINT = Declared(LAPTOP, "journal_mount_point", str, None,
                               "where the journal's medium was mounted when it was chosen (to notice it is out)")
LANGUAGE = Declared(LAPTOP, "interface_language", str, None,
                    "the language of the window and the commands (en, sq), as chosen in the Language menu; "
                    "unset: the system's")

# --- this laptop's window ----------------------------------------------------------------------
WINDOW_GEOMETRY = Declared(WINDOW, "main_window/geometry", bytes, None, "where the main window was, and its size")
DESK_NAME = Declared(WINDOW, "desk/name", str, "", "the desk's name, recorded with each check-in")
DESK_OPERATOR = Declared(WINDOW, "desk/operator", str, "", "who works at the desk")
CHIME = Declared(WINDOW, "agenda/chime", bool, True, "whether a chime sounds when a break ends")
DISPLAY_SCREEN = Declared(WINDOW, "agenda/display_screen", str, None, "the screen the speaker's display goes to")
LIVE_VIEW_ADDRESS = Declared(WINDOW, "agenda/live_view_address", str, None,
                             "the network address the live view listens on (none chosen: the first LAN's)")
LIVE_VIEW_PORT = Declared(WINDOW, "agenda/live_view_port", int, 8765, "the port of the live view's address")
REPORTS_FOLDER = Declared(WINDOW, "reports/folder", str, None, "where reports are written")
IMPORT_FOLDER = Declared(WINDOW, "participants/import_folder", str, None, "where the last participant list came from")
BADGE_PRINTER = Declared(WINDOW, "printing/badge_printer", str, "", "the printer this laptop prints badges on, by name")

# --- the event file ----------------------------------------------------------------------------
SEATS_MINUTES = Declared(EVENT, "agenda.seats_minutes", int, 2,
                         "minutes before a break ends when the display asks people to take their seats")
DESK_LOCK = Declared(EVENT, "desk_lock", str, None, "the desk lock, while it holds: its PIN's scrypt hash, the wrong "
                     "tries and until when the next must wait (models/event/desk_lock.py)")

DECLARED = (RECENT_FILES, JOURNAL_FOLDER, JOURNAL_MOUNT_POINT, DESK_LOCKS, LAST_SERVER, LANGUAGE, WINDOW_GEOMETRY,
            DESK_NAME, DESK_OPERATOR, CHIME, DISPLAY_SCREEN, LIVE_VIEW_ADDRESS, LIVE_VIEW_PORT, REPORTS_FOLDER,
            IMPORT_FOLDER, BADGE_PRINTER, SEATS_MINUTES, DESK_LOCK)


def kept_in(setting: Declared, store: Store) -> Declared:
    """The setting, after making sure it belongs to the store about to read or write it."""
    if setting.store is not store:
        raise ValueError(f"{setting.key} is kept in {setting.store.value}, not in {store.value}")
    return setting

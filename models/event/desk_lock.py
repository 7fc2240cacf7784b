"""The desk lock: a volunteer's laptop shows only the desk until the organiser's PIN is given.

The lock belongs to the event: it is a row in the event file holding the PIN's scrypt hash (salted,
memory-hard, about a tenth of a second a try, so the million six-digit PINs take days to search), the
wrong tries so far and until when the next try must wait. Opening another event file does not unlock
this one, and a restart does not either. The laptop keeps a copy of the row, so that deleting the row
from the event file does not unlock the desk on this laptop.

Each lock sets its PIN (six digits at least, given twice); unlocking removes the lock. Quitting,
opening another event and, on the command line, exporting personal data or the secret need the PIN
while the event is locked. After three wrong PINs every try waits longer (30 s, then 1, 2, 4… minutes,
at most 30), counted in the event file, so a restart does not reset it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.ground import appconfig, jsondata
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.commits import instant_text, parse_instant
from models.ground.db import write_transaction
from models.ground.entities import Event, Setting
from models.ground.errors import BelvedereError
from models.ground.i18n import translate
from models.ground.settings import DESK_LOCK, DESK_LOCKS

MIN_PIN_DIGITS, MAX_PIN_DIGITS = 6, 12
FREE_TRIES = 3
FIRST_WAIT, LONGEST_WAIT = timedelta(seconds=30), timedelta(minutes=30)
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class WrongPin(BelvedereError):
    """Not the PIN (or a try made too soon): the message says what to do."""


@dataclass
class Lock:
    pin: str  # "scrypt$n$r$p$salt$hash"
    failures: int = 0
    wait_until: datetime | None = None

    def text(self) -> str:
        return json.dumps({"pin": self.pin, "failures": self.failures,
                           "wait_until": instant_text(self.wait_until) if self.wait_until else None})

    @classmethod
    def read(cls, text: str | None) -> Lock | None:
        if not text:
            return None
        try:
            data = jsondata.parse(text)
            return cls(str(data["pin"]), int(data.get("failures") or 0),
                       parse_instant(data["wait_until"]) if data.get("wait_until") else None)
        except (ValueError, KeyError, TypeError):
            return cls(pin="damaged")  # still locked; no PIN matches a damaged row


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26).hex()


def _hashed(pin: str) -> str:
    salt = secrets.token_bytes(16)
    return "$".join(["scrypt", str(SCRYPT["n"]), str(SCRYPT["r"]), str(SCRYPT["p"]), salt.hex(), _hash(pin, salt, **SCRYPT)])


def _matches(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        return kind == "scrypt" and hmac.compare_digest(_hash(pin, bytes.fromhex(salt), int(n), int(r), int(p)), digest)
    except ValueError:
        return False


def new_pin_problem(pin: str, again: str) -> str:
    """Why this PIN cannot lock the desk, or ""."""
    if not (pin.isascii() and pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS):
        return f"The PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits."
    if len(set(pin)) == 1 or pin in "01234567890123456789" or pin in "98765432109876543210":
        return "Choose a PIN that is harder to guess than a row or a repeated digit."
    if pin != again:
        return "The two PINs are not the same. Type the PIN twice."
    return ""


# --- where the lock is kept ---------------------------------------------------


def _event_key(event: Event) -> str:
    """This event among the laptop's copies (its badge secret is its one stable, unique mark)."""
    return hashlib.sha256(f"belvedere-event:{event.secret}".encode()).hexdigest()[:24]


def _laptop_copies() -> dict:
    copies = appconfig.value_of(DESK_LOCKS)
    return dict(copies) if isinstance(copies, dict) else {}


def current_lock(event: Event) -> Lock | None:
    """The event's lock, from the event file or, where its row was removed, from this laptop's copy."""
    return Lock.read(Setting.value_of(DESK_LOCK)) or Lock.read(_laptop_copies().get(_event_key(event)))


def _store(event: Event, lock: Lock | None) -> None:
    with write_transaction():
        if lock is None:
            Setting.delete().where(Setting.key == DESK_LOCK.key).execute()
        else:
            Setting.put(DESK_LOCK, lock.text())
    copies = _laptop_copies()
    if lock is None:
        copies.pop(_event_key(event), None)
    else:
        copies[_event_key(event)] = lock.text()
    appconfig.put(DESK_LOCKS, copies or None)


# --- locking and unlocking ------------------------------------------------------


def is_locked(event: Event) -> bool:
    return current_lock(event) is not None


def lock(event: Event, pin: str, again: str) -> None:
    """Lock the desk with a new PIN, given twice; a sentence (BelvedereError) when it cannot be the PIN."""
    problem = new_pin_problem(pin, again)
    if problem:
        raise BelvedereError(problem)
    _store(event, Lock(_hashed(pin)))


def check(event: Event, pin: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """Nothing when the event is not locked or `pin` is its PIN; else WrongPin, the try counted (the next ones
    wait once there were three) and kept in the event file."""
    found = current_lock(event)
    if found is None:
        return
    now = clock.now()
    if found.wait_until is not None and now < found.wait_until:
        raise WrongPin(translate("event", "Too many wrong PINs: try again in {duration}.")
                       .format(duration=_duration(found.wait_until - now)))
    if _matches(pin, found.pin):
        if found.failures:
            _store(event, Lock(found.pin))
        return
    found.failures += 1
    if found.failures >= FREE_TRIES:
        found.wait_until = now + min(FIRST_WAIT * 2 ** (found.failures - FREE_TRIES), LONGEST_WAIT)
    _store(event, found)
    later = f" The next try is possible in {_duration(found.wait_until - now)}." if found.wait_until else ""
    raise WrongPin("That is not the organiser's PIN." + later)


def unlock(event: Event, pin: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """Remove the lock when `pin` is its PIN; else WrongPin (see `check`)."""
    check(event, pin, clock)
    _store(event, None)


def _duration(wait: timedelta) -> str:
    seconds = max(1, round(wait.total_seconds()))
    return f"{seconds} s" if seconds < 60 else f"{round(seconds / 60)} min"

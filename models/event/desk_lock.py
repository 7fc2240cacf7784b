"""The desk lock: a volunteer's laptop shows only the desk until the organiser's PIN is given."""
from __future__ import annotations

import hashlib
import hmac
import secrets

from models.ground.db import write_transaction
from models.ground.entities import Setting
from models.ground.errors import BelvedereError
from models.ground.settings import DESK_LOCK_PIN

ITERATIONS = 200_000


def _hash(pin: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS).hex()


def set_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise BelvedereError("The PIN must be 4 to 12 digits.")
    salt = secrets.token_bytes(16)
    with write_transaction():
        Setting.put(DESK_LOCK_PIN, f"{salt.hex()}:{_hash(pin, salt)}")


def has_pin() -> bool:
    return Setting.value_of(DESK_LOCK_PIN) is not None


def check_pin(pin: str) -> bool:
    stored = Setting.value_of(DESK_LOCK_PIN)
    if stored is None:
        return True  # no PIN set: the lock only keeps the desk tidy
    salt, digest = stored.split(":", 1)
    return hmac.compare_digest(_hash(pin, bytes.fromhex(salt)), digest)

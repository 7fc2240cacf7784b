"""The chair's control token: what a remote must present to act on the day.

One token per laptop, kept in Belvedere's config folder readable by its owner only, so a
Stream Deck set up once keeps working after a restart. It is made of letters and digits
that cannot be mistaken for one another when typed from the chair's screen, in groups.
"""
from __future__ import annotations

import hmac
import secrets

from models.ground import appconfig
from models.ground.files import written_aside

TOKEN_FILE = "live-view-token"
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i
GROUPS, GROUP_LENGTH = 4, 4  # 16 characters: about 79 bits


def _path():
    return appconfig.config_dir() / TOKEN_FILE


def new_control_token() -> str:
    """A fresh token, replacing the old one (remotes set up with the old one are refused from now on)."""
    token = "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))
    with written_aside(_path(), private=True) as temporary:
        temporary.write_text(token + "\n", encoding="utf-8")
    return token


def control_token() -> str:
    """This laptop's token, made on first use."""
    try:
        token = _path().read_text(encoding="utf-8").strip()
    except OSError:
        token = ""
    return token if normalised(token) else new_control_token()


def normalised(token: str) -> str:
    """As typed: capitals, spaces and hyphens do not matter."""
    return "".join(character for character in token.lower() if character.isalnum())


def token_matches(offered: str, token: str) -> bool:
    """In constant time, so the answer's timing tells nothing about how much of the token was right."""
    expected = normalised(token)
    return bool(expected) and hmac.compare_digest(normalised(offered).encode("utf-8"), expected.encode("utf-8"))

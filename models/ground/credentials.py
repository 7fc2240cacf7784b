"""An event server's password: never in a message, a log line, the settings or the recent list.

It is kept in libpq's own password file in Belvedere's config folder (readable by the owner
only), or, if the organiser prefers, only in memory for this run.
"""
from __future__ import annotations

import os
from pathlib import Path

from models.ground import appconfig
from models.ground.addresses import ServerAddress, parse_address, url_password
from models.ground.files import make_private

PASSWORD_FILE = "pgpass"

_passwords_this_run: dict[tuple[str, int, str, str], str] = {}

# --- the password ---------------------------------------------------------------------


def password_file() -> Path:
    return appconfig.config_dir() / PASSWORD_FILE


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _entry(address: ServerAddress, password: str) -> str:
    fields = (address.host, str(address.port), address.database, address.user, password)
    return ":".join(_escaped(field) for field in fields)


def _entry_key(line: str) -> str:
    """The line without its password field (the part after the last unescaped colon)."""
    escaped = False
    last = -1
    for index, char in enumerate(line):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            last = index
    return line[:last]


def keep_password(address: ServerAddress, password: str) -> None:
    """Write the password to this laptop's password file (owner-only), replacing an older one."""
    path = password_file()
    key = _entry_key(_entry(address, ""))
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if line and _entry_key(line) != key]
    temporary = path.with_name(path.name + ".part")
    temporary.touch(mode=0o600)
    make_private(temporary)
    temporary.write_text("\n".join(kept + [_entry(address, password)]) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def remember_for_this_run(address: ServerAddress, password: str) -> None:
    _passwords_this_run[address.key] = password


def forget_password(address: ServerAddress) -> None:
    """A password that the server refused is forgotten, in memory and in the file."""
    _passwords_this_run.pop(address.key, None)
    path = password_file()
    if path.exists():
        key = _entry_key(_entry(address, ""))
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and _entry_key(line) != key]
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def connection_secrets(url: str) -> dict:
    """What libpq needs besides the address: the password given for this run, or where the password file is."""
    address = parse_address(url)
    password = url_password(url) or _passwords_this_run.get(address.key)
    return {"password": password} if password else {"passfile": str(password_file())}

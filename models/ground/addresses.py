"""Where an event server is: its URL as shown and remembered (never with the password), and its parts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
PASSWORD_IN_URL = re.compile(r"(://[^:/@]*):[^@/]*@")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str

    @property
    def url(self) -> str:
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        return f"postgresql://{user}{self.host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def key(self) -> tuple[str, int, str, str]:
        return self.host, self.port, self.database, self.user


def is_server_url(target: str) -> bool:
    return urlsplit(str(target)).scheme in SCHEMES


def parse_address(url: str) -> ServerAddress:
    """The parts of a postgresql:// URL; ValueError for a port that is not a number."""
    parts = urlsplit(url)
    return ServerAddress(host=parts.hostname or "localhost", port=parts.port or DEFAULT_PORT,
                         database=unquote(parts.path.lstrip("/")), user=unquote(parts.username or ""))


def url_password(url: str) -> str | None:
    password = urlsplit(url).password
    return unquote(password) if password else None


def shown(target: str) -> str:
    """The target as it may be shown or stored: a server URL loses its password (and its options)."""
    if not is_server_url(target):
        return PASSWORD_IN_URL.sub(r"\1@", str(target))
    try:
        return parse_address(target).url
    except ValueError:
        return PASSWORD_IN_URL.sub(r"\1@", str(target))


def scrub(text: str, target: str) -> str:
    """A message from the driver with the target's password taken out, should it quote it."""
    password = url_password(target) if is_server_url(target) else None
    return text.replace(password, "•••") if password else text

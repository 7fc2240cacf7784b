"""This laptop's network addresses, for the chair to choose where the live view listens,
and the address people type (or scan) to open it.

Nothing is sent anywhere: the addresses are read from the system (each interface's IPv4
address on Linux and macOS; elsewhere, as Windows does, those the laptop's own name has).
"""
from __future__ import annotations

import socket
import struct
import sys
from dataclasses import dataclass

from models.ground.settings import LIVE_VIEW_PORT

LOOPBACK = "127.0.0.1"
EVERY_INTERFACE = "0.0.0.0"
DEFAULT_PORT = LIVE_VIEW_PORT.default  # the command's, and the chair page's until the chair picks another
# ioctl asking an interface for its IPv4 address, and where the address sits in the answer.
GET_ADDRESS = {"linux": 0x8915, "darwin": 0xC0206921}
ADDRESS_AT = 20


@dataclass(frozen=True)
class Interface:
    name: str  # "wlan0", or the laptop's name where interfaces cannot be asked
    address: str


def _interface_address(name: str) -> str | None:
    import fcntl

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            answer = fcntl.ioctl(probe.fileno(), GET_ADDRESS[sys.platform], struct.pack("256s", name.encode()[:15]))
        except OSError:
            return None  # no IPv4 address on it
    return socket.inet_ntoa(answer[ADDRESS_AT:ADDRESS_AT + 4])


def _by_interface() -> list[Interface]:
    if sys.platform not in GET_ADDRESS:
        return []
    found = []
    for _index, name in socket.if_nameindex():
        address = _interface_address(name)
        if address:
            found.append(Interface(name, address))
    return found


def _by_name() -> list[Interface]:
    host = socket.gethostname()
    try:
        answers = socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return []
    return [Interface(host, answer[4][0]) for answer in answers]


def lan_interfaces() -> list[Interface]:
    """The laptop's IPv4 addresses other than loopback, each once, private (LAN) ones first."""
    seen, found = set(), []
    for interface in _by_interface() or _by_name():  # the system's own list where it gives one
        if interface.address.startswith("127.") or interface.address in seen:
            continue
        seen.add(interface.address)
        found.append(interface)
    return sorted(found, key=lambda interface: not _is_private(interface.address))


def _is_private(address: str) -> bool:
    first, second = (int(part) for part in address.split(".")[:2])
    return first == 10 or (first == 172 and 16 <= second <= 31) or (first == 192 and second == 168)


def shown_host(bound: str) -> str:
    """The host to put in the address people open: a real address even when every interface listens."""
    if bound in (EVERY_INTERFACE, "", "::"):
        interfaces = lan_interfaces()
        return interfaces[0].address if interfaces else socket.gethostname()
    return bound


def view_url(bound: str, port: int, path: str = "/") -> str:
    host = shown_host(bound)
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}{path}"

"""`serve`: a private PostgreSQL server in Belvedere's data folder, for the desks on the hotel LAN.

It uses the PostgreSQL programs installed on this laptop (Belvedere does not carry them). The
first start creates the server's folder (owner-only), a user `belvedere` with the password the
organiser chooses (kept in this laptop's password file; the desks are told it by the
organiser, never by Belvedere) and a database `belvedere`; it accepts connections with that
password from the LAN. Later starts reuse it; `stop_server` stops it.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from models.ground import appconfig, credentials
from models.ground.addresses import ServerAddress
from models.ground.errors import BelvedereError

DEFAULT_PORT = 5433  # beside a PostgreSQL the laptop may already run on 5432
SERVER_FOLDER = "server"
USER = DATABASE = "belvedere"
PROGRAMS = ("initdb", "pg_ctl")

PROGRAM_PLACES = [
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/usr/pgsql-*/bin",  # Fedora, Red Hat (PGDG)
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
]


def _version(folder: str) -> tuple[int, ...]:
    digits = [int(part) for part in folder.replace("\\", "/").split("/") if part.isdigit()]
    return tuple(digits) or (0,)


def find_programs() -> Path | None:
    """The folder of PostgreSQL's initdb and pg_ctl: on the PATH, else the newest in the usual places."""
    exe = ".exe" if sys.platform == "win32" else ""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    for folder in sorted((f for pattern in PROGRAM_PLACES for f in glob.glob(pattern)), key=_version, reverse=True):
        if all((Path(folder) / f"{name}{exe}").exists() for name in PROGRAMS):
            return Path(folder)
    return None


def lan_addresses() -> list[str]:
    """This laptop's addresses the desks can reach (no loopback), best guess first."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: it only picks the interface of the default route
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = info[4][0]
            if not address.startswith("127.") and address not in found:
                found.append(address)
    except OSError:
        pass
    return found or ["127.0.0.1"]


SHORTEST_PASSWORD = 8


@dataclass(frozen=True)
class Served:
    folder: Path
    port: int
    urls: list[str]  # for the desks, one per address of this laptop, without the password
    created: bool  # the first start: the server was made now
    already_running: bool


def server_folder() -> Path:
    return appconfig.data_dir() / SERVER_FOLDER


def _run(programs: Path, name: str, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([str(programs / name), *args], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BelvedereError(f"PostgreSQL's {name} could not run ({error}).") from error


def _check(result: subprocess.CompletedProcess, what: str) -> None:
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BelvedereError(f"The server could not {what}: {detail[-1] if detail else 'no reason given'}")


def needs_password(folder: Path | None = None) -> bool:
    """True until the server has been created: its first start needs the desks' password."""
    return not ((folder or server_folder()) / "data" / "PG_VERSION").exists()


def _create(programs: Path, data: Path, password: str | None) -> None:
    if password is None or len(password) < SHORTEST_PASSWORD:
        raise BelvedereError(f"Choose a password for the desks of at least {SHORTEST_PASSWORD} characters: the server "
                             "is created with it, and each desk asks for it once.")
    data.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    password_file = data.parent / "initial-password"
    password_file.touch(mode=0o600)
    password_file.write_text(password, encoding="utf-8")
    try:
        _check(_run(programs, "initdb", "-D", str(data), "-U", USER, "--auth-local=scram-sha-256",
                    "--auth-host=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8", "--no-instructions"),
               "be created")
    finally:
        password_file.unlink(missing_ok=True)
    with (data / "pg_hba.conf").open("a", encoding="utf-8") as hba:
        hba.write("\n# Belvedere: the desks on the LAN, with the password\nhost all all 0.0.0.0/0 scram-sha-256\n"
                  "host all all ::/0 scram-sha-256\n")


def is_running(programs: Path, data: Path) -> bool:
    return data.exists() and _run(programs, "pg_ctl", "-D", str(data), "status").returncode == 0


def serve(port: int = DEFAULT_PORT, password: str | None = None, folder: Path | None = None) -> Served:
    """Start (creating it the first time, with the desks' password) the private server; the URLs say where the
    desks connect."""
    if os.name == "posix" and os.geteuid() == 0:
        raise BelvedereError("PostgreSQL refuses to run as the system administrator (root). Run serve as the "
                             "ordinary user of this laptop.")
    programs = find_programs()
    if programs is None:
        raise BelvedereError("PostgreSQL is not installed on this laptop. Install it (Debian/Ubuntu: apt install "
                             "postgresql; Windows and macOS: postgresql.org/download), then run serve again.")
    folder = folder or server_folder()
    data = folder / "data"
    created = needs_password(folder)
    if created:
        _create(programs, data, password)
    already = is_running(programs, data)
    if not already:
        log = folder / "server.log"
        sockets = f" -k '{data}'" if os.name == "posix" else ""  # not the system's socket folder: it may not be ours
        _check(_run(programs, "pg_ctl", "-D", str(data), "-l", str(log), "-w", "-t", "30", "start", "-o",
                    f"-p {port} -c listen_addresses='*'{sockets}"),
               f"start on port {port} (is another server using it? Choose another with --port; the log is {log})")
    if created:
        # "*": this laptop connects with the password whichever of its addresses it uses
        credentials.keep_password(ServerAddress("*", port, DATABASE, USER), password)
        _create_database(programs, port)
    urls = [ServerAddress(host, port, DATABASE, USER).url for host in lan_addresses()]
    return Served(folder, port, urls, created, already)


def _create_database(programs: Path, port: int) -> None:
    createdb = programs / ("createdb.exe" if sys.platform == "win32" else "createdb")
    environment = {**os.environ, "PGPASSFILE": str(credentials.password_file())}
    result = subprocess.run([str(createdb), "-h", "127.0.0.1", "-p", str(port), "-U", USER, DATABASE],
                            capture_output=True, text=True, timeout=60, env=environment)
    _check(result, "create its database")


def stop_server(folder: Path | None = None) -> bool:
    """Stop the private server; False if it was not running."""
    programs = find_programs()
    data = (folder or server_folder()) / "data"
    if programs is None or not is_running(programs, data):
        return False
    _check(_run(programs, "pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop"), "stop")
    return True

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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psycopg

from models.ground import appconfig, credentials
from models.ground.addresses import ServerAddress
from models.ground.errors import BelvedereError
from models.ground.i18n import translate

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


class LocalServer:
    """The private server's folder, and PostgreSQL's programs that run it (through `run_as`, a command that runs
    a program as another user, when that is needed)."""

    def __init__(self, folder: Path, programs: Path, run_as: Sequence[str] = ()):
        self.folder, self.programs, self.run_as = folder, programs, list(run_as)
        self.data = folder / "data"

    def _run(self, name: str, *args: str) -> subprocess.CompletedProcess:
        try:
            return subprocess.run([*self.run_as, str(self.programs / name), *args], capture_output=True, text=True,
                                  timeout=120, cwd=self.folder.parent)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise BelvedereError(translate("server", "PostgreSQL's {program} could not run ({error}).")
                                 .format(program=name, error=error)) from error

    def needs_password(self) -> bool:
        """True until the server has been created: its first start needs the desks' password."""
        return not (self.data / "PG_VERSION").exists()

    def create(self, password: str | None) -> None:
        if password is None or len(password) < SHORTEST_PASSWORD:
            raise BelvedereError(translate("server", "Choose a password for the desks of at least {count} characters: "
                                                     "the server is created with it, and each desk asks for it once.")
                                 .format(count=SHORTEST_PASSWORD))
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        password_file = self.folder / "initial-password"  # owner-only, and gone as soon as initdb has read it
        password_file.touch(mode=0o600)
        password_file.write_text(password, encoding="utf-8")
        if os.name == "posix" and os.geteuid() == 0:
            os.chown(password_file, self.folder.stat().st_uid, -1)  # the programs run as the folder's owner
        try:
            result = self._run("initdb", "-D", str(self.data), "-U", USER, "--auth-local=scram-sha-256",
                               "--auth-host=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8",
                               "--no-instructions")
        finally:
            password_file.unlink(missing_ok=True)
        _check(result, translate("server", "The server could not be created: {reason}"))
        with (self.data / "pg_hba.conf").open("a", encoding="utf-8") as hba:
            hba.write("\n# Belvedere: the desks on the LAN, with the password\nhost all all 0.0.0.0/0 scram-sha-256\n"
                      "host all all ::/0 scram-sha-256\n")

    def running(self) -> bool:
        return self.data.exists() and self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def serve(self, port: int = DEFAULT_PORT, password: str | None = None) -> Served:
        """Start (creating it the first time, with the desks' password) the server; the URLs say where the desks
        connect."""
        created = self.needs_password()
        if created:
            self.create(password)
        already = self.running()
        if not already:
            log = self.folder / "server.log"
            sockets = f" -k '{self.data}'" if os.name == "posix" else ""  # the system's socket folder may not be ours
            _check(self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "30", "start", "-o",
                             f"-p {port} -c listen_addresses='*'{sockets}"),
                   translate("server", "The server could not start on port {port} (is another server using it? Choose "
                                       "another with --port; the log is {log}): {reason}"), port=port, log=log)
        if created:
            # "*": this laptop connects with the password whichever of its addresses it uses
            credentials.keep_password(ServerAddress("*", port, DATABASE, USER), password)
            _create_database(port, password)
        urls = [ServerAddress(host, port, DATABASE, USER).url for host in lan_addresses()]
        return Served(self.folder, port, urls, created, already)

    def stop(self) -> bool:
        """Stop the server; False if it was not running."""
        if not self.running():
            return False
        _check(self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"),
               translate("server", "The server could not stop: {reason}"))
        return True


def _check(result: subprocess.CompletedProcess, sentence: str, **values) -> None:
    """`sentence` says what failed: its {reason} is the program's last word, its other places `values`."""
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        reason = detail[-1] if detail else translate("server", "no reason given")
        raise BelvedereError(sentence.format(reason=reason, **values))


def _create_database(port: int, password: str) -> None:
    try:
        with psycopg.connect(host="127.0.0.1", port=port, user=USER, password=password, dbname="postgres",
                             autocommit=True, connect_timeout=10) as connection:
            connection.execute(f'CREATE DATABASE "{DATABASE}"')
    except psycopg.Error as error:
        raise BelvedereError(translate("server", "The server could not create its database ({error}).")
                             .format(error=error)) from error


def this_laptops_server() -> LocalServer:
    if os.name == "posix" and os.geteuid() == 0:
        raise BelvedereError(translate("server", "PostgreSQL refuses to run as the system administrator (root). Run "
                                                 "serve as the ordinary user of this laptop."))
    programs = find_programs()
    if programs is None:
        raise BelvedereError(translate("server", "PostgreSQL is not installed on this laptop. Install it "
                                                 "(Debian/Ubuntu: apt install postgresql; Windows and macOS: "
                                                 "postgresql.org/download), then run serve again."))
    return LocalServer(server_folder(), programs)

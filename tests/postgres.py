"""A PostgreSQL server of the tests' own: initdb in a temporary folder, on a free port of 127.0.0.1 only.

initdb refuses to run as root; when the tests run as root, PostgreSQL's programs run as the
`postgres` system user (Debian's package creates it) in a folder that user owns.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import queue
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import psycopg

from models.ground.local_server import find_programs

USER = "belvedere"
_numbers = itertools.count(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise RuntimeError("the tests run as root and cannot run PostgreSQL as another user (no runuser)")
    return [runuser, "-u", "postgres", "--"]


def why_no_server() -> str | None:
    """Why PostgreSQL tests cannot run here, or None."""
    if find_programs() is None:
        return "PostgreSQL's programs (initdb, pg_ctl) are not installed (Debian: apt install postgresql)"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "the tests run as root and there is no 'postgres' user to run PostgreSQL as"
    return None


class PrivateServer:
    def __init__(self, durable: bool = False):
        self.programs = find_programs()
        self.prefix = as_unprivileged()
        self.folder = Path(tempfile.mkdtemp(prefix="belvedere-pg-"))
        if self.prefix:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self.port = free_port()
        self.durable = durable  # fsync on, as a real server (the benchmarks); off for the tests' speed
        self._ready: dict[str, queue.SimpleQueue] = {}  # template -> copies made ahead
        self._work: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._do_work, name="test-databases", daemon=True).start()
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-instructions")
        self.start()

    def _run(self, name: str, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.programs / name), *args], check=True, capture_output=True,
                       timeout=60, cwd=self.folder)

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop (cutting every connection) and start again, as after a reboot of the server laptop."""
        self.stop("immediate")
        self.start()

    def processes(self) -> list[int]:
        """The postmaster and every backend it started."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    status = (entry / "status").read_text()
                except OSError:
                    continue
                parent = next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:"))
                if int(parent) == postmaster:
                    children.append(int(entry.name))
        return [postmaster, *children]

    def _signal(self, number: int) -> None:
        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):  # a backend that ended meanwhile
                os.kill(pid, number)

    def pause(self) -> None:
        """SIGSTOP the postmaster and its backends: the server holds its connections and answers nothing."""
        self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        self._signal(signal.SIGCONT)

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres", autocommit=True,
                             connect_timeout=10) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`), its URL. Copies are made ahead, while tests run."""
        ready = self._ready.setdefault(template, queue.SimpleQueue()) if template else None
        try:
            name = ready.get_nowait() if ready is not None else self._create(None)
        except queue.Empty:
            name = self._create(template)
        if ready is not None:
            self._work.put(lambda: ready.put(self._create(template)))
        return self.url(name)

    def _create(self, template: str | None) -> str:
        name = f"test_{os.getpid()}_{next(_numbers)}"
        # FILE_COPY: a small database is copied in a few milliseconds, not block by block through the WAL
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        return name

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self._work.put(lambda: self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _do_work(self) -> None:
        """Databases made and dropped beside the tests, one at a time."""
        while True:
            work = self._work.get()
            if work is None:
                return
            with contextlib.suppress(psycopg.Error):  # paused or stopped by a test: that copy is made later
                work()

    def close(self) -> None:
        self._work.put(None)
        try:
            self.resume()
            self.stop("immediate")
        except (OSError, subprocess.CalledProcessError, StopIteration):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_until(condition, seconds: float = 10.0, every: float = 0.05) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


class Cable:
    """A desk's network cable to the server, as a relay on a port of its own that can be pulled and plugged back.

    Pulled, it carries nothing and answers nothing (as a dead link does): connections that were open hang,
    new ones get no reply.
    """

    def __init__(self, server: PrivateServer):
        self.server_port = server.port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connected = threading.Event()
        self.connected.set()
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, server_url: str) -> str:
        return server_url.replace(f":{self.server_port}/", f":{self.port}/")

    def _accept(self) -> None:
        while True:
            try:
                desk, _ = self.listener.accept()
            except OSError:
                return
            self.sockets.append(desk)
            if not self.connected.is_set():
                continue  # nothing answers
            try:
                server = socket.create_connection(("127.0.0.1", self.server_port))
            except OSError:
                desk.close()
                continue
            self.sockets.append(server)
            for source, target in ((desk, server), (server, desk)):
                threading.Thread(target=self._carry, args=(source, target), daemon=True).start()

    def _carry(self, source: socket.socket, target: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            self.connected.wait()
            if not data:
                for end in (source, target):
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)
                return
            try:
                target.sendall(data)
            except OSError:
                return

    def pull(self) -> None:
        self.connected.clear()

    def plug(self) -> None:
        """Back in: what was held up flows again (as after a short outage), and new connections go through."""
        self.connected.set()

    def close(self) -> None:
        self.connected.set()
        self.listener.close()
        for end in self.sockets:
            with contextlib.suppress(OSError):
                end.close()

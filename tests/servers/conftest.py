"""A server as `serve` makes it, with a password, for the tests of serving and of passwords."""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.event.demo import create_demo
from models.event.file import close_event_database
from models.ground import credentials, local_server
from models.ground.addresses import ServerAddress
from tests.conftest import DEMO_CLOCK
from tests.postgres import as_unprivileged, free_port, why_no_server

PASSWORD = "hotel-lan-2011"


@dataclass
class LanServer:
    server: local_server.LocalServer
    first_start: local_server.Served
    address: ServerAddress
    home: Path  # where serve kept the password: the server laptop's config


@pytest.fixture(scope="package")
def lan_server():
    reason = why_no_server()
    if reason:
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="belvedere-serve-"))
    folder.chmod(0o755)
    (folder / "server").mkdir(mode=0o700)
    if as_unprivileged():  # the tests run as root: PostgreSQL runs as its own user, in a folder it owns
        shutil.chown(folder / "server", "postgres")
    previous_home = os.environ.get("BELVEDERE_HOME")
    os.environ["BELVEDERE_HOME"] = str(folder / "server-laptop")
    try:
        server = local_server.LocalServer(folder / "server", local_server.find_programs(), run_as=as_unprivileged())
        first = server.serve(free_port(), password=PASSWORD)
        address = ServerAddress("127.0.0.1", first.port, local_server.DATABASE, local_server.USER)
        create_demo(address.url, clock=DEMO_CLOCK)
        close_event_database()
    finally:
        if previous_home is None:
            os.environ.pop("BELVEDERE_HOME")
        else:
            os.environ["BELVEDERE_HOME"] = previous_home
    yield LanServer(server, first, address, folder / "server-laptop")
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_password_from_other_tests():
    yield
    credentials._passwords_this_run.clear()  # a new start of Belvedere remembers no password it was not told to keep


@pytest.fixture
def empty_database(postgres_server):
    """A database of its own on the tests' server, with nothing in it yet."""
    url = postgres_server.new_database()
    yield url
    close_event_database()
    postgres_server.drop_database(url)

"""`serve`: a private PostgreSQL server in the data folder, with the password the organiser chose; desks connect
with the URL it prints."""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from models.event.demo import create_demo
from models.event.file import close_event_database, open_event_database
from models.ground import credentials, local_server
from models.ground.addresses import ServerAddress
from models.ground.entities import current_event
from models.ground.errors import BelvedereError
from tests.cli import run
from tests.postgres import as_unprivileged, free_port, why_no_server


@pytest.fixture
def server_folder():
    reason = why_no_server()
    if reason:
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="belvedere-serve-"))
    folder.chmod(0o755)
    server = folder / "server"
    server.mkdir(mode=0o700)
    if as_unprivileged():  # the tests run as root: PostgreSQL runs as its own user, in a folder it owns
        shutil.chown(server, "postgres")
    yield server
    shutil.rmtree(folder, ignore_errors=True)


def test_serve_creates_a_private_server_with_the_desks_password_and_the_url_opens_the_event(server_folder, isolated_home):
    # GIVEN PostgreSQL's programs on this laptop and no server yet
    server = local_server.LocalServer(server_folder, local_server.find_programs(), run_as=as_unprivileged())
    assert server.needs_password()
    with pytest.raises(BelvedereError, match="at least 8 characters"):
        server.serve(free_port(), password="short")
    # WHEN it is served the first time, with the password chosen for the desks
    port = free_port()
    served = server.serve(port, password="hotel-lan-2011")
    try:
        # THEN it runs from its own folder, readable by its owner only, and says where the desks connect
        assert served.created and not served.already_running and server.running()
        assert stat.S_IMODE(server.data.stat().st_mode) == 0o700
        assert served.urls and all(url.endswith(f":{port}/belvedere") and "hotel" not in url for url in served.urls)
        # AND this laptop connects with the password kept in its password file (owner-only), not in any URL
        assert stat.S_IMODE(os.stat(credentials.password_file()).st_mode) == 0o600
        url = ServerAddress("127.0.0.1", port, "belvedere", "belvedere").url
        create_demo(url)
        assert current_event().code
        close_event_database()
        # AND a second start finds it running
        assert server.serve(port).already_running
    finally:
        assert server.stop()
    assert not server.stop()
    with pytest.raises(BelvedereError, match="cannot be reached"):
        open_event_database(ServerAddress("127.0.0.1", port, "belvedere", "belvedere").url)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only as the system administrator")
def test_serve_as_root_says_to_run_it_as_the_laptops_user(capsys):
    code, _out, err = run(capsys, "serve", "--password-stdin")
    assert code == 1 and "root" in err

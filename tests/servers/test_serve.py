"""`serve`: a private PostgreSQL server in the data folder, with the password the organiser chose; desks connect
with the URL it prints."""
from __future__ import annotations

import os
import stat

import pytest

from models.event.file import open_event_database
from models.ground import local_server
from models.ground.entities import current_event
from models.ground.errors import BelvedereError
from tests.cli import run
from tests.postgres import free_port
from tests.servers.conftest import PASSWORD


def test_serve_creates_a_private_server_with_the_desks_password_and_says_where_desks_connect(lan_server, isolated_home):
    # GIVEN the server as its first start made it
    server, served = lan_server.server, lan_server.first_start
    # THEN it runs from its own folder, readable by its owner only, and says where the desks connect
    assert served.created and not served.already_running and server.running()
    assert stat.S_IMODE(server.data.stat().st_mode) == 0o700
    assert served.urls and all(url.endswith(f":{served.port}/belvedere") and PASSWORD not in url
                               for url in served.urls)
    # AND the server laptop keeps the password in its own password file, readable by its owner only
    password_file = lan_server.home / "config" / "pgpass"
    assert stat.S_IMODE(os.stat(password_file).st_mode) == 0o600 and PASSWORD in password_file.read_text()
    # AND a second start finds it running; a desk without the password is asked for it
    assert server.serve(served.port).already_running
    with pytest.raises(BelvedereError, match="refused the password"):
        open_event_database(lan_server.address.url)


def test_the_desks_password_is_chosen_long_enough(tmp_path):
    server = local_server.LocalServer(tmp_path / "server", local_server.find_programs() or tmp_path)
    with pytest.raises(BelvedereError, match="at least 8 characters"):
        server.serve(free_port(), password="short")
    assert not (tmp_path / "server" / "data").exists()


def test_with_the_password_in_the_url_a_command_works_and_never_shows_it(lan_server, capsys, isolated_home):
    with_password = lan_server.address.url.replace("belvedere@", f"belvedere:{PASSWORD}@", 1)
    code, out, err = run(capsys, "--db", with_password, "find", "kerluku")
    assert code == 0 and "Kerluku" in out and PASSWORD not in out + err
    wrong = lan_server.address.url.replace("belvedere@", "belvedere:not-the-password@", 1)
    code, out, err = run(capsys, "--db", wrong, "find", "kerluku")
    assert code == 1 and "refused the password" in err and "not-the-password" not in out + err
    open_event_database(with_password)
    assert current_event().title


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only as the system administrator")
def test_serve_as_root_says_to_run_it_as_the_laptops_user(capsys):
    code, _out, err = run(capsys, "serve", "--password-stdin")
    assert code == 1 and "root" in err

"""Files written aside, then renamed: complete or not there at all, private when asked."""
from __future__ import annotations

import os
import stat

import pytest

from models.ground.errors import BelvedereError
from models.ground.files import written_aside


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_new_file_appears_only_once_it_is_complete(tmp_path):
    target = tmp_path / "list.csv"
    target.write_text("old")
    with written_aside(target) as temporary:
        temporary.write_text("new")
        # WHILE it is being written, the old file is still there as it was, and the new one is hidden beside it
        assert target.read_text() == "old" and temporary.parent == tmp_path and temporary.name.startswith(".")
    assert target.read_text() == "new" and [path.name for path in tmp_path.iterdir()] == ["list.csv"]


def test_a_failed_write_leaves_the_old_file_and_nothing_beside_it(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(ValueError), written_aside(target) as temporary:
        temporary.write_text("half")
        raise ValueError("the writer broke")
    assert target.read_text() == "old" and [path.name for path in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="permissions are POSIX")
def test_a_private_file_is_private_from_its_first_byte(tmp_path):
    target = tmp_path / "badges.pdf"
    target.write_text("old")
    target.chmod(0o644)
    with written_aside(target, private=True) as temporary:
        assert mode(temporary) == 0o600  # before anything is written into it
        with temporary.open("w") as handle:  # a writer that opens the file again keeps its permissions
            handle.write("names")
    assert mode(target) == 0o600 and target.read_text() == "names"
    with written_aside(tmp_path / "public.csv", private=False) as temporary:
        temporary.write_text("counts")
    assert mode(tmp_path / "public.csv") == 0o666 & ~current_umask()


def current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def test_a_missing_folder_is_a_sentence(tmp_path):
    with pytest.raises(BelvedereError, match="does not exist. Create it or choose another place"), \
            written_aside(tmp_path / "gone" / "out.csv"):
        pass


def test_a_file_another_program_holds_is_a_sentence_and_leaves_the_old_one(tmp_path, monkeypatch):
    # GIVEN the report open in a spreadsheet program on Windows, which refuses to have it replaced
    target = tmp_path / "attendance.xlsx"
    target.write_text("old")

    def refuse(source, destination):
        raise PermissionError(13, "The process cannot access the file", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(BelvedereError, match="may be open in another program"), written_aside(target) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "old" and [path.name for path in tmp_path.iterdir()] == ["attendance.xlsx"]

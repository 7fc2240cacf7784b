"""Any command line: an exit code of the contract (0–4) and sentences, never a traceback."""
from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from main import main
from models.event.file import close_event_database

EXIT_CODES = {0, 1, 2, 3, 4}
numbers = st.sampled_from(["1", "1", "2", "2", "0", "-3", "101", "145", "99999999999999999999", "2.5", "one"])
# What a command line can hold: no NUL (the system ends an argument there), and no lone surrogates except the
# ones Python makes of bytes that are not UTF-8 ("\udcff": a file name written on another system)
words = (st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
         | st.sampled_from(["kerluku", "Ђорђе", "101", "", "%", "*", "Gj\udceb.csv", "\udcff"]))
outputs = st.sampled_from(["out.pdf", "out.csv", "out.xlsx", "out.json", "out.jsonl", "out.txt", "out", "folder",
                           "missing/out.pdf", "demo.belvedere", "copy.belvedere", ""]) | words
inputs = st.sampled_from(["in.csv", "in.xlsx", "in.json", "in.jsonl", "backup.belvedere", "junk.belvedere", "folder",
                          "missing.csv", "demo.belvedere", ""]) | words
payloads = st.sampled_from(["201110101", "2011", "000000000000000000000000", "999999999999999999999999"]) | words


def optional(*parts) -> st.SearchStrategy[list[str]]:
    return st.one_of(st.just([]), st.tuples(*parts).map(list))


def command(*parts) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts).map(lambda groups: [token for group in groups for token in
                                                 ([group] if isinstance(group, str) else group)])


COMMANDS = st.one_of(
    command(st.just("demo"), optional(st.just("--force"))),
    command(st.just("agenda"), optional(st.just("--day"), numbers), optional(st.just("--at"), words)),
    command(st.just("payload"), numbers),
    command(st.just("scan"), payloads, optional(st.just("--day"), numbers), optional(st.just("--desk"), words)),
    command(st.just("find"), words, optional(st.just("--day"), numbers)),
    command(st.just("badges"), outputs, optional(st.just("--layout"), st.sampled_from(["a6", "card", "insert", "a4"])),
            optional(st.just("--only"),
                     st.sampled_from(["101", "101,118", "1,x", "", "99999", "1-999999999999", "120-101"]) | words),
            optional(st.just("--reprint"))),
    command(st.just("import"), st.just("participants"), inputs, optional(st.just("--dry-run")),
            optional(st.just("--encoding"), st.sampled_from(["cp1250", "utf-8", "utf-16"])),
            optional(st.just("--delimiter"), st.sampled_from(["semicolon", "comma"])),
            optional(st.just("--sheet"), words), optional(st.just("--create-delegations"))),
    command(st.just("import"), st.just("event"), inputs),
    command(st.just("export"), st.sampled_from(["participants", "checkins", "event"]) | words, outputs),
    command(st.just("report"), st.sampled_from(["attendance", "timing", "signin"]) | words,
            st.sampled_from(["out.csv", "out.xlsx", "out.txt", "folder", ""]) | words,
            optional(st.just("--day"), numbers)),
    command(st.just("backup"), outputs),
    command(st.just("restore"), inputs),
    command(st.just("anonymise"), optional(st.just("--yes"))),
    command(st.just("walk-in"), words, words, optional(st.just("--delegation"), st.sampled_from(["AL", "RS", "ZZ"]) | words),
            optional(st.just("--role"), words), optional(st.just("--day"), numbers), optional(st.just("--desk"), words)),
    command(st.just("undo"), numbers, optional(st.just("--reason"), words), optional(st.just("--day"), numbers),
            optional(st.just("--desk"), words)),
    command(st.just("journal"), st.sampled_from([[], ["--off"], ["folder"], ["missing"], ["demo.belvedere"]])),
    command(st.just("chair"),
            st.sampled_from(["start", "pause", "end", "next", "end-break", "add", "message", "blackout"]) | words,
            optional(st.sampled_from(["5", "-2", "x", "99999999999"]) | words), optional(st.just("--day"), numbers)),
    command(st.sampled_from(["export", "report", "backup", "payload"]), words, optional(st.just("--pin"), words)),
)
DATABASES = st.sampled_from([["--db", "demo.belvedere"]] * 6 + [
    [], ["--db", "missing.belvedere"], ["--db", "folder"], ["--db", "junk.belvedere"], ["--db", "empty.belvedere"],
    ["--db", "missing/x.belvedere"], ["--db", "postgresql://127.0.0.1:1/none"], ["--db"], ["--db", "foo://bar"],
    ["--db", "sqlite:///tmp/x.db"]])


@st.composite
def command_lines(draw) -> list[str]:
    """A command as a person might type it, sometimes with a word too many, missing or garbled."""
    argv = draw(DATABASES) + draw(COMMANDS)
    slip = draw(st.sampled_from(["none", "none", "none", "none", "word too many", "word missing"]))
    if slip == "word too many":
        argv.insert(draw(st.integers(0, len(argv))), draw(words | st.sampled_from(["--day", "--db", "-h", "--x"])))
    elif slip == "word missing":
        del argv[draw(st.integers(0, len(argv) - 1))]
    return argv


def lay_out_files(folder, demo_template) -> None:
    """The files the command lines name: the event, a backup, a journal, sheets, and some junk."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "folder").mkdir(parents=True)
    shutil.copy(demo_template, folder / "demo.belvedere")
    shutil.copy(demo_template, folder / "backup.belvedere")
    (folder / "junk.belvedere").write_bytes(b"SQLite format 3\x00" + b"\x07" * 300)
    (folder / "empty.belvedere").write_bytes(b"")
    (folder / "in.csv").write_text("Emri;Mbiemri;Shteti\nGëzim;Mërkuri;AL\nAna;;ZZ\n", encoding="cp1250")
    (folder / "in.xlsx").write_bytes(b"PK\x03\x04 no workbook")
    (folder / "in.json").write_text('{"format": "belvedere-event", "event": {"title": "x"}}', encoding="utf-8")
    (folder / "in.jsonl").write_text('{"event": 2011, "type": "checkin", "number": 101, "day": 1, '
                                     '"at": "2011-06-09T06:50:00+00:00"}\n{"type": "chec', encoding="utf-8")


@pytest.fixture
def gui_never_opens(monkeypatch):
    import ui.app

    opened = []
    monkeypatch.setattr(ui.app, "run_gui", lambda db=None, language=None: opened.append(db) or 0)
    return opened


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines())
@example(argv=["--db", "demo.belvedere", "payload", "99999999999999999999"])  # more than SQLite can hold
@example(argv=["--db", "demo.belvedere", "find", "x", "--day", "99999999999999999999"])
@example(argv=["--db", "demo.belvedere", "badges", "out.pdf", "--only", "1-999999999999"])  # not a list of 10^12
@example(argv=["--db", "demo.belvedere", "backup", ""])  # the current folder
@example(argv=["--db", "postgresql://127.0.0.1:1/none", "agenda"])  # no driver for the server
@example(argv=[])  # the window (not opened here)
def test_any_command_line_exits_with_a_code_of_the_contract_and_no_traceback(
        argv, demo_template, tmp_path, monkeypatch, capsys, gui_never_opens):
    # GIVEN a folder with an event file, a backup, a journal, sheets and junk
    folder = tmp_path / "work"
    lay_out_files(folder, demo_template)
    monkeypatch.chdir(folder)
    # WHEN the command line is run
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors and --help
        code = exit_.code
    finally:
        close_event_database()
    # THEN it exits with a code of the contract and says what happened in sentences
    err = capsys.readouterr().err
    assert code in EXIT_CODES, (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code == 1:
        assert err.strip(), argv  # a failure always says what happened

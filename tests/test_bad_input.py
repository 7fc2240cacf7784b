"""Every bad input gets a sentence: JSON nested however deep, any journal line, any database URL, day 0, and
desk names that are too long or carry control characters; the documented exit code, never a traceback."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.checkin.entities import CheckIn
from models.event.file import close_event_database, open_event_database
from models.ground import appconfig
from models.ground.jsondata import MAX_DEPTH, nesting, parse
from models.ground.names import MAX_NAME_LENGTH, printable
from tests.cli import run

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def nested(depth: int, kind: str) -> str:
    opening, closing = {"list": ("[", "]"), "object": ('{"a":', "}"), "mixed": ('[{"a":', "}]")}[kind]
    return opening * depth + "1" + closing * depth


@FUZZ
@given(depth=st.integers(1, 200_000), kind=st.sampled_from(["list", "object", "mixed"]),
       where=st.sampled_from(["participants", "event", "event-inside", "journal", "settings"]))
@example(depth=100_000, kind="list", where="participants")  # deeper than Python's recursion limit
@example(depth=100_000, kind="object", where="event")
@example(depth=990, kind="list", where="event-inside")  # just under the limit: parsed, then refused
def test_json_nested_however_deep_gets_a_sentence(demo_path, tmp_path, capsys, depth, kind, where):
    # GIVEN a file whose JSON nests `depth` levels, where Belvedere reads JSON
    text = nested(depth, kind)
    path = tmp_path / ("in.jsonl" if where == "journal" else "in.json")
    if where == "event-inside":
        text = '{"format": "belvedere-event", "format_version": 1, "event": ' + text + "}"
    if where == "journal":
        text = '{"event": 2011, "type": "checkin", "number": 101, "day": 1, "at": "2011-06-09T06:45:00+00:00", ' \
               '"desk": ' + text + "}\n"
    path.write_text(text, encoding="utf-8")
    argv = {"participants": ["--db", str(demo_path), "import", "participants", str(path)],
            "event": ["--db", str(tmp_path / "new.belvedere"), "import", "event", str(path)],
            "event-inside": ["--db", str(tmp_path / "new.belvedere"), "import", "event", str(path)],
            "journal": ["--db", str(demo_path), "restore", str(path)],
            "settings": ["--db", str(demo_path), "find", "kerluku"]}[where]
    if where == "settings":  # the laptop's settings file, damaged: it only forgets the recent files
        appconfig.config_file().write_text(text, encoding="utf-8")
    # WHEN it is read
    code, _, err = run(capsys, *argv)
    # THEN a sentence, and the exit code of a failure (or, for the settings, the command just works)
    assert "Traceback" not in err
    if where == "settings":
        assert code == 0, err
    elif depth > MAX_DEPTH or where in ("event", "event-inside") or where == "participants" and kind != "list":
        assert code == 1 and err.startswith("belvedere: ") and err.strip().endswith("."), err
    assert not (tmp_path / "new.belvedere").exists() or code == 0


def test_the_depth_of_json_is_counted_without_recursion():
    deep = parse(nested(MAX_DEPTH, "list"))
    assert nesting(deep) == MAX_DEPTH and nesting(1) == 0 and nesting({"a": [1, {"b": []}]}) == 4
    with pytest.raises(ValueError, match=f"more than {MAX_DEPTH} levels deep"):
        parse(nested(MAX_DEPTH + 1, "object"))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.text(max_size=6), children, max_size=3), max_leaves=12)
journal_keys = st.sampled_from(["event", "type", "number", "day", "at", "voided_at", "action", "item", "change",
                                "columns", "desk", "monotonic", "wall", "seconds"])
entries = st.fixed_dictionaries({"event": st.sampled_from([2011, 2011, 2011, 9999, "2011", None]),
                                 "type": st.sampled_from(["checkin", "void", "action", "participant", "x", None])},
                                optional={key: json_values | st.sampled_from(
                                    [101, 146, 1, 2, "2011-06-09T06:45:00+00:00", "2011-06-09T08:45", "yesterday",
                                     "start", "registered", "updated", "removed", {"given_name": "Ana"}, {}])
                                    for key in ["number", "day", "at", "voided_at", "action", "item", "change",
                                                "columns", "desk", "monotonic", "wall", "seconds"]})
lines = (entries.map(lambda entry: json.dumps(entry)) | json_values.map(json.dumps)
         | st.text(max_size=40) | st.just('{"event":2011,"type":"checkin","num'))


@FUZZ
@given(journal=st.lists(lines, min_size=0, max_size=6))
@example(journal=['{"event": 2011, "type": "participant", "change": "registered", "number": 146, '
                  '"at": "2011-06-09T06:45:00+00:00", "columns": {"given_name": "Ana"}}',
                  '{"event": 2011, "type": "participant", "change": "registered", "number": 0, '
                  '"at": "2011-06-09T06:45:00+00:00", "columns": {"given_name": "Ana", "created_at": '
                  '"2011-06-09T06:45:00+00:00", "updated_at": "2011-06-09T06:45:00+00:00"}}',
                  '{"event": 2011, "type": "checkin", "number": 101, "day": 1, "at": "2011-06-09T06:45:00+00:00"}'])
def test_any_journal_is_rebuilt_whole_or_refused_whole_with_a_sentence(demo_path, tmp_path, capsys, journal):
    # GIVEN any journal: entries with any keys and values, other JSON, text, a line cut short
    path = tmp_path / "journal.jsonl"
    path.write_text("\n".join(journal) + "\n", encoding="utf-8", errors="surrogatepass")
    # WHEN it is rebuilt into the prepared file
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(path))
    open_event_database(demo_path)
    added = CheckIn.select().count()
    CheckIn.delete().execute()
    close_event_database()
    # THEN it is rebuilt (and says what it added and skipped), or refused with a sentence and nothing written
    assert "Traceback" not in err and code in (0, 1), err
    if code == 1:
        assert err.startswith("belvedere: ") and added == 0, err
    else:
        assert "entries added" in out or "entry added" in out


@FUZZ
@given(scheme=st.from_regex(r"\A[A-Za-z][A-Za-z0-9+.\-]{0,12}\Z"), rest=st.text(max_size=20))
@example(scheme="foo", rest="bar")
@example(scheme="sqlite", rest="/tmp/x.db")
@example(scheme="mysql", rest="user@host/db")
@example(scheme="postgresql", rest="127.0.0.1:1/none")
def test_any_database_url_gets_a_sentence_and_the_documented_exit_code(capsys, gui_never_opens, scheme, rest):
    target = f"{scheme}://{rest}"
    code, _, err = run(capsys, "--db", target, "find", "kerluku")
    assert "Traceback" not in err
    if scheme.lower().startswith("postgres"):
        assert code == 1 and err.startswith("belvedere: "), err  # no server there (or no driver): a failure
    else:
        assert code == 2 and "is neither an event file nor a postgresql:// URL" in err, err
    code, _, err = run(capsys, "--db", target)  # the window would not open on it either
    assert code == (1 if scheme.lower().startswith("postgres") else 2) or gui_never_opens


@pytest.fixture
def gui_never_opens(monkeypatch):
    import ui.app

    opened = []
    monkeypatch.setattr(ui.app, "run_gui", lambda db=None, language=None: opened.append(db) or 0)
    return opened


@pytest.mark.parametrize("argv", [["scan", "201110101", "--day", "0"], ["find", "x", "--day", "-1"],
                                  ["agenda", "--day", "0"], ["report", "timing", "t.csv", "--day", "0"],
                                  ["walk-in", "Ana", "Walker", "--day", "0"], ["undo", "101", "--reason", "x",
                                                                                "--day", "0"]])
def test_day_zero_or_below_is_a_usage_error_not_today(demo_path, capsys, argv):
    code, _, err = run(capsys, "--db", str(demo_path), *argv)
    assert code == 2 and "the event's days are numbered from 1" in err


def test_desk_names_are_kept_short_and_shown_without_control_characters(demo_path, capsys):
    # a desk name of a whole paragraph is refused on the command line
    code, _, err = run(capsys, "--db", str(demo_path), "walk-in", "Ana", "Walker", "--day", "1",
                       "--desk", "D" * (MAX_NAME_LENGTH + 1))
    assert code == 2 and f"keep it to {MAX_NAME_LENGTH} or fewer" in err
    # terminal escapes, newlines and a right-to-left override are taken out, before it is stored and shown
    sneaky = "\x1b[31mDesk\x1b[0m\n2\u202e\x07"
    assert printable(sneaky) == "Desk 2"
    code, out, err = run(capsys, "--db", str(demo_path), "walk-in", "Ana", "Walker", "--day", "1", "--desk", sneaky)
    assert code == 0, err
    open_event_database(demo_path)
    assert [c.desk for c in CheckIn.select()] == ["Desk 2"]
    # and one stored raw by an earlier Belvedere is shown clean
    CheckIn.update(desk=sneaky).execute()
    close_event_database()
    code, out, _ = run(capsys, "--db", str(demo_path), "undo", "146", "--reason", "test", "--day", "1")
    code, out, _ = run(capsys, "--db", str(demo_path), "find", "Walker", "--day", "1")
    assert "\x1b" not in out and "\u202e" not in out

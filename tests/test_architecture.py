"""The house rules that a tool can check: the floors of models/, no Qt in models/, no SQL in ui/, and the linter."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def run_tool(name: str, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(TOOLS / name), *arguments], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_imports_keep_the_contracts_written_in_pyproject():
    # GIVEN the contracts in pyproject.toml (floors, no Qt in models/, no SQL in ui/, no folders importing each other)
    # WHEN import-linter reads every import of the tree
    result = run_tool("lint-imports", "--no-cache")
    # THEN every contract is kept
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing():
    result = run_tool("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_and_the_command_line_show_sentences_and_never_catch_a_database_s_own_errors():
    # GIVEN that models/ turns every database error into a BelvedereError with the user's sentence
    # (models.ground.db.explain_database_error), the one place that knows what SQLite and PostgreSQL say
    database_words = ("DATABASE_ERRORS", "OperationalError", "IntegrityError", "DatabaseError", "InterfaceError",
                      "sqlite3", "psycopg", "explain_database_error")
    # WHEN every module of ui/ and commands/ is read
    naming = {f"{path.relative_to(ROOT)}: {word}" for folder in ("ui", "commands") for path in (ROOT / folder).rglob("*.py")
              for word in database_words if word in path.read_text(encoding="utf-8")}
    # THEN none names them: they catch BelvedereError and show it
    assert naming == set()


QUERIES = {"select", "get", "get_or_none", "get_by_id", "get_or_create", "create", "update", "delete", "insert",
           "insert_many", "replace", "raw"}


def test_the_window_asks_models_for_its_rows_and_queries_no_table_itself():
    # GIVEN the tables of models/ (the classes of every entities module)
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                  and (node.module or "").startswith("models.") and (node.module or "").endswith(".entities")
                  for alias in node.names}
        # WHEN a module of ui/ calls a query of one of them (Participant.get_or_none(…), Day.select()…)
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node.func)}" for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in QUERIES
                  and isinstance(node.func.value, ast.Name) and node.func.value.id in tables]
    # THEN there is none: the query and its rule live in models/
    assert found == []

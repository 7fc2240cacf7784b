import tomllib
from pathlib import Path

from models.ground.version import VERSION


def test_the_version_shown_is_the_projects():
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == VERSION

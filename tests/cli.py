"""Running the command line in-process, as a user would from a shell."""
from __future__ import annotations

from main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `main.py ARGV`; argparse's usage errors give their code too."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err

"""Writing a report file: all of it or nothing, with a sentence when the place is not writable."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from models.ground.errors import BelvedereError


@contextmanager
def atomic_output(out: Path):
    """Yield a temporary path beside `out`; it replaces `out` only once it is complete.

    An old report stays untouched if generation fails, and nobody opens a half-written file.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise BelvedereError(f"The folder {out.parent} does not exist. Create it or choose another place.")
    temporary = out.with_name(f".{out.name}.part")
    try:
        yield temporary
        os.replace(temporary, out)
    except PermissionError as error:
        raise BelvedereError(
            f"{out} cannot be written: it may be open in another program, or the folder is read-only. "
            "Close the file or choose another place, then try again."
        ) from error
    finally:
        temporary.unlink(missing_ok=True)

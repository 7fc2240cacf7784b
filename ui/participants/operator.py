"""Who is making a change, for the audit log."""
from __future__ import annotations

import getpass


def operator_name() -> str:
    """The computer account's name (the audit says which laptop account changed what)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""

"""The short names people type for a desk or an operator: kept short, and free of control characters.

A name is printed on the terminal and in the window, stored with every check-in and written to the
journal: a newline, a terminal escape or a right-to-left override in it would garble what others read.
"""
from __future__ import annotations

import re
import unicodedata

from models.ground.errors import BelvedereError
from models.ground.i18n import translate

MAX_NAME_LENGTH = 40
TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b[@-_]")
INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # controls, format marks (bidi overrides), lone surrogates, line breaks


def printable(text: str) -> str:
    """The text as it may be shown: terminal escapes and control characters gone, runs of spaces made one."""
    text = TERMINAL_ESCAPE.sub("", text)
    return " ".join("".join(" " if unicodedata.category(ch) in INVISIBLE else ch for ch in text).split())


def short_name(text: str, what: str = "desk") -> str:
    """A desk or operator name as it is stored; a sentence (BelvedereError) when it is too long."""
    name = printable(text)
    if len(name) > MAX_NAME_LENGTH:
        raise BelvedereError(translate("ground", "The {what} name has {count} characters; keep it to {max_name_length} "
                                                 "or fewer, like “Desk 2” or “Ana”.")
                             .format(what=what, count=len(name), max_name_length=MAX_NAME_LENGTH))
    return name


def stored_name(text: str) -> str:
    """A name as it goes into the event file whatever its source: printable, and cut to the longest allowed."""
    return printable(text)[:MAX_NAME_LENGTH]

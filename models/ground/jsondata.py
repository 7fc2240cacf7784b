"""JSON read from files people bring (event documents, participant lists, journals, settings): parsed, or a
ValueError with a reason, never a RecursionError however deeply the text nests."""
from __future__ import annotations

import json

MAX_DEPTH = 32  # far deeper than any file Belvedere writes (an event document nests about ten levels)


def nesting(value) -> int:
    """How deeply lists and objects nest in `value` (counted without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, dict):
            current = list(current.values())
        if isinstance(current, list):
            deepest = max(deepest, depth)
            stack.extend((item, depth + 1) for item in current)
    return deepest


def parse(text: str | bytes):
    """json.loads, refusing (ValueError) text that nests lists and objects more than MAX_DEPTH deep."""
    try:
        value = json.loads(text)
    except RecursionError:
        value = None
    else:
        if nesting(value) <= MAX_DEPTH:
            return value
    raise ValueError(f"its lists and objects nest more than {MAX_DEPTH} levels deep")

"""Belvedere's core: every entity and every rule, with no Qt import.

`ui/` shows and asks; `commands/` prints; both call into this package.
"""

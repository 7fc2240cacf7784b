"""Errors that carry a sentence for the person at the keyboard."""


class BelvedereError(Exception):
    """A failure the user can act on: the message says what happened and what to do."""


class EventFileError(BelvedereError):
    """The event file cannot be opened, read or upgraded."""


class ConstraintError(EventFileError):
    """The event database refused a change that breaks one of its rules (a duplicate, a missing reference)."""


class DamagedEventFileError(EventFileError):
    """The file exists and is an SQLite file, but its content is damaged: offer a backup."""


class ServerPasswordError(EventFileError):
    """The event server wants a password, or refused the one given: ask for it."""

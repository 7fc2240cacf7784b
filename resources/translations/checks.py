"""What a catalogue still lacks: sentences not yet translated, and translations whose placeholders differ."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]*\}")


def messages(ts: Path):
    """(context, source, translation element) of each message in a Qt Linguist file."""
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message.find("translation")


def forms(translation) -> list[str]:
    return [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [(context, source) for context, source, translation in messages(ts)
            if translation is None or translation.get("type") == "unfinished" or not all(forms(translation))]


def placeholder_problems(ts: Path) -> list[str]:
    """A translation must keep the source's %1, {name} and %n (a plural's singular may leave out %n)."""
    problems = []
    for context, source, translation in messages(ts):
        if translation is None or translation.get("type") == "unfinished":
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms(translation):
            found = sorted(PLACEHOLDER.findall(form))
            if found != wanted and sorted(found + ["%n"]) != wanted:
                problems.append(f"[{context}] {source!r} → {form!r}: {found} instead of {wanted}")
    return problems

"""What is checked before badges are printed: names too long for the layout's smallest type, so the
organiser can give those people a shorter name on the badge (characters the fonts lack are checked in
models.badges.fonts)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from models.badges.design import BadgeContent, BadgeDesign, EventHeading
from models.badges.layouts import Layout, layout_named


@dataclass(frozen=True)
class UndersizedName:
    number: int
    name: str  # as it would be printed
    size: float  # the type size it would be set at, points
    minimum: float  # the layout's smallest size for a name


def undersized_names(participants: Iterable, layout: str | Layout, event) -> list[UndersizedName]:
    """The people whose name on the badge can only be set below the layout's minimum size."""
    layout = layout if isinstance(layout, Layout) else layout_named(layout)
    heading = EventHeading.of(event)
    found = []
    for participant in participants:
        name = participant.name_on_badge
        size, minimum = _name_size(layout, heading, name, participant.organisation,
                                   participant.delegation.name if participant.delegation_id else "",
                                   participant.delegation.note.strip() if participant.delegation_id else "")
        if size < minimum - 1e-6:
            found.append(UndersizedName(participant.number, name, size, minimum))
    return found


@lru_cache(maxsize=20_000)  # the Badges page asks again at every click: each person is fitted once
def _name_size(layout: Layout, heading: EventHeading, name: str, organisation: str, delegation: str,
               footnote: str) -> tuple[float, float]:
    person = _design(layout, heading).person(BadgeContent(0, name, organisation, delegation, "", "", "", footnote))
    return person.name.size, person.name_minimum


@lru_cache(maxsize=8)
def _design(layout: Layout, heading: EventHeading) -> BadgeDesign:
    return BadgeDesign(layout.badge_width, layout.badge_height, heading)


def describe_undersized(names: list[UndersizedName]) -> list[str]:
    """One line per person, for a warning before printing."""
    return [f"{name.number} {name.name}: {name.size:.1f} pt (at least {name.minimum:.0f} pt)" for name in names]

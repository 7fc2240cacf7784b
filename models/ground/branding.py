"""What the event prints under its own name: its logos, its title in each working language, who signs
the certificates, and where and when they are signed. All of it travels with the event document.

Logos are PNG. An SVG logo is turned into a PNG where it is added (the Event page draws it with
Qt's SVG renderer, already part of the program): drawing SVG in the PDFs themselves would need svglib
and lxml (some 10 MB more in every bundle) for a file that is printed a few centimetres wide.
"""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from datetime import date

from models.ground import audit
from models.ground.audit import UNNAMED, Actor
from models.ground.clock import SYSTEM_CLOCK, Clock
from models.ground.dates import number
from models.ground.db import write_transaction
from models.ground.entities import Event, Logo, Signatory
from models.ground.errors import BelvedereError
from models.ground.i18n import current_language, translate

MAX_LOGOS = 3
MAX_SIGNATORIES = 2
MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class BrandingError(BelvedereError):
    pass


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header; a sentence for anything that is not one."""
    if not data.startswith(PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        raise BrandingError(translate("ground", "A logo must be a PNG or SVG picture. Save it as PNG (or SVG) and add "
                                                "it again."))
    width, height = struct.unpack(">II", data[16:24])
    if not width or not height:
        raise BrandingError(translate("ground", "This PNG has no picture in it. Choose another file."))
    return width, height


def event_logos(event: Event) -> list[Logo]:
    return list(Logo.select().where(Logo.event == event).order_by(Logo.position, Logo.id))


def logo_problems(event: Event, data: bytes) -> list[str]:
    problems = []
    if len(event_logos(event)) >= MAX_LOGOS:
        problems.append(translate("ground", "An event has at most {max_logos} logos. Remove one first.")
                        .format(max_logos=MAX_LOGOS))
    if len(data) > MAX_LOGO_BYTES:
        problems.append(translate("ground", "This logo is {size} MB; a logo of at most 2 MB prints as well. Save "
                                            "it smaller ({pixels} pixels wide is plenty).")
                        .format(size=number(len(data) / 1024 / 1024, 1, current_language()),
                                pixels=number(1500, 0, current_language())))
    try:
        png_size(data)
    except BrandingError as error:
        problems.append(str(error))
    return problems


def add_logo(event: Event, name: str, data: bytes, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> Logo:
    problems = logo_problems(event, data)
    if problems:
        raise BrandingError(" ".join(problems))
    with write_transaction():
        logo = Logo.create(event=event, position=len(event_logos(event)) + 1, name=name.strip(), png=data)
        audit.record("logo added", "event", actor, clock, name=logo.name)
    return logo


def remove_logo(logo: Logo, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    with write_transaction():
        name = logo.name
        logo.delete_instance()
        audit.record("logo removed", "event", actor, clock, name=name)


def move_logo(logo: Logo, step: int, actor: Actor = UNNAMED, clock: Clock = SYSTEM_CLOCK) -> None:
    """Move a logo left (−1) or right (+1) in the row the pages print."""
    logos = event_logos(logo.event)
    index = next(i for i, other in enumerate(logos) if other.id == logo.id)
    target = index + step
    if not 0 <= target < len(logos):
        return
    logos[index], logos[target] = logos[target], logos[index]
    with write_transaction():
        for position, each in enumerate(logos, start=1):
            Logo.update(position=position).where(Logo.id == each.id).execute()
        audit.record("logos reordered", "event", actor, clock)


# --- certificates ------------------------------------------------------------------------

@dataclass(frozen=True)
class SignatoryDetails:
    name: str
    title: str = ""  # one line per working language, e.g. "Head of Division\nShef i Divizionit"

    @property
    def title_lines(self) -> list[str]:
        return [line.strip() for line in self.title.splitlines() if line.strip()]


@dataclass
class CertificateDetails:
    """The event's title in its other working languages, and who signs its certificates where and when."""

    titles: dict[str, str]
    place: str = ""  # empty: the event's city
    signed_on: date | None = None  # empty: the last day
    signatories: list[SignatoryDetails] | None = None


def event_signatories(event: Event) -> list[SignatoryDetails]:
    rows = Signatory.select().where(Signatory.event == event).order_by(Signatory.position, Signatory.id)
    return [SignatoryDetails(row.name, row.title) for row in rows]


def certificate_details(event: Event) -> CertificateDetails:
    return CertificateDetails(dict(event.title_translations), event.certificate_place, event.certificate_date,
                              event_signatories(event))


def certificate_problems(event: Event, details: CertificateDetails) -> list[str]:
    problems = []
    signatories = details.signatories or []
    if len(signatories) > MAX_SIGNATORIES:
        problems.append(translate("ground", "A certificate has room for {max_signatories} signatures. Keep one or two "
                                            "signatories.").format(max_signatories=MAX_SIGNATORIES))
    if any(not signatory.name.strip() for signatory in signatories):
        problems.append(translate("ground", "Each signatory needs a name (leave both name and title empty to have "
                                            "none)."))
    if details.signed_on and not event.start_date <= details.signed_on:
        problems.append(translate("ground", "The certificates are dated before the event begins. Choose its last day "
                                            "or later."))
    unknown = sorted(set(details.titles) - set(event.language_list[1:]))
    if unknown:
        problems.append(translate("ground", "The event's working languages do not include {names}: add the language to "
                                            "the event first.").format(names=', '.join(unknown)))
    return problems


def update_certificate_details(event: Event, details: CertificateDetails, actor: Actor = UNNAMED,
                               clock: Clock = SYSTEM_CLOCK) -> None:
    """Save the titles, place, date and signatories in one transaction (audited by field)."""
    problems = certificate_problems(event, details)
    if problems:
        raise BrandingError(" ".join(problems))
    titles = {code: text.strip() for code, text in details.titles.items() if text.strip()}
    with write_transaction():
        Event.update(titles=json.dumps(titles, ensure_ascii=False), certificate_place=details.place.strip(),
                     certificate_date=details.signed_on).where(Event.id == event.id).execute()
        Signatory.delete().where(Signatory.event == event).execute()
        for position, signatory in enumerate(details.signatories or [], start=1):
            Signatory.create(event=event, position=position, name=signatory.name.strip(),
                             title="\n".join(signatory.title_lines))
        audit.record("certificate details changed", "event", actor, clock)
    event.titles = json.dumps(titles, ensure_ascii=False)
    event.certificate_place, event.certificate_date = details.place.strip(), details.signed_on

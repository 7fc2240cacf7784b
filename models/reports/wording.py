"""The words printed on reports, in the event's working languages (dates: models/ground/dates.py).

The English text is the reference. The Albanian text still needs a native speaker's
review before it goes on a certificate: every Albanian string is in this one table.
A language missing here falls back to English.
"""
from __future__ import annotations

from models.ground.dates import REFERENCE_LANGUAGE

TEXT: dict[str, dict[str, str]] = {
    "certificate_title": {"en": "Certificate of attendance", "sq": "Vërtetim pjesëmarrjeje"},
    "certify": {"en": "This is to certify that", "sq": "Vërtetohet se"},
    "attended": {"en": "attended", "sq": "mori pjesë në"},
    "held": {"en": "held at {place} on {dates}", "sq": "që u zhvillua në {place} më {dates}"},
    "days_attended": {"en": "Days attended", "sq": "Ditët e pjesëmarrjes"},
    "for_organisers": {"en": "For the organisers", "sq": "Për organizatorët"},
    "signin_title": {"en": "Sign-in sheet", "sq": "Lista e prezencës"},
    "name": {"en": "Name", "sq": "Emri"},
    "role": {"en": "Role", "sq": "Roli"},
    "organisation": {"en": "Organisation", "sq": "Institucioni"},
    "signature": {"en": "Signature", "sq": "Nënshkrimi"},
    "checked_in": {"en": "Checked in", "sq": "Regjistruar"},
    "delegation": {"en": "Delegation", "sq": "Delegacioni"},
    "page": {"en": "Page", "sq": "Faqja"},
    "walk_ins": {"en": "Not on the list: write your name and sign", "sq": "Jo në listë: shkruani emrin dhe nënshkruani"},
    "index": {"en": "Index: everyone on this day's sheets", "sq": "Treguesi: të gjithë në listat e kësaj dite"},
    "signatory": {"en": "Signature", "sq": "Nënshkrimi"},
    "place_date": {"en": "{place}, {date}", "sq": "{place}, më {date}"},
    "event_title": {"en": "{title}", "sq": "{title}"},
}

def report_languages(event_languages: list[str]) -> list[str]:
    """The event's working languages that reports can be written in, in order; English if none."""
    known = [code for code in event_languages if code in TEXT["certificate_title"]]
    return known or [REFERENCE_LANGUAGE]


def words(key: str, language: str, **values) -> str:
    table = TEXT[key]
    return table.get(language, table[REFERENCE_LANGUAGE]).format(**values)


def in_languages(key: str, languages: list[str], separator: str = " / ", **values) -> str:
    """One phrase in every language, without repeating identical translations."""
    phrases = []
    for language in languages:
        phrase = words(key, language, **values)
        if phrase not in phrases:
            phrases.append(phrase)
    return separator.join(phrases)

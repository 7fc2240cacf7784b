"""Certificates an institution signs: one or two signatories, place and date and the title in each working
language, the text never reaching the signatures, and only the roles that receive one."""
from __future__ import annotations

from datetime import date, datetime, time

import pypdfium2 as pdfium
import pytest

from models.checkin.entities import CheckIn
from models.event.editing import details_of, update_event
from models.ground.branding import CertificateDetails, SignatoryDetails, certificate_details, update_certificate_details
from models.ground.clock import local_to_utc, venue_zone
from models.ground.db import write_transaction
from models.ground.entities import Day
from models.participants.entities import Participant, Role
from models.participants.roles import update_role
from models.reports.certificates import ROOM_TO_SIGN, SIGNATURE_LINE, write_certificates_pdf
from models.reports.records import load_record
from tests.reports.pdf_reading import page_texts, render_pages


def test_the_demo_certificate_is_signed_and_dated_in_both_languages(scripted, tmp_path):
    event, _ = scripted
    out = tmp_path / "certificates.pdf"
    write_certificates_pdf(load_record(event), out)
    first = page_texts(out)[0]
    assert "Regional workshop on cooperation between the LEA and ISP" in first
    assert "Punëtori rajonale për bashkëpunimin ndërmjet organeve të zbatimit të ligjit" in first
    assert "Durrës, 10 June 2011 / Durrës, më 10 qershor 2011" in first
    assert "Mustafa Ferati Project Manager, CyberCrime@IPA, Council of Europe Menaxher projekti" in first
    assert "Elton Kerluku Sector against Cybercrimes, State Police of Albania" in first


def test_staff_and_interpreters_get_none_by_default_and_the_organiser_decides(scripted, tmp_path):
    event, arrivals = scripted
    staff = Role.get(Role.key == "staff")
    staff_people = {p.number for p in Participant.select().where(Participant.role == staff)}
    assert staff_people and not staff.certificate
    out = tmp_path / "certificates.pdf"
    count = write_certificates_pdf(load_record(event), out)
    assert not any(f"No. {n}" in text for text in page_texts(out) for n in staff_people)
    # WHEN the organiser gives staff a certificate too
    update_role(staff, staff.name, staff.colour, staff.funded_quota, certificate=True)
    assert write_certificates_pdf(load_record(event), out) == count + len(staff_people & set(arrivals[1]))


def five_day_event(event) -> None:
    """The demo stretched to five days, everyone checked in each day, with very long names and organisations."""
    details = details_of(event)
    details.end_date = date(2011, 6, 13)
    update_event(event, details)
    zone = venue_zone(event.timezone)
    with write_transaction():
        Participant.update(given_name="Anastasija-Konstantina Marija", family_name="Константиновић-Велимировић "
                           "Petrovska Šimunović-Kovačević") .where(Participant.number == 101).execute()
        Participant.update(organisation="Ministarstvo unutarnjih poslova, Ravnateljstvo policije, Uprava "
                           "kriminalističke policije, Služba za visokotehnološki kriminalitet i kibernetičku sigurnost, "
                           "Odjel za računalnu forenziku i digitalne dokaze, Regionalni centar Zagreb") \
            .where(Participant.number == 101).execute()
        for day in Day.select().where(Day.number > 2):  # checked in on the first two days by the script
            CheckIn.create(participant=Participant.get(Participant.number == 101), day=day, desk="Desk 1",
                           at=local_to_utc(datetime.combine(day.date, time(8, 40)), zone), method="scan")


@pytest.mark.parametrize("signatories", [1, 2])
def test_nothing_reaches_the_signatures_for_a_five_day_event_and_the_longest_names(scripted, tmp_path, artifacts,
                                                                                   signatories):
    event, _ = scripted
    five_day_event(event)
    details = certificate_details(event)
    details.signatories = details.signatories[:signatories]
    update_certificate_details(event, details)
    out = tmp_path / "certificates.pdf"
    write_certificates_pdf(load_record(event), out)
    render_pages(out, artifacts / "reports", f"certificate-five-days-{signatories}", limit=1)
    document = pdfium.PdfDocument(str(out))
    try:
        text = document[0].get_textpage()
        content = text.get_text_range()
        flowing = " ".join(content.split())
        assert "Thursday 9 June 2011; Friday 10 June 2011; Saturday 11 June 2011; Sunday 12 June 2011; Monday" \
            in flowing
        assert "Константиновић-Велимировић" in flowing and "Regionalni centar Zagreb" in flowing
        # THEN every letter above the place-and-date line stays clear of it, and the signatures stay below
        top_of_signatures = SIGNATURE_LINE + ROOM_TO_SIGN + 5 * 72 / 25.4
        place_line = content.index("Durrës, ")
        for index in range(place_line):
            if not text.get_text_range(index, 1).strip():
                continue
            left, bottom, right, top = text.get_charbox(index)
            assert bottom >= top_of_signatures, (text.get_text_range(index, 1), bottom)
    finally:
        document.close()


def test_certificate_details_are_checked(demo_event):
    details = certificate_details(demo_event)
    details.signatories = details.signatories + [SignatoryDetails("Third Person")]
    with pytest.raises(Exception, match="room for 2 signatures"):
        update_certificate_details(demo_event, details)
    with pytest.raises(Exception, match="do not include de"):
        update_certificate_details(demo_event, CertificateDetails({"de": "Regionaler Workshop"}))

"""The Event page's Printing tab and roles: logos (PNG or SVG), the Albanian title, who signs the certificates,
which roles receive one, and a warning for badge colours that look alike in greyscale."""
from __future__ import annotations

from datetime import date

import pytest

from models.ground.branding import certificate_details, event_logos, png_size
from models.participants.entities import Role
from tests.ui.pages import open_page
from ui.event.groups import RoleDialog
from ui.event.page import EventPage

SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<rect x="5" y="5" width="90" height="90" rx="12" fill="#1f4e79"/><text x="110" y="65" font-size="40"
fill="#1f4e79">Ministry</text></svg>"""


@pytest.fixture
def page(qtbot, demo_path):
    widget = open_page(qtbot, demo_path, EventPage)
    widget.resize(1100, 900)
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentIndex(widget.tabs.count() - 1)
    return widget


def test_an_svg_logo_is_added_as_a_sharp_png_and_shown(page, tmp_path, artifacts):
    logos = page.printing.logos
    assert logos.list.count() == 1  # the demo's wordmark
    svg = tmp_path / "ministry.svg"
    svg.write_bytes(SVG)
    assert logos.add_file(svg)
    stored = event_logos(page.current_event)
    assert [logo.name for logo in stored] == ["workshop-wordmark.png", "ministry.svg"]
    assert png_size(bytes(stored[1].png)) == (1500, 500)
    # AND moving it left puts it first on the pages
    logos.list.setCurrentRow(1)
    logos.left_button.click()
    assert [logo.name for logo in event_logos(page.current_event)][0] == "ministry.svg"
    # AND a file that is no picture is refused with a sentence, nothing stored
    junk = tmp_path / "notes.svg"
    junk.write_bytes(b"not an svg")
    assert not logos.add_file(junk)
    assert "must be a PNG or SVG" in logos.message.text() and len(event_logos(page.current_event)) == 2
    page.grab().save(str(artifacts / "event-printing-tab.png"))


def test_certificate_details_are_saved_from_the_tab(page):
    form = page.printing.certificates
    assert form.titles["sq"].text().startswith("Punëtori rajonale")
    assert form.signatories[0].name.text() == "Mustafa Ferati"
    form.titles["sq"].setText("Punëtori rajonale (titulli i ri)")
    form.place.setText("Tiranë")
    form.last_day.setChecked(False)
    form.signed_on.setDate(date(2011, 6, 20))
    form.signatories[1].name.setText("")
    form.signatories[1].title.setPlainText("")
    form.save_button.click()
    assert form.message.text() == "Saved."
    details = certificate_details(page.current_event)
    assert details.titles == {"sq": "Punëtori rajonale (titulli i ri)"} and details.place == "Tiranë"
    assert details.signed_on == date(2011, 6, 20) and [s.name for s in details.signatories] == ["Mustafa Ferati"]


def test_roles_say_who_gets_a_certificate_and_colours_that_look_alike_in_grey(page, qtbot, artifacts):
    roles = page.roles
    page.tabs.setCurrentIndex(2)
    assert [roles.table.item(row, 5).text() for row in range(roles.table.rowCount())][-1] == "no"  # staff
    assert not roles.greyscale.isVisible()
    # WHEN the guests' colour is changed to one as dark as the officers' blue
    guest = Role.get(Role.key == "guest")
    dialog = RoleDialog(page.current_event, guest, page)
    qtbot.addWidget(dialog)
    dialog.colour = "#455a64"
    dialog.certificate.setChecked(False)
    dialog.try_save()
    roles.after_change()
    # THEN the page warns, naming the two roles, and guests no longer get a certificate
    assert roles.greyscale.isVisible() and "High-tech crime unit officer – Guest" in roles.greyscale.text()
    assert not Role.get(Role.key == "guest").certificate
    page.grab().save(str(artifacts / "event-roles-greyscale.png"))

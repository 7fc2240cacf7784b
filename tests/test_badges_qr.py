"""The badges' QR matrices: qrcode's own symbol, numeric mode, error correction Q, the mask qrcode chooses."""
from __future__ import annotations

import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from qrcode import util

from models.badges.payload import PAYLOAD_DIGITS
from models.badges.qr import QUIET_ZONE_MODULES, _dark_runs, qr_symbol


def qrcode_default(payload: str) -> tuple:
    """The symbol as qrcode makes it when it evaluates all eight masks itself."""
    code = qrcode.QRCode(version=1, error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0)
    code.add_data(util.QRData(payload, mode=util.MODE_NUMBER))
    code.make(fit=False)
    return tuple(_dark_runs(code.modules))


def picture(symbol, scale: int = 4) -> Image.Image:
    side = (symbol.size + 2 * QUIET_ZONE_MODULES) * scale
    image = Image.new("L", (side, side), 255)
    for row, column, length in symbol.runs:
        x, y = (column + QUIET_ZONE_MODULES) * scale, (row + QUIET_ZONE_MODULES) * scale
        image.paste(0, (x, y, x + length * scale, y + scale))
    return image


@settings(max_examples=400, deadline=None)
@given(payload=st.text("0123456789", min_size=PAYLOAD_DIGITS, max_size=PAYLOAD_DIGITS))
def test_the_matrix_is_the_one_qrcode_makes_with_its_own_mask_choice(payload):
    assert qr_symbol(payload).runs == qrcode_default(payload)


@settings(max_examples=60, deadline=None)
@given(payload=st.text("0123456789", min_size=PAYLOAD_DIGITS, max_size=PAYLOAD_DIGITS))
def test_every_symbol_decodes_as_a_21_module_numeric_code_at_level_q(payload):
    symbol = qr_symbol(payload)
    assert symbol.size == 21
    [decoded] = zxingcpp.read_barcodes(picture(symbol), formats=zxingcpp.BarcodeFormat.QRCode)
    assert decoded.text == payload and decoded.ec_level == "Q" and decoded.symbology_identifier == "]Q1"

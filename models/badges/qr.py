"""The QR symbol of a badge payload, as dark runs ready to draw as vector rectangles.

A 24-digit payload fits QR version 1 (21×21 modules) in numeric mode at error
correction Q (capacity 27 digits), so a badge survives a quarter of its code being
scratched or creased. The symbol comes from zxing-cpp's encoder (the same library the
desk decodes with): it picks the mask pattern by the standard's penalty rules in
native code, about 0.1 ms a symbol, where a pure-Python encoder needs some 3 ms,
a whole second for a thousand badges.
"""
from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

QUIET_ZONE_MODULES = 4  # the white margin the standard asks for on every side
ERROR_CORRECTION = "Q"


@dataclass(frozen=True)
class QrSymbol:
    size: int  # modules per side, without the quiet zone
    runs: tuple[tuple[int, int, int], ...]  # (row, first column, length) of each horizontal run of dark modules


def qr_symbol(payload: str) -> QrSymbol:
    if not payload.isascii() or not payload.isdigit():
        raise ValueError("a badge QR code carries digits only")
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape[:2]
    pixels = memoryview(image).tobytes()  # one byte a module: 0 dark, 255 light
    return QrSymbol(size=width, runs=tuple(_dark_runs(pixels, width, height)))


def _dark_runs(pixels: bytes, width: int, height: int):
    for row in range(height):
        line = pixels[row * width:(row + 1) * width]
        column = 0
        while column < width:
            if line[column] < 128:
                start = column
                while column < width and line[column] < 128:
                    column += 1
                yield row, start, column - start
            else:
                column += 1

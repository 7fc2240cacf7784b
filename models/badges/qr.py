"""The QR symbol of a badge payload, as dark runs ready to draw as vector rectangles.

A 24-digit payload fits QR version 1 (21×21 modules) in numeric mode at error
correction Q (capacity 27 digits), so a badge survives a quarter of its code being
scratched or creased. The matrix comes from the `qrcode` package.

qrcode picks the mask by building the symbol eight times and scoring each with the
standard's four penalty rules in pure Python: about 3 ms a symbol, three seconds for a
thousand badges. Here qrcode builds the symbol once with mask 0; the seven other masked
matrices differ from it only in the data modules, so they are made by flipping those
(where each mask pattern says so), scored with the same rules on whole rows at once,
and qrcode then builds the symbol with the mask that scored lowest. The score is
qrcode's own (format modules left light while scoring, as qrcode does), so the mask
chosen is always the one qrcode would choose itself; a test holds the two together.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode import util

QUIET_ZONE_MODULES = 4  # the white margin the standard asks for on every side
ERROR_CORRECTION = "Q"
VERSION = 1
SIZE = 4 * VERSION + 17
MASKS = range(8)



@dataclass(frozen=True)
class QrSymbol:
    size: int  # modules per side, without the quiet zone
    runs: tuple[tuple[int, int, int], ...]  # (row, first column, length) of each horizontal run of dark modules


def qr_symbol(payload: str) -> QrSymbol:
    if not payload.isascii() or not payload.isdigit():
        raise ValueError("a badge QR code carries digits only")
    code = _built(payload, 0)
    rows = _unmasked(code.modules, _format_modules(), _mask_flips(0))
    columns = _unmasked(zip(*code.modules), _format_columns(), _column_flips(0))
    scores = [penalty([row ^ flips for row, flips in zip(rows, _mask_flips(mask))],
                      [column ^ flips for column, flips in zip(columns, _column_flips(mask))]) for mask in MASKS]
    best = scores.index(min(scores))  # the first of equal scores, as qrcode takes it
    if best:
        _remask(code, best)
    return QrSymbol(size=len(code.modules), runs=tuple(_dark_runs(code.modules)))


def text_symbol(text: str) -> QrSymbol:
    """Any text's QR symbol (an address to open on a phone, say) at error correction M: qrcode picks the
    version and the mask (one symbol, so its few milliseconds do not matter)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return QrSymbol(size=len(code.modules), runs=tuple(_dark_runs(code.modules)))


def _remask(code: qrcode.QRCode, mask: int) -> None:
    """The symbol built with mask 0 turned into the one qrcode builds with `mask`: the data modules where
    the two masks differ flip, and qrcode writes the format modules for the new mask."""
    for row, (before, after) in zip(code.modules, zip(_mask_flips(0), _mask_flips(mask))):
        changed = before ^ after
        for column in range(SIZE):
            if changed >> (SIZE - 1 - column) & 1:
                row[column] = not row[column]
    code.setup_type_info(False, mask)


def _built(payload: str, mask: int) -> qrcode.QRCode:
    code = qrcode.QRCode(version=VERSION, error_correction=qrcode.constants.ERROR_CORRECT_Q, border=0,
                         mask_pattern=mask)
    code.add_data(util.QRData(payload, mode=util.MODE_NUMBER))
    code.make(fit=False)  # raises DataOverflowError for a payload that does not fit version 1
    return code


BINARY_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def _row_bits(cells) -> int:
    """Modules (true for dark) as the bits of an integer, the first module highest."""
    return int(bytes(map(bool, cells)).translate(BINARY_DIGITS), 2)


def _unmasked(lines, formats: tuple[int, ...], flips: tuple[int, ...]) -> list[int]:
    """Rows (or columns) with the data unmasked and, as qrcode scores a mask, the format modules and
    the fixed dark module left light."""
    return [_row_bits(line) & ~clear ^ flip for line, clear, flip in zip(lines, formats, flips)]


@cache
def _layout() -> tuple[list[list[bool]], list[list[bool]]]:
    """(data module?, format module?) for every position of a version 1 symbol: the constant parts."""
    code = qrcode.QRCode(version=VERSION, error_correction=qrcode.constants.ERROR_CORRECT_Q)
    code.makeImpl(True, 0)  # fills qrcode's blank of this version (finder, timing patterns)
    blank = [list(row) for row in qrcode.main.precomputed_qr_blanks[VERSION]]
    code.modules = [list(row) for row in blank]
    code.setup_type_info(True, 0)
    formats = [[blank[r][c] is None and code.modules[r][c] is not None for c in range(SIZE)] for r in range(SIZE)]
    data = [[code.modules[r][c] is None for c in range(SIZE)] for r in range(SIZE)]
    return data, formats


@cache
def _format_modules() -> tuple[int, ...]:
    return tuple(_row_bits(row) for row in _layout()[1])


@cache
def _mask_flips(mask: int) -> tuple[int, ...]:
    """Per row, the data modules the mask pattern darkens or lightens."""
    flip = util.mask_func(mask)
    data = _layout()[0]
    return tuple(_row_bits(data[r][c] and flip(r, c) for c in range(SIZE)) for r in range(SIZE))


@cache
def _format_columns() -> tuple[int, ...]:
    return tuple(_transposed(list(_format_modules())))


@cache
def _column_flips(mask: int) -> tuple[int, ...]:
    return tuple(_transposed(list(_mask_flips(mask))))


def penalty(rows: list[int], columns: list[int]) -> int:
    """qrcode's lost points of a matrix given as its rows and its columns in bits (first module highest)."""
    texts = "|".join(format(line, f"0{SIZE}b") for line in rows + columns)
    score = sum(map(_long_runs, rows)) + sum(map(_long_runs, columns))
    for upper, lower in zip(rows, rows[1:]):  # rule 2: each 2×2 block of one colour
        same_below = ~(upper ^ lower)
        score += 3 * (same_below & (same_below >> 1) & ~(upper ^ (upper >> 1)) & NEIGHBOURS).bit_count()
    # rule 3: neither pattern can overlap itself, so counting them counts every place they start
    score += 40 * (texts.count(FINDER_LEFT) + texts.count(FINDER_RIGHT))
    dark = sum(row.bit_count() for row in rows)  # rule 4: the share of dark modules, by 5 % from a half
    return score + int(abs(dark / SIZE**2 * 100 - 50) / 5) * 10


NEIGHBOURS = (1 << (SIZE - 1)) - 1  # the bits that have a neighbour on their left
FINDER_LEFT, FINDER_RIGHT = "10111010000", "00001011101"


def _long_runs(line: int) -> int:
    """Rule 1: 3 points for each run of five or more modules of one colour, and one more per module beyond five."""
    same = ~(line ^ (line >> 1)) & NEIGHBOURS  # a run of n modules is n − 1 set bits here
    five = same & (same >> 1) & (same >> 2) & (same >> 3)  # … and n − 4 here, when n ≥ 5
    return five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()


def _transposed(rows: list[int]) -> list[int]:
    top = SIZE - 1
    return [_row_bits(row >> (top - column) & 1 for row in rows) for column in range(SIZE)]


def _dark_runs(modules: list[list[bool]]):
    for row, cells in enumerate(modules):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                yield row, start, column - start
            else:
                column += 1

"""How sharp a grabbed picture is, in the screen's own pixels.

Along each row, every change from dark to light (or back) is counted with the grey pixels between: a picture
drawn for the screen's pixels changes within one of them (antialiasing leaves at most one grey), a picture
drawn for fewer pixels and stretched to the screen leaves two or more.
"""
from __future__ import annotations

from statistics import mean

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

DARK, LIGHT = 80, 175  # grey levels below which a pixel is ink, above which paper


def grey_rows(image: QImage, area: QRect | None = None) -> list[bytes]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if area is not None:
        grey = grey.copy(area)
    data, per_line = bytes(grey.constBits()), grey.bytesPerLine()
    return [data[y * per_line:y * per_line + grey.width()] for y in range(grey.height())]


def edge_widths(image: QImage, area: QRect | None = None) -> list[int]:
    """For each change between ink and paper along the rows, how many grey pixels lie between."""
    widths = []
    for row in grey_rows(image, area):
        last, greys = None, 0
        for value in row:
            kind = "ink" if value < DARK else "paper" if value > LIGHT else None
            if kind is None:
                greys += 1
                continue
            if last is not None and kind != last:
                widths.append(greys)
            last, greys = kind, 0
    return widths


def mean_edge_width(image: QImage, area: QRect | None = None) -> float:
    widths = edge_widths(image, area)
    assert len(widths) >= 20, "too few edges to tell how sharp the picture is"
    return mean(widths)


def stretched(image: QImage, ratio: float) -> QImage:
    """The picture drawn for `ratio` times fewer pixels and stretched back: what blurry upscaling looks like."""
    small = image.scaled(round(image.width() / ratio), round(image.height() / ratio),
                         Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return small.scaled(image.width(), image.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def run_lengths(row: bytes) -> list[int]:
    """The lengths of the ink runs along one row."""
    runs, length = [], 0
    for value in row:
        if value < DARK:
            length += 1
        elif length:
            runs.append(length)
            length = 0
    return runs + ([length] if length else [])

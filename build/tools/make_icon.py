"""Draws the app icon (resources/icons/belvedere.png and .ico): a badge with a QR-like block and a role band.

Run `uv run python -m build.tools.make_icon` after changing it; the results are committed.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

from models.ground.resources import resource_path

CELLS = ["1110101", "1010011", "1110110", "0001001", "1011101", "0110010", "1101011"]


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    painter.fillPath(tile, QColor("#1f4e79"))
    card = QPainterPath()
    card.addRoundedRect(QRectF(58, 40, 140, 180), 14, 14)
    painter.fillPath(card, QColor("white"))
    painter.fillRect(QRectF(58, 176, 140, 30), QColor("#1b7f3b"))
    for row, cells in enumerate(CELLS):
        for column, cell in enumerate(cells):
            if cell == "1":
                painter.fillRect(QRectF(86 + column * 12, 62 + row * 12, 12, 12), QColor("#1f2a36"))
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    png = resource_path("icons", "belvedere.png")
    draw().save(str(png))
    Image.open(png).save(resource_path("icons", "belvedere.ico"), sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    print(f"wrote {png} and belvedere.ico")

"""Draws the demo's logo (workshop-wordmark.png): a neutral wordmark for the workshop, no institution's emblem.

Run `uv run python resources/demo/make_wordmark.py` to draw it again; it also puts the picture into
the demo document (cybercrime-ipa-2011.json, "logos"). The drawing is deterministic, so the
committed files and this script stay in step. Pillow comes with reportlab.
"""
from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).parent
FONTS = HERE.parent / "fonts"
HEIGHT = 300
TEXT_LEFT = 340
ACCENT = (31, 78, 121, 255)  # the reports' accent blue
SECONDARY = (74, 85, 96, 255)


def mark(draw: ImageDraw.ImageDraw) -> None:
    """Two linked rings, for two communities working together (police and providers)."""
    for left in (18, 118):
        draw.ellipse((left, 60, left + 180, 240), outline=ACCENT, width=26)


def wordmark() -> bytes:
    bold = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 104)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSansCondensed.ttf"), 50)
    lines = (("CyberCrime@IPA", bold, ACCENT, 52), ("regional workshop · LEA / ISP cooperation", regular, SECONDARY, 182))
    width = TEXT_LEFT + 20 + max(round(font.getlength(text)) for text, font, _, _ in lines)
    image = Image.new("RGBA", (width, HEIGHT), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    mark(draw)
    for text, font, colour, top in lines:
        draw.text((TEXT_LEFT, top), text, font=font, fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    data = wordmark()
    (HERE / "workshop-wordmark.png").write_bytes(data)
    document_path = HERE / "cybercrime-ipa-2011.json"
    document = json.loads(document_path.read_text(encoding="utf-8"))
    document["logos"] = [{"name": "workshop-wordmark.png", "png": base64.b64encode(data).decode("ascii")}]
    document_path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"workshop-wordmark.png: {len(data):,} bytes")


if __name__ == "__main__":
    main()

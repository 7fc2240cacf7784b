"""Write the desk's three answer sounds (run from the repository root):

    uv run python resources/sounds/make_desk_sounds.py

Short sine tones with soft edges, so they are clear in a noisy lobby without being
harsh: a rising pair for "checked in", a level pair for "already checked in", a
falling, longer pair for "refused". 22.05 kHz, 16-bit mono.
"""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
FADE_SECONDS = 0.012  # soft start and end of every note: no clicks
VOLUME = 0.45

# name -> notes as (frequency in Hz, seconds), a silence where frequency is 0
SOUNDS = {
    "desk-ok.wav": [(659.3, 0.09), (0, 0.02), (987.8, 0.14)],  # E5 then B5: rising, bright
    "desk-warn.wav": [(740.0, 0.11), (0, 0.06), (740.0, 0.11)],  # F#5 twice: level, "look"
    "desk-refused.wav": [(392.0, 0.16), (0, 0.03), (261.6, 0.30)],  # G4 then C4: falling, low
}


def note(frequency: float, seconds: float) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * FADE_SECONDS)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade) if fade else 1.0
        t = i / RATE
        # a little of the second harmonic makes a sine audible on small laptop speakers
        value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        samples.append(VOLUME * envelope * value / 1.25 if frequency else 0.0)
    return samples


def write(path: Path, notes: list[tuple[float, float]]) -> None:
    samples = [sample for frequency, seconds in notes for sample in note(frequency, seconds)]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(sample * 32767)) for sample in samples))


def main() -> None:
    folder = Path(__file__).resolve().parent
    for name, notes in SOUNDS.items():
        write(folder / name, notes)
        print(f"wrote {folder / name}")


if __name__ == "__main__":
    main()

"""Writes the agenda's chime (chime-break-end.wav): three soft bell notes, G5 E5 C5.

Run `uv run python resources/sounds/make_chimes.py` to write it again; the output is
deterministic, so the committed file and the script stay in step.
"""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
NOTES = ((783.99, 0.0), (659.25, 0.42), (523.25, 0.84))  # (frequency Hz, start s)
LENGTH = 2.6  # seconds
PEAK = 0.7  # of full scale, about -3 dBFS
# A bell: the fundamental with a few inharmonic partials, each decaying at its own rate.
PARTIALS = ((1.0, 1.0, 2.2), (2.0, 0.35, 3.5), (2.76, 0.22, 5.0), (5.4, 0.08, 8.0))  # (ratio, level, decay /s)
ATTACK = 0.006  # seconds: no click at the start of a note


def sample(t: float) -> float:
    value = 0.0
    for frequency, start in NOTES:
        local = t - start
        if local < 0:
            continue
        attack = min(1.0, local / ATTACK)
        for ratio, level, decay in PARTIALS:
            value += attack * level * math.exp(-decay * local) * math.sin(2 * math.pi * frequency * ratio * local)
    return value


def render() -> list[float]:
    samples = [sample(index / RATE) for index in range(int(LENGTH * RATE))]
    fade = int(0.05 * RATE)  # end on silence
    for index in range(fade):
        samples[-1 - index] *= index / fade
    loudest = max(abs(value) for value in samples)
    return [value * PEAK / loudest for value in samples]


def write(path: Path) -> None:
    frames = b"".join(struct.pack("<h", round(value * 32767)) for value in render())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    write(Path(__file__).with_name("chime-break-end.wav"))

"""Write the pack screen's two scan beeps, resources/sounds/good.wav and bad.wav (a few KB each).

Run `.venv/bin/python scripts/make_sounds.py` after changing a tone; the files are committed so
the app needs no generator at run time. Good: one short high beep. Bad: two low buzzes.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 16_000
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(frequency: float, ms: int, *, square: bool = False, volume: float = 0.5) -> list[int]:
    count = RATE * ms // 1000
    fade = RATE * 5 // 1000  # 5 ms ramps: no clicks
    samples = []
    for n in range(count):
        wave_value = math.sin(2 * math.pi * frequency * n / RATE)
        if square:
            wave_value = 1.0 if wave_value >= 0 else -1.0
        ramp = min(1.0, n / fade, (count - n) / fade)
        samples.append(int(32767 * volume * ramp * wave_value))
    return samples


def silence(ms: int) -> list[int]:
    return [0] * (RATE * ms // 1000)


def write(name: str, samples: list[int]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    good = write("good.wav", tone(1760, 70))
    bad = write(
        "bad.wav",
        tone(220, 140, square=True, volume=0.35)
        + silence(60)
        + tone(220, 140, square=True, volume=0.35),
    )
    for path in (good, bad):
        print(f"{path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

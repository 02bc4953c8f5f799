"""Run every benchmark module (benchmarks/*_bench.py) and print its figures: `python -m benchmarks`.

Each module has a `main()` that prints its own lines. Timing is never asserted: these figures are
for people (and the README), not for CI to fail on. Name modules to run only those:
`python -m benchmarks queue`.

`python -m benchmarks soak [--orders N --kills K ...]` runs the soak instead (benchmarks/soak.py:
minutes long, faults and kill -9; not part of the plain run). It exits non-zero on a loss.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path


def bench_modules(only: list[str]) -> list[str]:
    here = Path(__file__).parent
    names = sorted(
        info.name for info in pkgutil.iter_modules([str(here)]) if info.name.endswith("_bench")
    )
    return [n for n in names if not only or any(n.startswith(o) for o in only)]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["soak"]:
        from benchmarks.soak import main as soak

        return soak(argv[1:])
    names = bench_modules(argv)
    if not names:
        print("no benchmark modules matched", argv)
        return 1
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}")
        started = time.perf_counter()
        module.main()
        print(f"   ({time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

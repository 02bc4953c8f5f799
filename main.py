"""Entry point: `packstation` and `python main.py`. The real composition root lands with the UI."""

from __future__ import annotations


def main() -> int:
    from ui.app import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())

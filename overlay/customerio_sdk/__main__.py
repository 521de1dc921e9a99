"""``python -m customerio_sdk demo [--live]``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "demo":
        print("usage: python -m customerio_sdk demo [--live]", file=sys.stderr)
        return 2
    from ._demo import main as demo

    return demo(argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""``python -m codegen check``: the pinned specs match their lock, and a fresh build reproduces
every derived file byte for byte (the three generated packages, the mock's specs, the module path
lock, docs/operations.md: the list is :func:`codegen.build.derived_outputs`). It also fails when a
hand-written SDK method's operation left the spec. CI runs it, so a hand edit under generated/ or a
template change without a regeneration fails the build."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from codegen.apis import APIS, ROOT
from codegen.build import BuildFailed, build_all, stale_outputs
from codegen.lockfile import verify_specs

_SHOWN = 200
__all__ = ["run"]


def add_arguments(parser) -> None:
    parser.add_argument("--skip-generate", action="store_true", help="only verify the specs against the lock")


def run(args, root: Path = ROOT) -> int:
    problems = [f"spec: {p}" for p in verify_specs()]
    if not args.skip_generate:
        with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
            try:
                build_all(Path(tmp), root=root)
            except BuildFailed as exc:
                problems += exc.problems
            else:
                problems += stale_outputs(Path(tmp), root=root)
    if problems:
        print(f"codegen check failed ({len(problems)} problem(s)):", file=sys.stderr)
        for problem in problems[:_SHOWN]:
            print(f"  - {problem}", file=sys.stderr)
        if len(problems) > _SHOWN:
            print(f"  … and {len(problems) - _SHOWN} more", file=sys.stderr)
        print("Run `make generate` (never edit derived files by hand) and commit the result.", file=sys.stderr)
        return 1
    print(f"codegen check passed: specs match the lock; every derived file is in sync for {', '.join(APIS)}")
    return 0

"""``python -m codegen check``: the pinned specs match their lock, and regenerating reproduces
``generated/`` byte for byte. CI runs it, so a hand edit under generated/ or a template change
without a regeneration fails the build."""

from __future__ import annotations

import filecmp
import sys
import tempfile
from pathlib import Path

from codegen.apis import APIS, GENERATED_DIR
from codegen.generate import GenerationError, generate_all
from codegen.lockfile import verify_specs

_IGNORED = {"__pycache__"}


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and not _IGNORED.intersection(p.relative_to(root).parts) and p.suffix != ".pyc"
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Differences between a fresh generation (expected) and the committed tree (actual)."""
    want, have = _files(expected), _files(actual)
    problems = [f"missing from generated/: {name}" for name in sorted(want - have)]
    problems += [f"not produced by the generator (hand-added?): {name}" for name in sorted(have - want)]
    for name in sorted(want & have):
        if not filecmp.cmp(expected / name, actual / name, shallow=False):
            problems.append(f"differs from a fresh generation: {name}")
    return problems


def _app_layer_problems(app_package: Path) -> list[str]:
    """The App resource layer (overlay/customerio_sdk/app/_generated/) against a fresh render."""
    from codegen import app_layer

    if not (app_package / "_operations.py").exists():  # nothing generated for the App API
        return []
    try:
        return app_layer.problems(app_layer.build(app_package))
    except app_layer.AppLayerError as exc:
        return [str(exc)]


def add_arguments(parser) -> None:
    parser.add_argument("--skip-generate", action="store_true", help="only verify the specs against the lock")


def run(args) -> int:
    from codegen.mock_specs import stale_mock_specs

    problems = [f"spec: {p}" for p in verify_specs()]
    problems += [f"mock spec out of date: customerio_sdk/testing/specs/{name}.json.gz" for name in stale_mock_specs()]
    if not args.skip_generate:
        with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
            try:
                generate_all(Path(tmp))
            except GenerationError as exc:
                problems.append(str(exc))
            else:
                for api in APIS.values():
                    problems += [
                        f"{api.package}/{p.split(': ', 1)[1]}: {p.split(': ', 1)[0]}"
                        for p in compare_trees(Path(tmp) / api.package, GENERATED_DIR / api.package)
                    ]
                problems += _app_layer_problems(Path(tmp) / APIS["app"].package)
    if problems:
        print(f"codegen check failed ({len(problems)} problem(s)):", file=sys.stderr)
        for problem in problems[:200]:
            print(f"  - {problem}", file=sys.stderr)
        if len(problems) > 200:
            print(f"  … and {len(problems) - 200} more", file=sys.stderr)
        print("Run `make generate` (never edit generated/ by hand) and commit the result.", file=sys.stderr)
        return 1
    print(f"codegen check passed: specs match the lock; generated/ is in sync for {', '.join(APIS)}")
    return 0

"""``python -m codegen <command>``: each command lives in its own module with
``add_arguments(parser)`` and ``run(args) -> int``; this file only dispatches."""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "fetch": ("codegen.fetch", "download a spec from its official URL (or a mirror) and update the lock"),
    "generate": ("codegen.generate", "normalise the pinned specs and regenerate generated/"),
    "check": ("codegen.check", "verify specs match the lock and generated/ is in sync"),
    "diff": ("codegen.diff", "report what changed between two versions of a spec (or two generations)"),
    "outdated": ("codegen.outdated", "exit 1 when Customer.io published specs newer than the pinned ones"),
    "normalise": ("codegen.normalise", "write the normalised spec the generator sees (for review)"),
    "mock-specs": ("codegen.mock_specs", "write (or --check) the normalised specs the mock server ships"),
    "operations-doc": ("codegen.operations_doc", "write (or --check) docs/operations.md, the operations table"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # Import only the chosen command's module: each pulls in different tools (httpx, the generator).
    chosen = next((a for a in argv if not a.startswith("-")), None)
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    module = None
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.add_arguments(command_parser)
    args = parser.parse_args(argv)
    return int(module.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

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
    "diff": ("codegen.diff", "report what changed between two versions of a spec"),
    "normalise": ("codegen.normalise", "write the normalised spec the generator sees (for review)"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        modules[name] = module
        module.add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    return int(modules[args.command].run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())

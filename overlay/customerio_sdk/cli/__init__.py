"""``cio``: the Customer.io command line (``pip install 'customerio-sdk[cli]'``).

Every command is built from what the SDK already knows: the App resources' method tables
(``Resource.operations()``), each generated package's operation inventory (``_operations.py``)
and the generated functions' signatures and docstrings; the Track and Pipelines commands from the
clients' public methods. The tree is built lazily: ``cio --help`` imports no generated code, and a
single command imports only its own operation's module. See docs/cli.md.

Exit codes: 0 success, 1 API error, 2 usage error, 3 a batch or an import finished with failed or
rejected lines (rows).
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """The ``cio`` console script."""
    try:
        import click  # noqa: F401
    except ImportError:
        print("cio needs the 'cli' extra: pip install 'customerio-sdk[cli]'", file=sys.stderr)
        sys.exit(2)
    from ._main import cli

    cli.main(args=argv, prog_name="cio")

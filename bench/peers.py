"""The peer packages the benchmark compares against (the ``bench`` extra).

``customerio-cdp-analytics`` ships an empty ``customerio/__init__.py``: installed after the official
``customerio`` package it replaces that package's ``__init__`` and ``from customerio import
CustomerIO`` fails (pip installs an extra's packages in no guaranteed order). :func:`ensure` checks
both imports in a fresh interpreter and, when the official one is broken, reinstalls ``customerio``
(same pinned version, no dependencies) over it: its ``__init__`` comes back and the
``customerio/analytics`` sub-package of the other distribution stays in place, so both import.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

CHECK = {
    "customerio": "from customerio import CustomerIO",
    "customerio-cdp-analytics": "from customerio.analytics import Client",
    "async-customerio": "from async_customerio import AsyncCustomerIO",
}


def _imports(statement: str) -> bool:
    return subprocess.run([sys.executable, "-c", statement], capture_output=True, check=False).returncode == 0


def versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in CHECK}


def ensure() -> dict[str, str]:
    """Make every peer importable; return their versions. Exits with a hint when one is missing."""
    try:
        found = versions()
    except metadata.PackageNotFoundError as exc:
        sys.exit(f"bench: peer package {exc.name} is not installed; run: pip install -e '.[dev,bench]'")
    if not _imports(CHECK["customerio"]):
        print("bench: customerio's __init__ was overwritten by customerio-cdp-analytics; reinstalling customerio")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--no-deps",
                "--force-reinstall",
                f"customerio=={found['customerio']}",
            ],
            check=True,
        )
    broken = [name for name, statement in CHECK.items() if not _imports(statement)]
    if broken:
        sys.exit(f"bench: cannot import {', '.join(broken)}; run: pip install -e '.[dev,bench]'")
    return found

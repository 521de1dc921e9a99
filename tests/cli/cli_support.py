"""What the ``cio`` tests import by name. (Not in conftest.py: ``conftest`` is ambiguous when
tests/cli and tests/bulk are collected in one run.)"""

from __future__ import annotations

import os
import shutil
import sys

#: Credentials the tests give ``cio``: distinctive, so a test can assert they are never printed.
SECRETS = {
    "CUSTOMERIO_APP_API_KEY": "app-secret-9f3b",
    "CUSTOMERIO_SITE_ID": "site-secret-77aa",
    "CUSTOMERIO_API_KEY": "track-secret-1c2d",
    "CUSTOMERIO_PIPELINES_WRITE_KEY": "write-secret-5e6f",
}


def cio_executable() -> str:
    """The ``cio`` console script installed next to this interpreter."""
    found = shutil.which("cio", path=os.path.dirname(sys.executable))
    assert found, "the cio console script is not installed (pip install -e '.[dev]')"
    return found

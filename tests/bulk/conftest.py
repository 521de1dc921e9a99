"""Fixtures of the bulk import tests: one counting server per session (input writers: bulk_inputs.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bulk_server import CountingServer


@pytest.fixture(scope="session")
def counting_server() -> Iterator[CountingServer]:
    server = CountingServer().start()
    yield server
    server.stop()


@pytest.fixture
def counting(counting_server: CountingServer) -> CountingServer:
    counting_server.reset()
    return counting_server

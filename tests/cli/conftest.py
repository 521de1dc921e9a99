"""Fixtures for the ``cio`` tests: one mock server per module, the environment pointing ``cio`` at
it (fake credentials, base URLs), and a runner for the real ``cio`` executable."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from cli_support import SECRETS, cio_executable
from customerio_sdk.testing import MockServer


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture
def clean_mock(mock: MockServer) -> Iterator[MockServer]:
    mock.reset()
    yield mock
    mock.reset()


@pytest.fixture(scope="module")
def cio_env(mock: MockServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMERIO_", "CIO_"))}
    env.update(SECRETS)
    env.update(
        CIO_APP_BASE_URL=mock.app_url,
        CIO_TRACK_BASE_URL=mock.track_url,
        CIO_PIPELINES_BASE_URL=mock.pipelines_url,
    )
    return env


@pytest.fixture(scope="module")
def cio(cio_env: dict[str, str]):
    """``cio(*args, input=...)`` -> CompletedProcess (text), the real executable as a subprocess."""
    executable = cio_executable()

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [executable, *args],
            input=input,
            check=False,
            capture_output=True,
            text=True,
            env=env or cio_env,
            stdin=None if input is not None else subprocess.DEVNULL,
            timeout=60,
        )

    return run

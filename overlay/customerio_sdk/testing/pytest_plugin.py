"""pytest plugin (entry point ``customerio_mock``): the ``customerio_mock`` fixture.

    def test_signup(customerio_mock):
        client = TrackClient("site_id", "api_key", base_url=customerio_mock.track_url)
        client.identify("42", email="a@example.com")
        assert customerio_mock.requests[-1].operation_id == "identify"

The fixture is a started :class:`~customerio_sdk.testing.MockServer`, stopped after the test. At
teardown the test fails if a request violated the specs, unless the test expected it: assert on
``customerio_mock.violations`` and ``clear()`` it, or mark the test
``@pytest.mark.customerio_mock(allow_violations=True)``. ``strict=False`` in the same marker
selects the lenient validation (docs/testing.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._mock import MockServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "customerio_mock(allow_violations=False, strict=True): options for the customerio_mock fixture",
    )


@pytest.fixture
def customerio_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A started Customer.io MockServer (App, Track, Pipelines), stopped after the test."""
    from . import MockServer

    marker = request.node.get_closest_marker("customerio_mock")
    options = dict(marker.kwargs) if marker else {}
    allow_violations = bool(options.pop("allow_violations", False))
    unknown = set(options) - {"strict"}
    if unknown:
        raise pytest.UsageError(f"customerio_mock marker: unknown option(s) {sorted(unknown)}")
    with MockServer(strict=bool(options.get("strict", True))) as mock:
        yield mock
    if not allow_violations and mock.violations:
        pytest.fail(
            "customerio_mock recorded spec violations (assert on customerio_mock.violations and clear() it "
            "if the test expects them):\n" + "\n".join(f"  - {v}" for v in mock.violations),
            pytrace=False,
        )

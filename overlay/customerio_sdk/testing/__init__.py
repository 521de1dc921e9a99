"""A spec-validating Customer.io mock for tests: App, Track and Pipelines on one loopback port.

    from customerio_sdk.testing import MockServer

    with MockServer() as mock:
        client = TrackClient("site_id", "api_key", base_url=mock.track_url)
        ...
        assert mock.violations == []

With pytest, the ``customerio_mock`` fixture (installed with the SDK) gives each test a started
MockServer. Needs the ``testing`` extra: ``pip install 'customerio-sdk[testing]'``.
See docs/testing.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import MockServer, RecordedRequest, Script, Violation

__all__ = ["MockServer", "RecordedRequest", "Script", "Violation"]


def __getattr__(name: str) -> Any:
    # Lazy, so the pytest plugin (loaded in every pytest run of an environment with the SDK) costs
    # nothing and works without the testing extra until the fixture is used.
    if name in __all__:
        try:
            from . import _mock
        except ImportError as exc:  # openapi-core missing
            raise ImportError(
                f"customerio_sdk.testing needs the 'testing' extra ({exc}); "
                "install it with: pip install 'customerio-sdk[testing]'"
            ) from exc
        return getattr(_mock, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

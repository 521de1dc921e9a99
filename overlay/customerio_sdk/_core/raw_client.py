"""``client.raw``: a generated raw client bound to the SDK client that made it.

The generated ``Client`` sends through whatever httpx clients it holds. ``client.raw`` holds the SDK
client's own (its transport adds auth, retries, rate limiting and typed errors), is shared (every
App method sends through it) and does not own them. So on it, unlike on a plain generated client:

- ``set_httpx_client`` / ``set_async_httpx_client`` raise :class:`~customerio_sdk.errors.ConfigurationError`:
  replacing the httpx client would silently drop the SDK's transport for every user of ``raw``.
- ``with client.raw`` / ``async with client.raw`` do not close anything: the SDK client owns the
  connection pool and closes it.

``with_headers``/``with_cookies``/``with_timeout`` and ``without_parsing`` (generated) return raw
clients of the same bound class that send through the same transport.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["bound_raw_class"]


class _BoundRaw:
    """Placed before the generated client class in the bound class's bases, so these win."""

    __slots__ = ()
    _owner: ClassVar[str] = "the SDK client"

    def _bind(self, sync_client: Any, async_client: Any) -> Self:
        """Give the raw client the SDK's httpx clients (the one path that may set them)."""
        base: Any = super()
        base.set_httpx_client(sync_client)
        base.set_async_httpx_client(async_client)
        return self

    def _refuse(self, method: str) -> ConfigurationError:
        owner = self._owner
        return ConfigurationError(
            f"{owner}.raw.{method}() would replace the httpx client {owner} sends through (auth, retries,"
            f" rate limits, typed errors) for every user of raw. To change how requests are sent, pass"
            f" transport= to {owner}(...); for other headers, cookies or timeout, use"
            " raw.with_headers(), raw.with_cookies() or raw.with_timeout()"
        )

    def set_httpx_client(self, client: Any) -> Self:
        raise self._refuse("set_httpx_client")

    def set_async_httpx_client(self, async_client: Any) -> Self:
        raise self._refuse("set_async_httpx_client")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None


@functools.cache
def bound_raw_class(generated: type[Any], owner: str) -> type[Any]:
    """The class of ``<owner>.raw``: ``generated`` (a generated package's ``Client``) bound as above."""
    namespace = {"__slots__": (), "__module__": __name__, "__qualname__": generated.__name__, "_owner": owner}
    return type(generated.__name__, (_BoundRaw, generated), namespace)

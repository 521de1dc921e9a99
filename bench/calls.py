"""2,000 sequential calls (identify and track, alternating), sync and async, per client.

Every variant sends the same requests to the same loopback server: ``PUT /api/v1/customers/{id}``
with the person's attributes and ``POST /api/v1/customers/{id}/events`` with an event (carrying a
ULID dedupe id, as the overlay sends one). Variants are
interleaved round by round; the figure is the median of the rounds' total times.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import httpx
from customerio_sdk._core.dedupe_ids import ulid

from ._common import API_KEY, SITE_ID, median, rotated

CALLS = 2000
NODELAY = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
ATTRS = {"email": "person@example.com", "plan": "pro", "created_at": 1_700_000_000}
DATA = {"amount": 42, "currency": "EUR"}


def _ids() -> list[str]:
    return [f"user-{i % 100}" for i in range(CALLS // 2)]


# -- sync ---------------------------------------------------------------------------------------


def sync_variants(url: str) -> dict[str, tuple[Callable[[], None], Callable[[], None]]]:
    """name -> (run 2,000 calls, close)."""
    from customerio import CustomerIO
    from customerio_sdk import TrackClient
    from customerio_track_api.api.track_customers import identify as raw_identify
    from customerio_track_api.api.track_events import track as raw_track
    from customerio_track_api.models.identify_body import IdentifyBody
    from customerio_track_api.models.standard_event import StandardEvent

    ids = _ids()
    variants: dict[str, tuple[Callable[[], None], Callable[[], None]]] = {}

    plain = httpx.Client(base_url=url, auth=(SITE_ID, API_KEY), transport=httpx.HTTPTransport(socket_options=NODELAY))

    def run_plain() -> None:
        for ident in ids:
            path = f"/api/v1/customers/{quote(ident, safe='')}"
            plain.put(path, json=ATTRS).raise_for_status()
            event = {"name": "purchased", "data": DATA, "id": ulid()}  # the overlay sends a dedupe id too
            plain.post(path + "/events", json=event).raise_for_status()

    variants["plain httpx.Client loop"] = (run_plain, plain.close)

    track = TrackClient(site_id=SITE_ID, api_key=API_KEY, base_url=url)

    def run_overlay() -> None:
        for ident in ids:
            track.identify(ident, ATTRS)
            track.track(ident, "purchased", DATA)

    variants["customerio_sdk TrackClient identify/track"] = (run_overlay, lambda: None)

    raw = track.raw

    def run_raw() -> None:
        for ident in ids:
            raw_identify.sync_detailed(ident, client=raw, body=IdentifyBody.from_dict(ATTRS))
            raw_track.sync_detailed(
                ident, client=raw, body=StandardEvent.from_dict({"name": "purchased", "data": DATA})
            )

    variants["customerio_sdk client.raw (generated)"] = (run_raw, track.close)

    official = CustomerIO(SITE_ID, API_KEY)
    official.base_url = f"{url}/api/v1"  # it always builds an https:// URL from host/port

    def run_official() -> None:
        for ident in ids:
            official.identify(ident, **ATTRS)
            official.track(ident, "purchased", data=DATA)

    variants["customerio (official, requests)"] = (run_official, lambda: official.http.close())
    return variants


# -- async --------------------------------------------------------------------------------------


def async_variants(url: str) -> dict[str, tuple[Callable[[], Awaitable[None]], Callable[[], Awaitable[None]]]]:
    from async_customerio import AsyncCustomerIO
    from customerio_sdk import AsyncTrackClient
    from customerio_track_api.api.track_customers import identify as raw_identify
    from customerio_track_api.api.track_events import track as raw_track
    from customerio_track_api.models.identify_body import IdentifyBody
    from customerio_track_api.models.standard_event import StandardEvent

    ids = _ids()
    variants: dict[str, Any] = {}

    plain = httpx.AsyncClient(
        base_url=url, auth=(SITE_ID, API_KEY), transport=httpx.AsyncHTTPTransport(socket_options=NODELAY)
    )

    async def run_plain() -> None:
        for ident in ids:
            path = f"/api/v1/customers/{quote(ident, safe='')}"
            (await plain.put(path, json=ATTRS)).raise_for_status()
            event = {"name": "purchased", "data": DATA, "id": ulid()}  # the overlay sends a dedupe id too
            (await plain.post(path + "/events", json=event)).raise_for_status()

    variants["plain httpx.AsyncClient loop"] = (run_plain, plain.aclose)

    track = AsyncTrackClient(site_id=SITE_ID, api_key=API_KEY, base_url=url)

    async def run_overlay() -> None:
        for ident in ids:
            await track.identify(ident, ATTRS)
            await track.track(ident, "purchased", DATA)

    async def nothing() -> None:
        return None

    variants["customerio_sdk AsyncTrackClient identify/track"] = (run_overlay, nothing)

    raw = track.raw

    async def run_raw() -> None:
        for ident in ids:
            await raw_identify.asyncio_detailed(ident, client=raw, body=IdentifyBody.from_dict(ATTRS))
            body = StandardEvent.from_dict({"name": "purchased", "data": DATA})
            await raw_track.asyncio_detailed(ident, client=raw, body=body)

    variants["customerio_sdk async client.raw (generated)"] = (run_raw, track.aclose)

    class _LoopbackAsyncCustomerIO(AsyncCustomerIO):
        # It always builds an https:// URL from host/port; the loopback server speaks plain HTTP.
        @staticmethod
        def setup_base_url(host: str, port: int, prefix: str) -> str:
            return f"{url}/{prefix.strip('/')}"

    official = _LoopbackAsyncCustomerIO(SITE_ID, API_KEY)

    async def run_official() -> None:
        for ident in ids:
            await official.identify(ident, **ATTRS)
            await official.track(ident, "purchased", **DATA)

    variants["async-customerio (official)"] = (run_official, official.close)
    return variants


def _paired(samples: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Median seconds per variant, and the median of each round's ratio to that round's plain
    httpx loop: pairing within a round cancels the load drift of a shared machine."""
    plain = next(v for k, v in samples.items() if k.startswith("plain"))
    return {
        name: {"seconds": median(v), "ratio": median([t / p for t, p in zip(v, plain, strict=True)])}
        for name, v in samples.items()
    }


def run(url: str, rounds: int = 9) -> dict[str, dict[str, dict[str, float]]]:
    """{"sync": {name: {"seconds", "ratio"}}, "async": {...}}; one warm-up round each."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    sync = sync_variants(url)
    samples: dict[str, list[float]] = {name: [] for name in sync}
    for round_ in range(rounds + 1):
        for name in rotated(list(sync), round_):
            start = time.perf_counter()
            sync[name][0]()
            if round_:
                samples[name].append(time.perf_counter() - start)
    for _, close in sync.values():
        close()
    results["sync"] = _paired(samples)

    async def main() -> dict[str, dict[str, float]]:
        variants = async_variants(url)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for round_ in range(rounds + 1):
            for name in rotated(list(variants), round_):
                start = time.perf_counter()
                await variants[name][0]()
                if round_:
                    samples[name].append(time.perf_counter() - start)
        for _, close in variants.values():
            await close()
        return _paired(samples)

    results["async"] = asyncio.run(main())
    return results

"""Batch ingest of 100,000 events of mixed sizes.

* ``TrackClient.batch()`` (Track v2 ``POST /api/v2/batch``) and ``PipelinesClient.batch()``
  (``POST /v1/batch``) as users call them: a list of event dicts in, every request sent;
* ``customerio-cdp-analytics`` (the official Pipelines library): ``client.track()`` per event into
  its queue, then ``flush()``; with its default queue (10,000) and with one holding every event;
* the plain-httpx floor of each path: the exact bodies its ``batch()`` sends (dedupe ids included),
  pre-serialised untimed, then posted one after the other.

The server counts requests, events and bytes; "lost" is events sent minus events the server
received. The minimum request count is the bytes the server received / 500,000, rounded up.
"""

from __future__ import annotations

import json
import math
import random
import time
from typing import Any

import httpx

from ._common import API_KEY, SITE_ID, WRITE_KEY, Server, median, rotated
from .calls import NODELAY

EVENTS = 100_000
MAX_REQUEST_BYTES = 500_000


def _properties(rng: random.Random) -> dict[str, Any]:
    """Mixed sizes: 60% ~100 B, 30% ~500 B, 10% ~2 KB of properties."""
    roll = rng.random()
    size = 100 if roll < 0.6 else 500 if roll < 0.9 else 2000
    return {"plan": "pro", "amount": rng.randint(1, 10_000), "note": "x" * size, "tags": ["a", "b"]}


def events() -> list[tuple[str, str, dict[str, Any]]]:
    rng = random.Random(5)
    return [
        (f"user-{rng.randint(1, 50_000)}", rng.choice(("purchased", "viewed", "signed_up")), _properties(rng))
        for _ in range(EVENTS)
    ]


def _pipelines_calls(evts: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [{"type": "track", "userId": u, "event": n, "properties": p} for u, n, p in evts]


def _track_ops(evts: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    return [
        {"type": "person", "identifiers": {"id": u}, "action": "event", "name": n, "attributes": p} for u, n, p in evts
    ]


#: Where each path's floor posts, and with which credentials (the same as the SDK's client).
FLOOR_ROUTES = {"track": ("/api/v2/batch", (SITE_ID, API_KEY)), "pipelines": ("/v1/batch", (WRITE_KEY, ""))}


def floor_bodies(api: str, evts: list[tuple[str, str, dict[str, Any]]]) -> list[bytes]:
    """The exact request bodies ``batch()`` sends for ``api`` ("track" or "pipelines"), made untimed
    by the SDK's own packer: the floor posts the same bytes, dedupe ids included, in the same number
    of requests, so the server does the same work for the floor as for the SDK run it is compared
    with (bodies without ids are ~10% smaller; in :mod:`bench.latency`, whose server counts ids,
    they would also skip that work)."""
    from customerio_sdk import PipelinesClient, TrackClient

    if api == "track":
        chunks = TrackClient._packer(_track_ops(evts), "raise")
    else:
        with PipelinesClient(WRITE_KEY, base_url="http://127.0.0.1:9") as cdp:  # never sends
            chunks = cdp._packer(_pipelines_calls(evts), None, None, "raise")
    return [chunk.body for chunk in chunks]


def post_bodies(url: str, bodies: list[bytes], api: str) -> None:
    """The floor: pre-serialised bodies posted one after the other with a plain ``httpx.Client``."""
    path, auth = FLOOR_ROUTES[api]
    with httpx.Client(
        base_url=url,
        auth=auth,
        transport=httpx.HTTPTransport(socket_options=NODELAY),
        headers={"Content-Type": "application/json"},
    ) as client:
        for body in bodies:
            client.post(path, content=body).raise_for_status()


FLOOR_NAMES = {
    "track": "plain httpx, the Track bodies pre-serialised (Track floor)",
    "pipelines": "plain httpx, the Pipelines bodies pre-serialised (Pipelines floor)",
}


def run(server: Server, rounds: int = 3) -> dict[str, dict[str, float]]:
    import logging

    from customerio.analytics import Client as CdpClient
    from customerio_sdk import PipelinesClient, TrackClient

    # Its "queue is full" warning, once per refused event, would bury the table.
    logging.getLogger("customerio").setLevel(logging.CRITICAL)
    evts = events()
    calls, ops = _pipelines_calls(evts), _track_ops(evts)
    floors = {api: floor_bodies(api, evts) for api in FLOOR_ROUTES}
    url = server.url

    from customerio_sdk._core import compact_json as _json

    def sdk_track(encoder: str) -> Any:
        def go() -> None:
            _json.use_encoder(encoder)
            with TrackClient(site_id=SITE_ID, api_key=API_KEY, base_url=url) as track:
                result = track.batch(ops)
                assert result.sent == EVENTS, result

        return go

    def sdk_pipelines(encoder: str) -> Any:
        def go() -> None:
            _json.use_encoder(encoder)
            with PipelinesClient(write_key=WRITE_KEY, base_url=f"{url}/v1") as cdp:
                result = cdp.batch(calls)
                assert result.sent == EVENTS, result

        return go

    def cdp_analytics(**options: Any) -> Any:
        def go() -> None:
            client = CdpClient(WRITE_KEY, host=url, **options)
            for user, name, props in evts:
                client.track(user, name, props)
            client.flush()
            client.join()

        return go

    def plain_floor(api: str) -> Any:
        return lambda: post_bodies(url, floors[api], api)

    # name -> (run it, the path whose floor it is compared with: the one sending the same bodies)
    variants: dict[str, tuple[Any, str]] = {
        "customerio_sdk TrackClient.batch() (v2)": (sdk_track("orjson"), "track"),
        "customerio_sdk PipelinesClient.batch()": (sdk_pipelines("orjson"), "pipelines"),
        "customerio_sdk TrackClient.batch() (v2), stdlib JSON": (sdk_track("stdlib"), "track"),
        "customerio_sdk PipelinesClient.batch(), stdlib JSON": (sdk_pipelines("stdlib"), "pipelines"),
        "customerio-cdp-analytics (default queue)": (cdp_analytics(), "pipelines"),
        "customerio-cdp-analytics (queue of 100,000)": (cdp_analytics(max_queue_size=EVENTS), "pipelines"),
        **{FLOOR_NAMES[api]: (plain_floor(api), api) for api in FLOOR_ROUTES},
    }
    samples: dict[str, list[tuple[float, dict[str, int]]]] = {name: [] for name in variants}
    try:
        for round_ in range(rounds):
            for name in rotated(list(variants), round_):
                fn = variants[name][0]
                server.reset()
                start = time.perf_counter()
                fn()
                seconds = time.perf_counter() - start
                samples[name].append((seconds, server.stats()))
    finally:
        _json.use_encoder("auto")
    # Each variant's time over its path's floor in the same round, then the median of those ratios.
    floor_ratio = {
        name: median([s / f for (s, _), (f, _) in zip(samples[name], samples[FLOOR_NAMES[floor]])])
        for name, (_fn, floor) in variants.items()
    }
    results = {}
    for name, runs in samples.items():
        seconds = median([s for s, _ in runs])
        stats = runs[-1][1]
        received = median([st["events"] for _, st in runs])
        results[name] = {
            "seconds": seconds,
            "events_per_s": received / seconds,
            "requests": stats["requests"],
            "min_requests": math.ceil(stats["bytes"] / MAX_REQUEST_BYTES),
            "bytes_per_request": stats["bytes"] / max(stats["requests"], 1),
            "max_body": stats["max_body"],
            "lost": EVENTS - min(st["events"] for _, st in runs),
            "floor_ratio": floor_ratio[name],
        }
    return results


ENCODERS = ("orjson", "stdlib")  # behind compact_dumps: with the `fast` extra, and without it


def packing_cost(repeats: int = 5) -> list[dict[str, Any]]:
    """CPU seconds to turn the 100,000 events into request bodies, no network: ``json.dumps`` of
    each whole payload (the references), the packer alone, and each client's full batch path
    (validation, a dedupe id per event, packing) with each encoder. Each row names the reference
    it is compared with: the Track path with the Track payload, the Pipelines path with the
    Pipelines payload (the issue's "json.dumps of the same payload")."""
    from customerio_sdk import PipelinesClient, TrackClient
    from customerio_sdk._core import compact_json as _json
    from customerio_sdk._core.batch_packing import BatchPacker

    evts = events()
    calls, ops = _pipelines_calls(evts), _track_ops(evts)
    cdp = PipelinesClient(WRITE_KEY, base_url="http://127.0.0.1:9")  # never sends
    pipelines_ref, track_ref = "json.dumps of the whole Pipelines payload", "json.dumps of the whole Track payload"

    def using(encoder: str, fn: Any) -> Any:
        def run() -> None:
            _json.use_encoder(encoder)
            fn()

        return run

    variants: dict[str, tuple[Any, str, float | None]] = {
        pipelines_ref: (lambda: json.dumps({"batch": calls}), pipelines_ref, None),
        track_ref: (lambda: json.dumps({"batch": ops}), track_ref, None),
    }
    for encoder in ENCODERS:
        variants[f"BatchPacker alone ({encoder})"] = (
            using(encoder, lambda: sum(1 for _ in BatchPacker(calls))),
            pipelines_ref,
            None,
        )
        # The packers the clients' batch() use (validation, a dedupe id per event, packing), no network.
        variants[f"PipelinesClient.batch() path ({encoder})"] = (
            using(encoder, lambda: sum(1 for _ in cdp._packer(calls, None, None, "raise"))),
            pipelines_ref,
            1.5,
        )
        variants[f"TrackClient.batch() path ({encoder})"] = (
            using(encoder, lambda: sum(1 for _ in TrackClient._packer(ops, "raise"))),
            track_ref,
            1.5,
        )
    # CPU time of this process, variants interleaved round by round: on a machine shared with
    # other work, wall time mostly measures the neighbours.
    samples: dict[str, list[float]] = {name: [] for name in variants}
    try:
        for _ in range(repeats):
            for name, (fn, _ref, _target) in variants.items():
                start = time.process_time()
                fn()
                samples[name].append(time.process_time() - start)
    finally:
        _json.use_encoder("auto")
    seconds = {name: median(values) for name, values in samples.items()}
    return [
        {"name": name, "seconds": seconds[name], "ratio": seconds[name] / seconds[ref], "reference": ref, "target": t}
        for name, (_fn, ref, t) in variants.items()
    ]


def packing_report(rows: list[dict[str, Any]], out: Any = print) -> None:
    out("| step | CPU ms | × json.dumps of the same payload | target | met |")
    out("|---|---:|---:|---|---|")
    for row in rows:
        target = row["target"]
        met = ("yes" if row["ratio"] <= target else "**no**") if target else ""
        out(
            f"| {row['name']} | {row['seconds'] * 1000:.0f} | {row['ratio']:.2f} | "
            f"{f'≤ {target}×' if target else ''} | {met} |"
        )

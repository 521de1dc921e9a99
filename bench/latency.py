"""Batch throughput over a slow network: 100,000 events with 0 ms and 50 ms added to every answer.

A loopback server (:mod:`bench.server`, its own process) delays each answer by ``delay_ms`` (a
round trip), counts events by their dedupe id (Track ``id``, Pipelines ``messageId``: lost =
events sent - distinct ids received, duplicated = ids received more than once), and enforces
Customer.io's published limit of 3000 requests per 3 s with 429s. Each measured run is a fresh
worker process (so peak RSS is that run's own), the clients at their defaults: ``batch()`` with
its default concurrency and default rate limit.

* ``TrackClient.batch()`` / ``AsyncTrackClient.batch()`` (v2 ``/api/v2/batch``) and the Pipelines
  twins (``/v1/batch``) over the 100,000 mixed-size events of :mod:`bench.batch` (a list);
* the plain-httpx floor of each path in the same run: the exact bodies its ``batch()`` sends
  (dedupe ids included), pre-serialised untimed and posted one after the other (0 ms only);
* 1,000,000 events from a generator into ``TrackClient.batch()`` (0 ms), with the worker's RSS
  sampled as it goes: flat memory means nothing is kept per event.

``python -m bench.latency [--rounds N]`` prints the markdown section; ``python -m bench`` includes it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from ._common import API_KEY, SITE_ID, WRITE_KEY, Server, median, peak_rss_mb
from .batch import EVENTS, FLOOR_ROUTES, _pipelines_calls, _properties, _track_ops, events, floor_bodies, post_bodies

DELAYS_MS = (0, 50)
VARIANTS = (
    ("track", "sync"),
    ("track", "async"),
    ("pipelines", "sync"),
    ("pipelines", "async"),
    ("writer", "sync"),  # TrackClient.batch_writer(): add() one event at a time, then close
    ("writer", "async"),
)
#: Also run without the `fast` extra's encoder (the standard library's), at 0 ms: the floor ratio
#: with the default install.
STDLIB_VARIANTS = (("track", "sync"), ("pipelines", "sync"))
GENERATOR_EVENTS = 1_000_000
LIMIT, WINDOW = 3000, 3.0


# -- worker (a fresh process per measured run) ----------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


class _Sampler(threading.Thread):
    """RSS every 50 ms, with how many events had been read by then."""

    def __init__(self, progress: list[int]) -> None:
        super().__init__(daemon=True)
        self.progress = progress
        self.samples: list[tuple[int, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.samples.append((self.progress[0], _rss_mb()))


def _generated_ops(count: int, progress: list[int]) -> Iterator[dict[str, Any]]:
    rng = random.Random(7)
    for i in range(count):
        progress[0] = i + 1
        yield {
            "type": "person",
            "identifiers": {"id": f"user-{rng.randint(1, 50_000)}"},
            "action": "event",
            "name": rng.choice(("purchased", "viewed", "signed_up")),
            "attributes": _properties(rng),
        }


def _worker(api: str, mode: str, url: str, generator: bool) -> dict[str, Any]:
    from customerio_sdk import AsyncPipelinesClient, AsyncTrackClient, PipelinesClient, TrackClient

    progress = [0]
    if generator:
        payload: Any = _generated_ops(GENERATOR_EVENTS, progress)
    else:
        evts = events()
        payload = _track_ops(evts) if api in ("track", "writer") else _pipelines_calls(evts)
        if api == "plain":
            payload = floor_bodies(mode, evts)  # mode: the path whose bodies are posted
    sampler = _Sampler(progress)
    sampler.start()
    cpu_start = time.process_time()
    start = time.perf_counter()
    if api == "plain":
        post_bodies(url, payload, mode)
        sent, failed = EVENTS, 0
    elif api == "writer":
        result = _write(mode, url, payload)
        sent, failed = result.sent, len(result.failed)
    else:
        if api == "track":
            sync_client: Any = TrackClient(SITE_ID, API_KEY, base_url=url) if mode == "sync" else None
            async_cls: Any = AsyncTrackClient
            args: tuple[str, ...] = (SITE_ID, API_KEY)
            base = url
        else:
            sync_client = PipelinesClient(WRITE_KEY, base_url=f"{url}/v1") if mode == "sync" else None
            async_cls, args, base = AsyncPipelinesClient, (WRITE_KEY,), f"{url}/v1"
        if mode == "sync":
            with sync_client:
                result = sync_client.batch(payload)
        else:

            async def go() -> Any:
                async with async_cls(*args, base_url=base) as client:
                    return await client.batch(payload)

            result = asyncio.run(go())
        sent, failed = result.sent, len(result.failed)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    sampler.stop.set()
    sampler.join()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "sent": sent,
        "failed": failed,
        "peak_rss_mb": peak_rss_mb(),
        "samples": sampler.samples,
    }


def _write(mode: str, url: str, ops: list[dict[str, Any]]) -> Any:
    from customerio_sdk import AsyncTrackClient, TrackClient

    if mode == "sync":
        with TrackClient(SITE_ID, API_KEY, base_url=url) as track, track.batch_writer() as writer:
            for op in ops:
                writer.add(op)
        return writer.result

    async def go() -> Any:
        async with AsyncTrackClient(SITE_ID, API_KEY, base_url=url) as track, track.batch_writer() as writer:
            for op in ops:
                await writer.add(op)
        return writer.result

    return asyncio.run(go())


def _run_worker(api: str, mode: str, url: str, generator: bool = False, encoder: str = "auto") -> dict[str, Any]:
    args = json.dumps({"api": api, "mode": mode, "url": url, "generator": generator})
    env = {**os.environ, "CUSTOMERIO_JSON_ENCODER": encoder}
    out = subprocess.run(
        [sys.executable, "-m", "bench.latency", "--worker", args], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- orchestration ----------------------------------------------------------------------------------


def run(rounds: int = 5, packing: bool = True) -> dict[str, Any]:
    """Every figure of the section, in one run (``packing``: also the packing cost, no network)."""
    from .batch import packing_cost

    server = Server()
    try:
        server.configure(count_ids=1, limit=LIMIT, window=WINDOW)
        results: dict[str, Any] = {"runs": {}, "floor": {}, "generator": {}}
        samples: dict[tuple[str, str, int], list[tuple[dict[str, Any], dict[str, int]]]] = {}
        floors: dict[str, list[dict[str, Any]]] = {path: [] for path in FLOOR_ROUTES}

        def run_floors() -> None:
            server.configure(delay_ms=0)
            for path, runs in floors.items():
                server.reset()
                runs.append(_run_worker("plain", path, server.url))

        for round_ in range(rounds):
            if round_ % 2:  # the floors first in every other round: not always on a warmer machine
                run_floors()
            for api, mode in VARIANTS:
                for delay in DELAYS_MS:  # back to back, so the pair sees the same load
                    server.configure(delay_ms=delay)
                    server.reset()
                    figures = _run_worker(api, mode, server.url)
                    samples.setdefault((api, mode, delay), []).append((figures, server.stats()))
            server.configure(delay_ms=0)
            for api, mode in STDLIB_VARIANTS:
                server.reset()
                figures = _run_worker(api, mode, server.url, encoder="stdlib")
                samples.setdefault((api, f"{mode}, stdlib JSON", 0), []).append((figures, server.stats()))
            if not round_ % 2:
                run_floors()
        for (api, mode, delay), runs in samples.items():
            seconds = median([f["seconds"] for f, _ in runs])
            floor = floors["pipelines" if api == "pipelines" else "track"]  # the writer sends Track bodies
            results["runs"][(api, mode, delay)] = {
                "seconds": seconds,
                # this run's time over its path's floor in the same round, then the median of the ratios
                "floor_ratio": median([f["seconds"] / fl["seconds"] for (f, _), fl in zip(runs, floor)]),
                "rounds": [f["seconds"] for f, _ in runs],
                "cpu": median([f["cpu"] for f, _ in runs]),
                "events_per_s": EVENTS / seconds,
                "requests": max(st["requests"] for _, st in runs),
                "max_in_flight": max(st["max_in_flight"] for _, st in runs),
                "throttled": sum(st["throttled"] for _, st in runs),
                "lost": max(EVENTS - st["unique"] for _, st in runs),
                "duplicated": max(st["duplicates"] for _, st in runs),
                "failed": max(f["failed"] for f, _ in runs),
                "peak_rss_mb": max(f["peak_rss_mb"] for f, _ in runs),
            }
        for path, runs in floors.items():
            floor_s = median([f["seconds"] for f in runs])
            results["floor"][path] = {
                "seconds": floor_s,
                "cpu": median([f["cpu"] for f in runs]),
                "events_per_s": EVENTS / floor_s,
            }
        server.reset()
        gen = _run_worker("track", "sync", server.url, generator=True)
        stats = server.stats()
        rss = gen["samples"]
        quarter = [next((mb for n, mb in rss if n >= q * GENERATOR_EVENTS / 4), rss[-1][1]) for q in (1, 2, 3, 4)]
        results["generator"] = {
            "seconds": gen["seconds"],
            "events_per_s": GENERATOR_EVENTS / gen["seconds"],
            "lost": GENERATOR_EVENTS - stats["unique"],
            "duplicated": stats["duplicates"],
            "throttled": stats["throttled"],
            "requests": stats["requests"],
            "rss_at_quarters": quarter,
            "peak_rss_mb": gen["peak_rss_mb"],
        }
        if packing:
            results["packing"] = packing_cost()
        return results
    finally:
        server.close()


def report(results: dict[str, Any], out: Any = print) -> None:
    runs, floor = results["runs"], results["floor"]
    out(f"## Batch over a slow network: {EVENTS:,} events, 0 ms and 50 ms added to every answer")
    out()
    out(
        f"Server: answers delayed by the added latency, events counted by dedupe id, {LIMIT} requests per "
        f"{WINDOW:g} s enforced with 429s. Clients at their defaults (`batch()` concurrency 32, "
        'batch rate limit on) and the `fast` extra\'s encoder (orjson), except the "stdlib JSON" rows '
        "(`CUSTOMERIO_JSON_ENCODER=stdlib`: the install without it). Each run a fresh process; median of rounds; "
        "× floor is the median of the ratios to the floor of the same path (the same bodies, as `batch()` "
        "makes them, posted with plain httpx; the writer's is Track's) paired within each round (target ≤ 2×); "
        "lost / duplicated / 429s are the worst round (429s summed)."
    )
    out()
    out(
        "| client | added latency | s | client CPU s | events/s | × own 0 ms | × plain-httpx floor time "
        "| requests | max in flight | 429s | lost | duplicated | peak RSS MB |"
    )
    out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (api, mode, delay), r in runs.items():
        own = runs[(api, mode, 0)]["events_per_s"]  # stdlib rows: 0 ms only, so their own
        name = {"track": "TrackClient.batch()", "pipelines": "PipelinesClient.batch()"}.get(
            api, "TrackClient.batch_writer()"
        )
        name = f"{name} {mode}"
        floor_ratio = f"{r['floor_ratio']:.2f}" if delay == 0 else ""
        out(
            f"| {name} | {delay} ms | {r['seconds']:.2f} | {r['cpu']:.2f} | {r['events_per_s']:,.0f} | "
            f"{r['events_per_s'] / own:.2f} | {floor_ratio} | {r['requests']} | {r['max_in_flight']} | "
            f"{r['throttled']} | {r['lost']} | {r['duplicated']} | {r['peak_rss_mb']:.0f} |"
        )
    for path, f in floor.items():
        out(
            f"| plain httpx, the {path.capitalize()} bodies pre-serialised, one at a time "
            f"({path.capitalize()} floor) | 0 ms | {f['seconds']:.2f} | {f['cpu']:.2f} | "
            f"{f['events_per_s']:,.0f} |  | 1.00 |  |  |  |  |  |  |"
        )
    out()
    out(
        "Latency hiding (events/s at 50 ms ÷ events/s at 0 ms; target ≥ 0.80): the median of the ratios "
        "paired within each round (a variant's 0 ms and 50 ms runs are back to back, so a change in the "
        "machine's load affects both), then each round's ratio:"
    )
    out()
    for api, mode in VARIANTS:
        zero, fifty = runs[(api, mode, 0)]["rounds"], runs[(api, mode, 50)]["rounds"]
        paired = [z / f for z, f in zip(zero, fifty)]  # seconds at 0 ms / seconds at 50 ms
        ratio = median(paired)
        each = ", ".join(f"{p:.2f}" for p in paired)
        out(f"- {api} {mode}: {ratio:.2f} {'(met)' if ratio >= 0.8 else '(**not met**)'} (rounds: {each})")
    out()
    if "packing" in results:
        from .batch import packing_report

        out("Packing cost, no network, the same 100,000 events (CPU ms of this process, median of 5, interleaved):")
        out()
        packing_report(results["packing"], out=out)
        out()
    g = results["generator"]
    q = ", ".join(f"{mb:.0f}" for mb in g["rss_at_quarters"])
    out(
        f"{GENERATOR_EVENTS:,} events from a generator into `TrackClient.batch()` (0 ms): {g['seconds']:.1f} s, "
        f"{g['events_per_s']:,.0f} events/s, {g['requests']} requests, lost {g['lost']}, duplicated "
        f"{g['duplicated']}, 429s {g['throttled']}; RSS after 25/50/75/100% of the events: {q} MB "
        f"(peak {g['peak_rss_mb']:.0f} MB)."
    )
    out()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.latency")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        spec = json.loads(args.worker)
        print(json.dumps(_worker(spec["api"], spec["mode"], spec["url"], spec["generator"])))
        return
    report(run(rounds=args.rounds))


if __name__ == "__main__":
    main()

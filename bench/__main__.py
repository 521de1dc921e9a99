"""``python -m bench [--quick] [--write BENCHMARKS.md]``: run every benchmark, print the table.

All figures come from this one run against one loopback server process: medians, and ratios
against the baselines measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys

from . import batch, calls, imports, latency, paginate, peers
from ._common import Server
from .cli import report as cli_report
from .cli import run as cli_run

COMMAND = "make bench   # = pip install -e '.[dev,bench]' && python -m bench"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ok(ok: bool) -> str:
    return "yes" if ok else "**no**"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run, noisier numbers)")
    parser.add_argument("--write", metavar="FILE", help="also write the markdown report to FILE")
    args = parser.parse_args(argv)
    versions = peers.ensure()

    import httpx

    rounds = 1 if args.quick else None
    lines: list[str] = []

    def out(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    out("## Machine")
    out()
    out(f"- `nproc`: {os.cpu_count()}; CPU: {_cpu_model()}; Python {platform.python_version()} ({sys.platform})")
    peer_text = ", ".join(f"{k} {v}" for k, v in versions.items())
    out(f"- httpx {httpx.__version__}; peers: {peer_text}")
    out(f"- command: `{COMMAND}`")
    out()

    imp = imports.run(**({"runs": 3} if rounds else {}))
    base = imp["import httpx"]
    out("## Cold import (fresh process each run, median of 9)")
    out()
    out("| what | median ms | × `import httpx` | target | met |")
    out("|---|---:|---:|---|---|")
    targets = {
        "import customerio_sdk + 3 clients": 1.5,
        "one generated App operation": 2.0,
        "App client + one App method's modules": 2.0,
    }
    for name, seconds in imp.items():
        ratio = seconds / base
        limit = targets.get(name)
        met = _ok(ratio <= limit) if limit else ""
        out(f"| {name} | {seconds * 1000:.1f} | {ratio:.2f} | {f'≤ {limit}×' if limit else ''} | {met} |")
    out()

    cli_runs = 3 if rounds else 9
    for line in cli_report(cli_run(cli_runs), cli_runs):
        out(line)
    out()

    server = Server()
    try:
        per_call = calls.run(server.url, **({"rounds": rounds} if rounds else {}))
        out(f"## {calls.CALLS:,} sequential calls (identify + track alternating), median of rounds")
        out()
        out("Ratio: median over rounds of (this variant's time ÷ the plain loop's time in the same round).")
        out()
        out("| mode | client | total s | µs / call | × plain httpx | target ≤ 1.10× | met |")
        out("|---|---|---:|---:|---:|---|---|")
        for mode, results in per_call.items():
            for name, figures in results.items():
                seconds, ratio = figures["seconds"], figures["ratio"]
                ours = name.startswith("customerio_sdk")
                out(
                    f"| {mode} | {name} | {seconds:.3f} | {seconds / calls.CALLS * 1e6:.0f} | {ratio:.2f} | "
                    f"{'yes' if ours else ''} | {_ok(ratio <= 1.10) if ours else ''} |"
                )
        out()

        ingest = batch.run(server, **({"rounds": rounds} if rounds else {}))
        cdp = max(v["events_per_s"] for k, v in ingest.items() if k.startswith("customerio-cdp"))
        out(f"## Batch ingest of {batch.EVENTS:,} events of mixed sizes (median of rounds)")
        out()
        out(
            "| client | s | events/s | × best cdp-analytics | × floor time | requests | minimum | × min "
            "| bytes / request | lost |"
        )
        out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, r in ingest.items():
            out(
                f"| {name} | {r['seconds']:.2f} | {r['events_per_s']:,.0f} | {r['events_per_s'] / cdp:.2f} | "
                f"{r['floor_ratio']:.2f} | {r['requests']} | {r['min_requests']} | "
                f"{r['requests'] / r['min_requests']:.3f} | {r['bytes_per_request']:,.0f} | {r['lost']:,} |"
            )
        out()
        out(
            "Targets for the SDK rows: ≥ 3× the best cdp-analytics events/s, 0 lost, requests ≤ 1.05× minimum "
            "(minimum = bytes received ÷ 500,000, rounded up), ≤ 2× its floor's time (the floor posts the bodies "
            "of the same path, as its `batch()` makes them, with plain httpx; the median of the ratios paired "
            "within each round; cdp-analytics rows are compared with the Pipelines floor). Rows without a note "
            'use the `fast` extra\'s encoder (orjson); "stdlib JSON" rows run without it.'
        )
        out()

        cost = batch.packing_cost(**({"repeats": 2} if rounds else {}))
        out("### Packing cost, no network: the same 100,000 events into request bodies (CPU ms, median, interleaved)")
        out()
        batch.packing_report(cost, out=out)
        out()

        pages = paginate.run(server, **({"rounds": rounds} if rounds else {}))
        out(f"## Auto-pagination: `app.messages.list()`, {paginate.PAGE_SIZE} messages a page")
        out()
        out("| pages | items | s | peak traced memory (KiB) |")
        out("|---:|---:|---:|---:|")
        for n, r in pages.items():
            out(f"| {n:,} | {r['items']:,} | {r['seconds']:.2f} | {r['peak_bytes'] / 1024:,.0f} |")
        out()
    finally:
        server.close()

    # Its own server process: it configures latency, id counting and a rate limit.
    latency.report(latency.run(packing=False, **({"rounds": rounds} if rounds else {})), out=out)

    if args.write:
        with open(args.write, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

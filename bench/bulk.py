"""``python -m bench.bulk``: bulk imports of 100k and 1M rows (CSV, Parquet) and a 2-worker Dask run.

Against the counting loopback server of the tests (``tests/bulk/bulk_server.py``) with a fixed
latency on every answer (default 50 ms, a plausible round trip to Customer.io), in its own
process. Each import runs in a fresh subprocess so its peak RSS (``ru_maxrss``) is its own; the
server's counts confirm every row arrived exactly once. Results are printed as a markdown table.

    python -m bench.bulk                       # 100k and 1M rows, CSV and Parquet, then Dask (2 workers)
    python -m bench.bulk --rows 100000 --no-dask
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench._common import peak_rss_mb

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "tests" / "bulk" / "bulk_server.py"
BASE_TS = 1_700_000_000


def mapping() -> Any:
    from customerio_sdk.bulk import TrackEvent

    return TrackEvent(
        identifier="user", name="event", timestamp="ts", key="event_id", types={"amount": "number", "n": "integer"}
    )


def write_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("event_id,user,event,ts,amount,plan,n\n")
        for start in range(1, rows + 1, 100_000):
            f.writelines(
                f"ev-{i},user-{i % 9973},purchased,{BASE_TS + i},{i % 500}.25,{('free', 'pro', 'team')[i % 3]},{i}\n"
                for i in range(start, min(rows, start + 99_999) + 1)
            )


def write_parquet(path: Path, rows: int, files: int = 1) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    per = -(-rows // files)
    for part in range(files):
        lo, hi = part * per + 1, min(rows, (part + 1) * per)
        r = range(lo, hi + 1)
        table = pa.table(
            {
                "event_id": [f"ev-{i}" for i in r],
                "user": [f"user-{i % 9973}" for i in r],
                "event": ["purchased"] * len(r),
                "ts": pa.array([(BASE_TS + i) * 1000 for i in r], pa.timestamp("ms", tz="UTC")),
                "amount": [(i % 500) + 0.25 for i in r],
                "plan": [("free", "pro", "team")[i % 3] for i in r],
                "n": pa.array(list(r), pa.int64()),
            }
        )
        target = path if files == 1 else path / f"part-{part:03d}.parquet"
        pq.write_table(table, target, row_group_size=50_000)


def _rss_mb() -> float:
    return peak_rss_mb()


def child(file: str, url: str, concurrency: int) -> None:
    """One import in this (fresh) process; prints its figures as JSON."""
    from customerio_sdk import TrackClient
    from customerio_sdk.bulk import import_file

    m = mapping()
    if file.endswith(".parquet"):
        import pyarrow.parquet  # noqa: F401  # its import alone is ~100 MB: counted before, not as import memory
    rss_before = _rss_mb()
    work = Path(file).parent
    with TrackClient(site_id="bench-site", api_key="bench-key", base_url=url) as client:
        began = time.perf_counter()
        summary = import_file(
            file,
            m,
            client=client,
            checkpoint=work / f"{Path(file).name}.{concurrency}.ckpt.json",  # one per run: each starts afresh
            failures=work / f"failures-{concurrency}-{Path(file).name}",
            progress=False,
            concurrency=concurrency,
        )
        seconds = time.perf_counter() - began
    print(
        json.dumps(
            {
                "rows": summary.read,
                "sent": summary.sent,
                "requests": summary.requests,
                "seconds": seconds,
                "rss_before_mb": rss_before,
                "rss_peak_mb": _rss_mb(),
            }
        )
    )


def dask_child(directory: str, url: str, workers: int) -> None:
    import dask.dataframe as dd
    from customerio_sdk.bulk.partitions import ClientConfig, import_dataframe
    from distributed import Client, LocalCluster

    began = time.perf_counter()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter() - began
        ddf = dd.read_parquet(directory)
        config = ClientConfig("track", {"site_id": "bench-site", "api_key": "bench-key", "base_url": url})
        t0 = time.perf_counter()
        summary = import_dataframe(
            ddf, mapping(), config, checkpoint_dir=Path(directory).parent / "dask-ckpt", workers=workers
        )
        seconds = time.perf_counter() - t0
        worker_rss = client.run(_rss_mb)
    print(
        json.dumps(
            {
                "rows": summary.read,
                "sent": summary.sent,
                "requests": summary.requests,
                "partitions": ddf.npartitions,
                "seconds": seconds,
                "cluster_start_seconds": started,
                "worker_rss_peak_mb": max(worker_rss.values()),
            }
        )
    )


def _run(args: list[str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "bench.bulk", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _stats(url: str, reset: bool = False) -> dict[str, Any]:
    if reset:  # each run starts from zero: CSV and Parquet of the same rows share their ids
        urllib.request.urlopen(urllib.request.Request(url + "/__reset", data=b"{}"), timeout=30).close()
    with urllib.request.urlopen(url + "/__stats", timeout=30) as response:
        return json.loads(response.read())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bulk", description=__doc__)
    parser.add_argument("--rows", default="100000,1000000", help="comma-separated row counts")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every answer")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--dask-rows", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", default="1,4", help="comma-separated requests in flight (4: the default)")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.rows.split(",")]
    levels = [int(x) for x in args.concurrency.split(",")]

    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--latency", str(args.latency)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{int(server.stdout.readline())}"  # type: ignore[union-attr]
    print(f"loopback server with {args.latency * 1000:.0f} ms latency; {os.cpu_count()} CPUs (shared)\n")
    print(
        "| input | rows | requests in flight | requests | seconds | rows/s | peak RSS (MB) "
        "| RSS before import (MB) | each id once |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    try:
        with tempfile.TemporaryDirectory(prefix="cio-bulk-bench-") as tmp:
            work = Path(tmp)
            for rows in sizes:
                for kind in ("csv", "parquet"):
                    file = work / f"events-{rows}.{kind}"
                    (write_csv if kind == "csv" else write_parquet)(file, rows)
                    for level in levels:
                        before = _stats(url, reset=True)
                        r = _run(["--child", str(file), url, str(level)])
                        after = _stats(url)
                        once = after["ids"] == after["deliveries"] == rows and before["ids"] == 0
                        print(
                            f"| {kind} | {rows:,} | {level} | {r['requests']} | {r['seconds']:.1f} | "
                            f"{rows / r['seconds']:,.0f} | {r['rss_peak_mb']:.0f} | {r['rss_before_mb']:.0f} | "
                            f"{'yes' if once else '**no**'} |",
                            flush=True,
                        )
                    file.unlink()
            if not args.no_dask:
                directory = work / "dask-events"
                directory.mkdir()
                write_parquet(directory, args.dask_rows, files=8)
                before = _stats(url, reset=True)
                r = _run(["--dask", str(directory), url, str(args.workers)])
                after = _stats(url)
                print(
                    f"\nDask: {args.workers} worker processes, {r['partitions']} partitions, {r['rows']:,} rows in "
                    f"{r['seconds']:.1f} s = {r['rows'] / r['seconds']:,.0f} rows/s ({r['requests']} requests; "
                    f"cluster start {r['cluster_start_seconds']:.1f} s not included; worker peak RSS "
                    f"{r['worker_rss_peak_mb']:.0f} MB); new ids {after['ids'] - before['ids']:,}, "
                    f"deliveries {after['deliveries'] - before['deliveries']:,}",
                    flush=True,
                )
    finally:
        server.stdin.close()  # type: ignore[union-attr]
        server.wait(30)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--dask":
        dask_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()

"""Fixtures of the bulk import tests: one counting server per session, input files written fast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bulk_server import CountingServer

BASE_TS = 1_700_000_000


@pytest.fixture(scope="session")
def counting_server() -> Iterator[CountingServer]:
    server = CountingServer().start()
    yield server
    server.stop()


@pytest.fixture
def counting(counting_server: CountingServer) -> CountingServer:
    counting_server.reset()
    return counting_server


def write_events_csv(path: Path, rows: int, *, extra: list[str] | None = None) -> Path:
    """``rows`` events: event_id, user, event, ts (Unix seconds), amount, vip, n (the row number)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("event_id,user,event,ts,amount,vip,n\n")
        f.writelines(
            f"ev-{i},user-{i % 997},purchased,{BASE_TS + i},{i % 500}.25,{'true' if i % 3 else 'false'},{i}\n"
            for i in range(1, rows + 1)
        )
        f.writelines(line + "\n" for line in extra or [])
    return path


def write_events_parquet(path: Path, rows: int, row_group_size: int = 20_000) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = pa.array(range(1, rows + 1), pa.int64())
    table = pa.table(
        {
            "event_id": pa.array([f"ev-{i}" for i in range(1, rows + 1)]),
            "user": pa.array([f"user-{i % 997}" for i in range(1, rows + 1)]),
            "event": pa.array(["purchased"] * rows),
            "ts": pa.array([(BASE_TS + i) * 1000 for i in range(1, rows + 1)], pa.timestamp("ms", tz="UTC")),
            "amount": pa.array([(i % 500) + 0.25 for i in range(1, rows + 1)]),
            "n": n,
        }
    )
    pq.write_table(table, path, row_group_size=row_group_size)
    return path

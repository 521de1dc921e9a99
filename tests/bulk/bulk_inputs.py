"""Input files for the bulk tests, written fast. (Not in conftest.py: test modules import these by
name, and ``conftest`` is ambiguous when tests/cli and tests/bulk are collected in one run.)"""

from __future__ import annotations

from pathlib import Path

BASE_TS = 1_700_000_000


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

"""The per-partition entry point on a Dask LocalCluster of processes (one cluster for the module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask.dataframe as dd
import distributed
import pytest
from bulk_inputs import write_events_csv
from bulk_server import CountingServer
from customerio_sdk import TrackClient
from customerio_sdk.bulk import ImportSummary, TrackEvent, import_file
from customerio_sdk.bulk.partitions import ClientConfig, combine_frame, import_dataframe, summary_frame, summary_meta

ROWS = 12_000
MAPPING = TrackEvent(
    identifier="user", name="event", timestamp="ts", key="event_id", types={"amount": "number", "vip": "boolean"}
)


@pytest.fixture(scope="module")
def dask_client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=4, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def frame(path: Path) -> object:
    import pandas as pd

    return dd.from_pandas(pd.read_csv(path), npartitions=4)


def test_four_partitions_deliver_the_same_ids_as_one_process(
    dask_client: object, counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_csv(tmp_path / "events.csv", ROWS)
    with TrackClient(site_id="s", api_key="k", base_url=counting.url) as client:
        import_file(path, MAPPING, client=client)
    single = {int(row): ids for row, ids in counting.rows.items()}  # "n" is text in CSV, a number in the frame
    counting.reset()

    config = ClientConfig("track", {"site_id": "s", "api_key": "k", "base_url": counting.url})
    summary = import_dataframe(frame(path), MAPPING, config, checkpoint_dir=tmp_path / "ckpt")

    assert (summary.read, summary.sent, summary.rejected, summary.failed) == (ROWS, ROWS, 0, 0)
    assert summary.requests >= 4  # at least one request per partition
    assert dict(counting.rows) == single  # the same rows under the same ids
    assert set(counting.ids.values()) == {1}
    assert len(list((tmp_path / "ckpt").glob("frame-part0000[0-3].checkpoint.json"))) == 4

    # Run again (a retried job): every partition's checkpoint says done, nothing is sent.
    before = counting.requests
    again = import_dataframe(frame(path), MAPPING, config, checkpoint_dir=tmp_path / "ckpt")
    assert counting.requests == before and again.sent == ROWS


def test_map_partitions_summaries_aggregate_into_one(
    dask_client: object, counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_csv(tmp_path / "events.csv", 4_000)
    config = ClientConfig("track", {"site_id": "s", "api_key": "k", "base_url": counting.url})
    parts = frame(path).map_partitions(
        summary_frame, MAPPING, config, checkpoint_dir=str(tmp_path / "ckpt"), workers=4, meta=summary_meta()
    )
    summary = combine_frame(parts.compute())
    assert isinstance(summary, ImportSummary)
    assert (summary.read, summary.sent) == (4_000, 4_000)
    assert len(counting.ids) == 4_000


def test_each_worker_takes_its_share_of_the_rate_limit() -> None:
    config = ClientConfig("pipelines", {"write_key": "secret-write-key"}, requests_per_second=900)
    client = config.build(workers=3)
    try:
        (rule,) = client._transport._rate_limiter.rules
        assert rule.rate == 300
    finally:
        client.close()
    assert "secret-write-key" not in repr(config) and "write_key" in repr(config)

"""Importing data that already lives in a cluster: one entry point per partition, run by the engine.

Dask (``pip install 'customerio-sdk[dask]'``)::

    summary = import_dataframe(ddf, mapping, ClientConfig("track"), checkpoint_dir="ckpt")

or, inside your own graph, :func:`import_partition` from ``ddf.to_delayed()`` /
``dask.delayed``, or :func:`summary_frame` from ``ddf.map_partitions``. Spark: call
:func:`import_partition` from ``mapInPandas`` / ``foreachPartition`` (docs/bulk.md).

Nothing here schedules work or queues it: the engine does. What this adds:

* each worker builds its own client from a picklable :class:`ClientConfig` (clients hold
  connection pools and cannot travel between processes);
* the workspace's rate limit is split: with ``workers`` partitions running at once, each client
  is limited to ``requests_per_second / workers``, so together they stay within the budget;
* ids stay deterministic: the row key is the ``key`` column, else ``<source>-part<N>:<row>``
  (stable while the partitioning is), so a retried task or a re-run sends the same ids;
* each partition has its own checkpoint and failures file under ``checkpoint_dir`` and resumes by
  default (an engine retrying a task after a worker died continues where it was acknowledged);
* per-partition :class:`ImportSummary` s are combined into one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from ..errors import ConfigurationError
from ._importer import run_import
from ._io import RecordsSource
from ._mapping import RowMapping
from ._progress import ImportSummary

__all__ = ["ClientConfig", "import_dataframe", "import_partition", "summary_frame"]

_ROWS_PER_SLICE = 10_000


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """How a worker builds its client: ``api`` ("track" or "pipelines") and the client's keyword
    arguments (``site_id``/``api_key``/``write_key``, ``region``, ``base_url``, ...; credentials
    default to the usual environment variables *on the worker*). ``requests_per_second`` is the
    whole workspace's budget (Customer.io: 3000 per 3 s for Track and Pipelines), shared by all
    workers. The repr names the options, never their values."""

    api: Literal["track", "pipelines"]
    options: Mapping[str, Any] = field(default_factory=dict)
    requests_per_second: float = 1000.0

    def __post_init__(self) -> None:
        if self.api not in ("track", "pipelines"):
            raise ConfigurationError(f"api must be 'track' or 'pipelines'; got {self.api!r}")
        if not self.requests_per_second > 0:
            raise ConfigurationError("requests_per_second must be positive")
        if "rate_limiter" in self.options:
            raise ConfigurationError("ClientConfig sets the rate limiter itself (a share of requests_per_second)")

    def __repr__(self) -> str:
        return f"ClientConfig(api={self.api!r}, options=<{', '.join(sorted(self.options))}>, rps={self.requests_per_second:g})"

    def build(self, workers: int = 1) -> Any:
        """A new client limited to this worker's share of the budget."""
        from .._core.rate_limit import RateLimiter, Rule

        if workers < 1:
            raise ConfigurationError(f"workers must be at least 1, got {workers}")
        limiter = RateLimiter([Rule(rate=self.requests_per_second / workers, name=f"{self.api}:share")])
        # The ignores below: _core.transport.RateLimiter (the protocol) declares acquire() -> None while
        # _core.rate_limit.RateLimiter returns the wait (float); same mismatch for every user passing one.
        if self.api == "track":
            from ..track import TrackClient

            return TrackClient(**dict(self.options), rate_limiter=limiter)  # type: ignore[arg-type]
        from ..pipelines import PipelinesClient

        return PipelinesClient(**dict(self.options), rate_limiter=limiter)  # type: ignore[arg-type]


def _records(frame: Any) -> tuple[Iterable[Mapping[str, Any]], list[str] | None, int | None]:
    """Rows of a pandas DataFrame (sliced, so only one slice is converted at a time) or a list of dicts."""
    if hasattr(frame, "iloc") and hasattr(frame, "columns"):
        n = len(frame)

        def slices() -> Iterator[Mapping[str, Any]]:
            for begin in range(0, n, _ROWS_PER_SLICE):
                yield from frame.iloc[begin : begin + _ROWS_PER_SLICE].to_dict("records")

        return slices(), [str(c) for c in frame.columns], n
    if isinstance(frame, Sequence):
        records = cast("Sequence[Mapping[str, Any]]", frame)  # each row is checked when it is mapped
        return records, None, len(records)
    raise ConfigurationError(f"a partition must be a pandas DataFrame or a list of dicts, got {type(frame).__name__}")


def import_partition(
    frame: Any,
    mapping: RowMapping,
    config: ClientConfig,
    *,
    partition: int,
    checkpoint_dir: str | os.PathLike[str],
    workers: int = 1,
    source: str = "frame",
    namespace: str = "",
    resume: bool = True,
) -> ImportSummary:
    """Import one partition (a pandas DataFrame or a list of dicts) with its own client and checkpoint.

    ``partition`` is the partition's number (it names the checkpoint, and the row keys when the
    mapping has no ``key`` column); ``workers``: how many partitions run at once (the rate limit
    share). Returns the partition's :class:`ImportSummary`; failed rows are in
    ``<checkpoint_dir>/<source>-part<N>.failures.jsonl``.
    """
    records, columns, rows = _records(frame)
    name = f"{source}-part{partition:05d}"
    directory = Path(checkpoint_dir)
    directory.mkdir(parents=True, exist_ok=True)
    rows_source = RecordsSource(name, records, columns)
    rows_source.total_rows = rows
    with config.build(workers) as client:
        return run_import(
            rows_source,
            mapping,
            client=client,
            checkpoint=directory / f"{name}.checkpoint.json",
            failures=directory / f"{name}.failures.jsonl",
            resume=resume,
            namespace=namespace,
            progress=False,
            fingerprint={"rows": rows},
        )


def _summary_columns() -> dict[str, Any]:
    return ImportSummary().to_dict()


def summary_frame(
    frame: Any, mapping: RowMapping, config: ClientConfig, *, partition_info: Any = None, **options: Any
) -> Any:
    """``import_partition`` shaped for ``ddf.map_partitions(summary_frame, mapping, config, ...)``:
    Dask passes ``partition_info`` (the partition number); returns a one-row pandas DataFrame of
    the summary. ``meta=summary_meta()`` tells Dask its shape."""
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    number = partition_info["number"] if partition_info else options.pop("partition", None)
    if number is None:
        # Dask calls once with an empty frame to infer the output when meta= is not given.
        return pd.DataFrame([_summary_columns()]).iloc[:0]
    summary = import_partition(frame, mapping, config, partition=number, **options)
    return pd.DataFrame([summary.to_dict()])


def summary_meta() -> Any:
    """The empty frame to pass as ``meta=`` to ``map_partitions(summary_frame, ...)``."""
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    return pd.DataFrame([_summary_columns()]).iloc[:0]


def combine_frame(frame: Any, source: str = "frame") -> ImportSummary:
    """The computed output of ``map_partitions(summary_frame, ...)`` -> one :class:`ImportSummary`."""
    return ImportSummary.combine((ImportSummary.from_dict(r) for r in frame.to_dict("records")), source)


def _concurrency() -> int:
    try:
        from distributed import get_client

        client = get_client()
    except (ImportError, ValueError):
        raise ConfigurationError(
            "no Dask distributed client is running: pass workers=<partitions running at once>"
        ) from None
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info(n_workers=-1)["workers"].values()))


def import_dataframe(
    ddf: Any,
    mapping: RowMapping,
    config: ClientConfig,
    *,
    checkpoint_dir: str | os.PathLike[str],
    workers: int | None = None,
    source: str = "frame",
    namespace: str = "",
    resume: bool = True,
) -> ImportSummary:
    """Import a ``dask.dataframe`` partition by partition on the current Dask cluster.

    ``workers`` defaults to the cluster's thread count (partitions running at once), which sets
    each client's share of the rate limit. Returns the combined :class:`ImportSummary`.
    """
    import dask

    share = workers if workers is not None else _concurrency()
    task = dask.delayed(import_partition, pure=False)
    parts = ddf.to_delayed()
    results = dask.compute(
        *[
            task(
                part,
                mapping,
                config,
                partition=i,
                checkpoint_dir=os.fspath(checkpoint_dir),
                workers=share,
                source=source,
                namespace=namespace,
                resume=resume,
            )
            for i, part in enumerate(parts)
        ]
    )
    return ImportSummary.combine(results, source)

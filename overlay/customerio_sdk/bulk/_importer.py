"""The import loop: rows -> operations -> one request's worth at a time through ``client.batch()``.

Rows are cut into windows that fit one ``batch`` request (500 KB, sized with the same compact JSON
encoder the packer uses); each window goes through the client's public ``batch(...,
on_oversize="collect")``, so retries, rate limits and the ``BatchResult`` accounting are the
client's own. Up to ``concurrency`` windows are on the wire at once (sent from a small thread pool
while the next window is read and mapped), but they are acknowledged strictly in input order, on
the caller's thread: the window's failed rows are appended to the failures file (fsynced) and then
the checkpoint is replaced: "acknowledged up to row N, failures file N bytes".

A crash between the two leaves the old checkpoint: on resume the window is read again, sent again
under the same ids (Customer.io drops the repeats) and the failures file is cut back to the
recorded length, so no row is lost, counted twice, or listed twice.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .._core.batch_loop import check_concurrency
from .._core.batch_packing import DEFAULT_MAX_OP_BYTES, DEFAULT_MAX_REQUEST_BYTES, BatchResult
from .._core.compact_json import compact_dumps
from ..errors import ConfigurationError, CustomerIOError
from ._checkpoint import Checkpoint
from ._convert import RowError
from ._errors import BulkImportError
from ._io import BadRecord, FailureWriter, Source, default_failures_path, open_source
from ._mapping import RowMapping
from ._progress import ImportSummary, Progress, ProgressCallback, ProgressDisplay

__all__ = ["import_file", "run_import"]

# The batch envelope ({"batch":[ ... ]}) plus headroom, so a window never needs a second request.
_ENVELOPE_ROOM = 64
#: Windows (requests) in flight at once: enough to hide a ~50 ms round trip behind reading and
#: mapping the next ~2,500 rows; memory holds ``concurrency + 1`` windows.
DEFAULT_BULK_CONCURRENCY = 4


def _check_client(client: Any, mapping: RowMapping) -> None:
    from ..pipelines import PipelinesClient
    from ..track import TrackClient

    expected = TrackClient if mapping.api == "track" else PipelinesClient
    if not isinstance(client, expected):
        raise ConfigurationError(
            f"{type(mapping).__name__} is a {mapping.api} mapping: pass a {expected.__name__}, "
            f"got {type(client).__name__}"
        )


def import_file(
    path: str | os.PathLike[str],
    mapping: RowMapping,
    *,
    client: Any,
    format: str | None = None,
    checkpoint: str | os.PathLike[str] | None = None,
    failures: str | os.PathLike[str] | None = None,
    resume: bool = False,
    namespace: str = "",
    progress: bool | None = None,
    on_progress: ProgressCallback | None = None,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    max_failed_requests: int | None = 10,
    concurrency: int = DEFAULT_BULK_CONCURRENCY,
) -> ImportSummary:
    """Import a CSV, JSON Lines or Parquet file (``format`` from the suffix unless given).

    ``client``: a :class:`TrackClient` for Track mappings, a :class:`PipelinesClient` for Pipelines
    ones. ``checkpoint`` (default ``<file>.checkpoint.json``) is replaced after every acknowledged
    request; ``resume=True`` continues from it (without it, an existing checkpoint is an error, so
    a finished import is not silently redone). ``failures`` (default ``<stem>.failures.<ext>``)
    receives every row not delivered, in the input's format, with ``cio_error``. ``namespace``
    separates the dedupe ids of unrelated imports whose row keys could coincide. ``progress``:
    show progress on stderr (``None``: only on a terminal). ``on_progress`` is called on the
    calling thread after every acknowledged request, in input order. ``max_failed_requests``: after
    that many requests in a row failed whole (after retries: a wrong key, an outage), stop with
    :class:`BulkImportError` instead of moving every remaining row to the failures file (``None``:
    never stop; requests already on the wire then, at most ``concurrency - 1``, still complete and
    are recorded). ``concurrency``: requests in flight at once (default 4; 1 sends one at a time);
    the client's rate limiter paces them all. Returns the :class:`ImportSummary`.
    """
    path = Path(path)
    _check_client(client, mapping)
    source = open_source(path, format)
    try:
        return run_import(
            source,
            mapping,
            client=client,
            checkpoint=Path(checkpoint) if checkpoint is not None else path.with_name(path.name + ".checkpoint.json"),
            failures=Path(failures) if failures is not None else default_failures_path(path),
            resume=resume,
            namespace=namespace,
            progress=progress,
            on_progress=on_progress,
            max_request_bytes=max_request_bytes,
            max_failed_requests=max_failed_requests,
            concurrency=concurrency,
            fingerprint={"source_bytes": source.total_bytes},
        )
    finally:
        source.close()


def _acknowledge_sent(in_flight: deque[Any], acknowledge_oldest: Any) -> None:
    """The import stopped early (an error, or an interrupt): windows whose requests went through are
    still acknowledged, in order, so the checkpoint covers them; it stops at the first one that
    failed or was never sent (their rows are sent again on resume, under the same ids)."""
    while in_flight:
        future = in_flight[0][2]
        if future is not None:
            future.cancel()  # not started yet: never sent
            if future.cancelled() or future.exception() is not None:
                return
        try:
            acknowledge_oldest()
        except Exception:  # noqa: BLE001 - the error that stopped the import is the one to raise
            return


class _Window:
    """The rows of one request, kept until it is acknowledged (their failures need the originals)."""

    def __init__(self) -> None:
        self.ops: list[dict[str, Any]] = []
        self.rows: list[tuple[Mapping[str, Any], int, str]] = []
        self.early: list[tuple[Mapping[str, Any], int, str | None, str]] = []  # rejected before sending
        self.bytes = 0
        self.last_row = 0  # the window covers the rows up to this one
        self.read_upto = 0  # rows read (the whole import's) up to last_row


def run_import(
    source: Source,
    mapping: RowMapping,
    *,
    client: Any,
    checkpoint: Path,
    failures: Path,
    resume: bool = False,
    namespace: str = "",
    progress: bool | None = None,
    on_progress: ProgressCallback | None = None,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    max_failed_requests: int | None = 10,
    concurrency: int = DEFAULT_BULK_CONCURRENCY,
    fingerprint: Mapping[str, Any] | None = None,
) -> ImportSummary:
    """Import the rows of any :class:`Source` (what :func:`import_file` and the partition entry point use)."""
    _check_client(client, mapping)
    check_concurrency(concurrency)
    build = mapping.compile(source.columns, source.name, namespace)
    ckpt = Checkpoint(
        checkpoint,
        {
            "source": source.name,
            "format": source.format,
            "mapping": mapping.fingerprint(),
            "namespace": namespace,
            **dict(fingerprint or {}),
        },
    )
    state = ckpt.load()
    if state is not None and not resume:
        raise ConfigurationError(
            f"the checkpoint {checkpoint.name!r} exists: pass resume=True to continue that import, "
            "or delete it to start over"
        )
    state = state or {}
    summary = ImportSummary(
        source=source.name,
        read=state.get("read", 0),
        sent=state.get("sent", 0),
        rejected=state.get("rejected", 0),
        failed=state.get("failed", 0),
        requests=state.get("requests", 0),
        resumed_from_row=state.get("next_row", 1) - 1,
        failures_file=str(failures),
    )
    if state.get("done"):
        summary.elapsed = state.get("elapsed", 0.0)
        return summary
    start, earlier = state.get("next_row", 1), state.get("elapsed", 0.0)
    try:
        writer = FailureWriter(failures, source.format, source.columns, state.get("failures_offset", 0))
    except OSError as exc:
        raise BulkImportError(f"cannot write the failures file {failures.name!r}: {exc.strerror or exc}") from None
    display = ProgressDisplay(progress, source.name, source.total_bytes)
    began = time.monotonic()
    finished = False
    failed_in_a_row, last_error = 0, ""

    def send_window(window: _Window) -> BatchResult:
        # On a pool thread: only the request. Everything it changes is recorded by acknowledge().
        return client.batch(window.ops, on_oversize="collect", concurrency=1)

    def acknowledge(window: _Window, result: BatchResult | None, done: bool) -> None:
        # On the caller's thread, one window at a time and in input order: only it touches the
        # failures file, the checkpoint and the sent/rejected/failed counts.
        nonlocal failed_in_a_row, last_error
        if result is not None:
            summary.requests += 1
            # A request that failed whole has no per-operation details (a 207 entry has them).
            whole = result.sent == 0 and len(result.failed) == len(window.ops) and not result.failed[0].details
            failed_in_a_row = failed_in_a_row + 1 if whole else 0
            last_error = result.failed[0].error if whole else ""
            summary.sent += result.sent
            for rejected in result.rejected:
                row, number, key = window.rows[rejected.index]
                writer.write(row, number, key, rejected.reason)
                summary.rejected += 1
            for failed in result.failed:
                row, number, key = window.rows[failed.index]
                writer.write(row, number, key, failed.error)
                summary.failed += 1
        for row, number, key, reason in window.early:
            writer.write(row, number, key, reason)
        summary.rejected += len(window.early)
        elapsed = earlier + time.monotonic() - began
        offset = writer.commit()
        ckpt.save(
            {
                "next_row": window.last_row + 1 if window.last_row else start,
                "read": window.read_upto,
                "sent": summary.sent,
                "rejected": summary.rejected,
                "failed": summary.failed,
                "requests": summary.requests,
                "failures_offset": offset,
                "elapsed": elapsed,
                "done": done,
            }
        )
        counts = (summary.sent, summary.rejected, summary.failed)
        snapshot = Progress(source.name, window.read_upto, *counts, source.bytes_read, source.total_bytes, elapsed)
        display.update(snapshot)
        if on_progress is not None:
            on_progress(snapshot)
        if max_failed_requests is not None and failed_in_a_row >= max_failed_requests:
            raise BulkImportError(
                f"{source.name}: stopped after {failed_in_a_row} requests in a row failed "
                f"({last_error}); their rows are in the failures file. Fix the cause, then "
                "resume=True continues after them"
            )

    # Up to `concurrency` windows are on the wire while the next is read and mapped (the network
    # wait overlaps the CPU work); memory stays at concurrency + 1 windows, and windows are
    # acknowledged (checkpointed) in input order however their requests finish.
    sender = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="cio-bulk-send")
    in_flight: deque[tuple[_Window, bool, Future[BatchResult] | None]] = deque()

    def acknowledge_oldest() -> None:
        window, done, future = in_flight[0]
        # A send's error (or an interrupt while waiting) leaves the window at the head, so the
        # cleanup acknowledges nothing behind it: the checkpoint never passes rows not delivered.
        result = future.result() if future is not None else None
        in_flight.popleft()
        try:
            acknowledge(window, result, done)
        except BulkImportError:
            raise  # the stop after failed requests: this window was checkpointed first
        except BaseException:
            in_flight.clear()  # not checkpointed (failures file unwritable...): nor is anything after it
            raise

    def send(window: _Window, done: bool) -> None:
        # Acknowledge what is back (in order), and wait for the oldest when the wire is full; only
        # then send, so nothing more goes out once an acknowledgement stops the import.
        while in_flight and (len(in_flight) >= concurrency or in_flight[0][2] is None or in_flight[0][2].done()):
            acknowledge_oldest()
        in_flight.append((window, done, sender.submit(send_window, window) if window.ops else None))

    budget = max_request_bytes - _ENVELOPE_ROOM
    window = _Window()
    read = summary.read  # rows read, on this thread; the summary's other counts are the sender's
    try:
        for number, row in source.rows(start):
            read += 1
            window.last_row = number
            if isinstance(row, BadRecord):
                window.early.append((row.fields, number, None, f"{source.name}, row {number}: {row.reason}"))
                continue
            try:
                mapped = build(row, number)
                size = len(compact_dumps(mapped.op)) + 1  # the comma
            except RowError as exc:
                window.early.append((row, number, None, str(exc)))
                continue
            except (TypeError, ValueError) as exc:  # a value JSON cannot carry (bytes, Decimal, ...)
                window.early.append((row, number, None, f"{source.name}, row {number}: {exc}"))
                continue
            if size - 1 > DEFAULT_MAX_OP_BYTES:
                reason = f"the operation is {size - 1} bytes, over the {DEFAULT_MAX_OP_BYTES}-byte limit"
                window.early.append((row, number, mapped.key, reason))
                continue
            if window.ops and window.bytes + size > budget:
                # Cut after the window's last operation: rejected rows read since then, and this
                # row, belong to the next window (and to the next checkpoint).
                last = window.rows[-1][1]
                carry = [e for e in window.early if e[1] > last]
                window.early = [e for e in window.early if e[1] <= last]
                window.last_row, window.read_upto = last, read - len(carry) - 1
                send(window, False)
                window = _Window()
                window.early, window.last_row = carry, number
            window.ops.append(mapped.op)
            window.rows.append((row, number, mapped.key))
            window.bytes += size
        window.read_upto = read
        send(window, True)
        while in_flight:
            acknowledge_oldest()
        finished = True
    except (OSError, UnicodeDecodeError) as exc:
        raise BulkImportError(f"{source.name}: reading or writing failed: {exc}") from None
    except CustomerIOError:
        raise
    except (TypeError, ValueError) as exc:  # batch() refusing an operation: a bug in a mapping
        raise BulkImportError(f"{source.name}: a batch was refused before sending: {exc}") from exc
    finally:
        if not finished:
            _acknowledge_sent(in_flight, acknowledge_oldest)
        sender.shutdown(wait=True, cancel_futures=True)
        writer.close(finished)
        summary.read = read
        summary.elapsed = earlier + time.monotonic() - began
        display.close(summary if finished else None)
    summary.check()
    return summary

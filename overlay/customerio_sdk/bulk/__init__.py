"""Bulk backfills: files and data frames into Customer.io, resumable and exactly-once.

    from customerio_sdk import TrackClient
    from customerio_sdk.bulk import TrackEvent, import_file

    mapping = TrackEvent(identifier="user_id", name="event", timestamp="ts", key="event_id",
                         types={"amount": "number"})
    with TrackClient() as track:
        summary = import_file("events.csv", mapping, client=track, resume=True)

Every row gets a dedupe id derived from its key, a checkpoint is replaced after every acknowledged
request, and rows that cannot be delivered land in a failures file with the reason. Data frames on
Dask (or Spark): see :mod:`customerio_sdk.bulk.partitions`. Guide: docs/bulk.md.
"""

from __future__ import annotations

from ._convert import ColumnType, RowError
from ._errors import BulkImportError
from ._ids import row_message_id, row_ulid
from ._importer import import_file
from ._mapping import Const, PipelinesIdentify, PipelinesTrack, RowMapping, TrackEvent, TrackIdentify
from ._progress import ImportSummary, Progress

__all__ = [
    "BulkImportError",
    "ColumnType",
    "Const",
    "ImportSummary",
    "PipelinesIdentify",
    "PipelinesTrack",
    "Progress",
    "RowError",
    "RowMapping",
    "TrackEvent",
    "TrackIdentify",
    "import_file",
    "row_message_id",
    "row_ulid",
]

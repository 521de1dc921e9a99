"""Column conversion, mapped operations, dedupe ids and the progress display (no network)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from customerio_sdk.bulk import (
    Const,
    PipelinesIdentify,
    PipelinesTrack,
    RowError,
    TrackEvent,
    TrackIdentify,
    row_message_id,
    row_ulid,
)
from customerio_sdk.bulk._convert import timestamp_ms
from customerio_sdk.bulk._progress import ImportSummary, Progress, ProgressDisplay
from customerio_sdk.errors import ConfigurationError, CustomerIOError

ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")
MS = 1_700_000_000_123


def build(mapping: Any, row: dict[str, Any], columns: list[str] | None = None, number: int = 1) -> dict[str, Any]:
    return mapping.compile(columns if columns is not None else list(row), "in.csv", "").__call__(row, number).op


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-14T22:13:20.123Z", MS),
        ("2023-11-14T23:13:20.123+01:00", MS),
        ("20231114T221320Z", MS - 123),  # basic format: read by dateutil's isoparse
        ("1700000000.123", MS),
        ("1700000000123", MS),  # milliseconds, told apart by size
        (1_700_000_000, MS - 123),
        (datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=timezone.utc), MS),
    ],
)
def test_timestamps_iso_8601_unix_seconds_or_milliseconds(value: Any, expected: int) -> None:
    assert timestamp_ms(value) == expected


def test_a_naive_timestamp_is_refused_unless_assume_utc() -> None:
    mapping = TrackEvent(identifier="u", name=Const("e"), timestamp="ts")
    with pytest.raises(RowError, match=r"in.csv, row 4, column 'ts': timestamp has no time zone"):
        mapping.compile(["u", "ts"], "in.csv", "")({"u": "1", "ts": "2023-11-14 22:13:20"}, 4)
    utc = TrackEvent(identifier="u", name=Const("e"), timestamp="ts", assume_utc=True)
    assert build(utc, {"u": "1", "ts": "2023-11-14 22:13:20"})["timestamp"] == 1_700_000_000


def test_track_event_types_empty_cells_and_id() -> None:
    mapping = TrackEvent(
        identifier="email",
        id_type="email",
        name="event",
        timestamp="ts",
        key="k",
        types={"amount": "number", "qty": "integer", "vip": "boolean", "meta": "json", "signup": "timestamp"},
    )
    row = {
        "k": "r1",
        "email": "a@b.co",
        "event": "paid",
        "ts": "1700000000123",
        "amount": "4.5",
        "qty": "3",
        "vip": "Yes",
        "meta": '{"a": [1]}',
        "signup": "2023-11-14T22:13:20Z",
        "note": "",
        "zip": "02134",
    }
    op = build(mapping, row)
    assert op == {
        "type": "person",
        "identifiers": {"email": "a@b.co"},
        "action": "event",
        "name": "paid",
        "id": row_ulid("track.event\x00r1", MS),
        "timestamp": 1_700_000_000,
        "attributes": {
            "amount": 4.5,
            "qty": 3,
            "vip": True,
            "meta": {"a": [1]},
            "signup": 1_700_000_000,
            "zip": "02134",
        },
    }  # the empty "note" is left out (not sent as ""), undeclared "zip" stays text
    assert ULID.fullmatch(op["id"])


def test_pipelines_calls_carry_iso_timestamps_and_a_uuid_message_id() -> None:
    track = PipelinesTrack(user_id="uid", event=Const("Signed Up"), timestamp="ts", properties=["plan"])
    call = build(track, {"uid": 42, "ts": MS, "plan": "pro", "other": "x"}, number=9)
    assert call == {
        "type": "track",
        "userId": "42",
        "event": "Signed Up",
        "properties": {"plan": "pro"},
        "timestamp": "2023-11-14T22:13:20.123Z",
        "messageId": row_message_id("pipelines.track\x00in.csv:9", MS),
    }
    parsed = uuid.UUID(call["messageId"])
    assert parsed.version == 8 and parsed.variant == uuid.RFC_4122
    assert int(parsed.hex[:12], 16) == MS  # the time bits are the row's timestamp
    ident = build(PipelinesIdentify(anonymous_id="anon"), {"anon": "a1", "plan": "pro"})
    assert ident["anonymousId"] == "a1" and ident["traits"] == {"plan": "pro"} and "timestamp" not in ident


def test_ids_are_deterministic_and_differ_by_key_namespace_and_call() -> None:
    assert row_ulid("k", MS) == row_ulid("k", MS)
    assert len({row_ulid("k", MS), row_ulid("k2", MS), row_ulid("k", MS, "other import")}) == 3
    assert row_ulid("k", MS)[:10] < row_ulid("k", MS + 1)[:10] or row_ulid("k", MS)[:10] == row_ulid("k", MS + 1)[:10]
    assert row_ulid("k", None).startswith("0000000000")  # no timestamp: the time bits are zero
    ops = [build(m, {"u": "1", "e": "x"}) for m in (TrackEvent(identifier="u", name="e"),)]
    calls = [
        build(m, {"u": "1", "e": "x"}) for m in (PipelinesIdentify(user_id="u"), PipelinesTrack(user_id="u", event="e"))
    ]
    assert len({ops[0]["id"], calls[0]["messageId"], calls[1]["messageId"]}) == 3


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"u": "1", "n": "1e"}, "in.csv, row 1, column 'n': not a number"),
        ({"u": "1", "n": "inf"}, "in.csv, row 1, column 'n': not a number"),
        ({"u": "", "n": "1"}, "in.csv, row 1: identifier column 'u' is empty"),
        ({"u": "1", "n": "1", "k": ""}, "in.csv, row 1, column 'k': the key column is empty"),
    ],
)
def test_row_errors_name_file_row_and_column_but_not_the_value(row: dict[str, Any], message: str) -> None:
    mapping = TrackIdentify(identifier="u", types={"n": "number"}, key="k" if "k" in row else None)
    with pytest.raises(RowError) as info:
        build(mapping, row)
    assert str(info.value) == message and isinstance(info.value, CustomerIOError)


def test_bad_declarations_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="id_type"):
        TrackIdentify(identifier="u", id_type="phone")
    with pytest.raises(ConfigurationError, match="user_id"):
        PipelinesTrack(event="e")
    with pytest.raises(ConfigurationError, match="unknown column type 'date'"):
        TrackIdentify(identifier="u", types={"d": "date"}).compile(["u", "d"], "in.csv", "")  # type: ignore[dict-item]


def test_progress_is_silent_off_a_terminal_and_shown_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    p = Progress("in.csv", rows=50, sent=48, rejected=1, failed=1, bytes_read=500, total_bytes=1000, elapsed=2.0)
    assert p.rows_per_second == 25 and p.eta == 2.0
    quiet = ProgressDisplay(None, "in.csv", 1000)  # stderr is captured: not a terminal
    quiet.update(p)
    quiet.close(ImportSummary("in.csv", read=50, sent=48, rejected=1, failed=1, elapsed=2.0))
    assert capsys.readouterr().err == ""
    shown = ProgressDisplay(True, "in.csv", 1000)
    shown.update(p)
    shown.close(ImportSummary("in.csv", read=50, sent=48, rejected=1, failed=1, elapsed=2.0))
    err = capsys.readouterr().err
    assert "in.csv" in err and "50 rows read, 48 sent, 1 rejected, 1 failed" in err


def test_timestamp_before_1970_still_gets_a_valid_ulid() -> None:
    old = datetime(1960, 1, 1, tzinfo=timezone.utc) - timedelta(0)
    op = build(TrackEvent(identifier="u", name=Const("e"), timestamp="t"), {"u": "1", "t": old})
    assert ULID.fullmatch(op["id"]) and op["timestamp"] < 0


def test_the_row_ulid_text_is_the_sdk_ulid_encoding() -> None:
    import random

    from customerio_sdk._core.dedupe_ids import encode
    from customerio_sdk.bulk._ids import _ulid_text

    rng = random.Random(15)
    cases = [(0, 0), ((1 << 48) - 1, (1 << 80) - 1)] + [
        (rng.getrandbits(48), rng.getrandbits(80)) for _ in range(2_000)
    ]
    assert all(_ulid_text(ms, r) == encode(ms, r) for ms, r in cases)

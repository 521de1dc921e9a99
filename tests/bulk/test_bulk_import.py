"""Whole imports against the loopback counting server: every row arrives exactly once, by id."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from bulk_inputs import write_events_csv, write_events_parquet
from bulk_server import CountingServer
from customerio_sdk import PipelinesClient, TrackClient
from customerio_sdk.bulk import (
    BulkImportError,
    ImportSummary,
    PipelinesTrack,
    Progress,
    TrackEvent,
    TrackIdentify,
    import_file,
)
from customerio_sdk.errors import ConfigurationError

ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")
UUID8 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")

EVENTS = TrackEvent(
    identifier="user",
    name="event",
    timestamp="ts",
    key="event_id",
    types={"amount": "number", "vip": "boolean", "n": "integer"},
)


def track(server: CountingServer) -> TrackClient:
    return TrackClient(site_id="site", api_key="key", base_url=server.url, max_retries=0)


def pipelines(server: CountingServer) -> PipelinesClient:
    return PipelinesClient(write_key="wk", base_url=server.url + "/v1", max_retries=0)


def assert_exactly_once(server: CountingServer, rows: int, pattern: re.Pattern[str]) -> None:
    assert len(server.rows) == rows  # every row arrived
    assert set(server.rows) == set(range(1, rows + 1))
    assert all(len(ids) == 1 for ids in server.rows.values())  # ... under one id
    assert set(server.ids.values()) == {1}  # ... once
    assert all(pattern.fullmatch(i) for i in server.ids)


def test_csv_100k_rows_arrive_exactly_once(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 100_000)
    seen: list[Progress] = []
    with track(counting) as client:
        summary = import_file(path, EVENTS, client=client, on_progress=seen.append)
    assert (summary.read, summary.sent, summary.rejected, summary.failed) == (100_000, 100_000, 0, 0)
    assert_exactly_once(counting, 100_000, ULID)
    # one checkpoint (and one progress event) per acknowledged request; requests stay under 500 KB
    assert summary.requests == counting.requests == len(seen) > 1
    assert [p.rows for p in seen] == sorted(p.rows for p in seen) and seen[-1].rows == 100_000
    state = json.loads((tmp_path / "events.csv.checkpoint.json").read_text())
    assert state["done"] and state["next_row"] == 100_001 and state["sent"] == 100_000


def test_parquet_100k_rows_arrive_exactly_once_through_pipelines(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_parquet(tmp_path / "events.parquet", 100_000)
    mapping = PipelinesTrack(user_id="user", event="event", timestamp="ts", key="event_id")
    with pipelines(counting) as client:
        summary = import_file(path, mapping, client=client)
    assert (summary.read, summary.sent, summary.rejected, summary.failed) == (100_000, 100_000, 0, 0)
    assert_exactly_once(counting, 100_000, UUID8)


def test_the_id_carries_the_row_timestamp_and_is_the_same_on_a_fresh_rerun(
    counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_csv(tmp_path / "events.csv", 2_000)
    with track(counting) as client:
        import_file(path, EVENTS, client=client)
        first = {row: next(iter(ids)) for row, ids in counting.rows.items()}
        import_file(path, EVENTS, client=client, checkpoint=tmp_path / "other.json")  # a re-run from scratch
    assert all(ids == {first[row]} for row, ids in counting.rows.items())  # same ids: Customer.io dedupes
    assert set(counting.ids.values()) == {2}
    from customerio_sdk._core.dedupe_ids import encode

    ms = (1_700_000_000 + 5) * 1000
    assert first[5][:10] == encode(ms, 0)[:10]  # the ULID's 48 time bits are the row's timestamp


def test_malformed_and_refused_rows_land_in_the_failures_file_with_reasons(
    counting: CountingServer, tmp_path: Path
) -> None:
    bad = [
        "ev-a,user-1,purchased,yesterday,1,true,100001",  # timestamp
        "ev-b,user-1,purchased,1700000000,lots,true,100002",  # number
        "ev-c,,purchased,1700000000,1,true,100003",  # empty identifier
        "ev-d,user-1,purchased,1700000000,1,maybe,100004",  # boolean
        "ev-e,user-1,purchased",  # too few fields
    ]
    path = write_events_csv(tmp_path / "events.csv", 3_000, extra=bad)
    counting.refuse = {7, 2_500}  # Customer.io refuses two rows (a 207)
    with track(counting) as client:
        summary = import_file(path, EVENTS, client=client)
    assert (summary.read, summary.sent, summary.rejected, summary.failed) == (3_005, 2_998, 5, 2)
    with open(tmp_path / "events.failures.csv", newline="") as f:
        failures = list(csv.DictReader(f))
    reasons = {r["cio_row"]: r["cio_error"] for r in failures}
    assert reasons == {
        "3001": "events.csv, row 3001, column 'ts': timestamp is not ISO 8601 text, Unix seconds or milliseconds",
        "3002": "events.csv, row 3002, column 'amount': not a number",
        "3003": "events.csv, row 3003: identifier column 'user' is empty",
        "3004": "events.csv, row 3004, column 'vip': not a boolean (true/false, yes/no, 1/0)",
        "3005": "events.csv, row 3005: the row has 3 fields, the header has 7",
        "7": "refused: row 7 refused",
        "2500": "refused: row 2500 refused",
    }
    assert failures[0]["event_id"] == "ev-7" and failures[0]["cio_key"] == "ev-7"  # the original columns, kept

    # Fixed and re-imported, the refused rows go out under the ids they were first sent with.
    counting.refuse = set()
    fixed = tmp_path / "fixed.csv"
    with open(fixed, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(failures[0]))
        writer.writeheader()
        writer.writerows(r for r in failures if r["cio_row"] in ("7", "2500"))
    first = dict(counting.rows)
    with track(counting) as client:
        again = import_file(fixed, EVENTS, client=client)
    assert again.sent == 2
    assert counting.rows[7] and counting.rows[2500]
    from customerio_sdk.bulk import row_ulid

    assert counting.rows[7] == {row_ulid("track.event\x00ev-7", (1_700_000_000 + 7) * 1000)}
    assert 7 not in first


def test_requests_failing_whole_stop_the_import_and_resume_sends_their_rows_later(
    counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_csv(tmp_path / "events.csv", 6_000)  # three requests' worth
    counting.status = 401  # a wrong API key: every request fails, retrying cannot help
    with track(counting) as client, pytest.raises(BulkImportError, match=r"stopped after 2 requests in a row failed"):
        import_file(path, EVENTS, client=client, max_failed_requests=2, concurrency=1)
    assert counting.requests == 2  # not the third
    state = json.loads((tmp_path / "events.csv.checkpoint.json").read_text())
    with open(tmp_path / "events.failures.csv", newline="") as f:
        failed = list(csv.DictReader(f))
    assert len(failed) == state["failed"] == state["read"] == state["next_row"] - 1 > 0
    assert "401" in failed[0]["cio_error"]

    counting.status = None  # fixed: resume sends the rest; the failed rows are re-imported from the file
    with track(counting) as client:
        rest = import_file(path, EVENTS, client=client, resume=True)
        fixed = import_file(tmp_path / "events.failures.csv", EVENTS, client=client, failures=tmp_path / "f2.csv")
    assert (rest.read, rest.sent + rest.failed) == (6_000, 6_000) and fixed.sent == len(failed)
    assert set(counting.rows) == set(range(1, 6_001))  # every row, once, in the end
    assert set(counting.ids.values()) == {1}


def test_resume_after_a_finished_import_sends_nothing(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 500)
    with track(counting) as client:
        first = import_file(path, EVENTS, client=client)
        with pytest.raises(ConfigurationError, match="resume=True"):
            import_file(path, EVENTS, client=client)
        before = counting.requests
        again = import_file(path, EVENTS, client=client, resume=True)
    assert counting.requests == before
    assert (again.read, again.sent) == (first.read, first.sent) == (500, 500)


def test_a_checkpoint_of_another_mapping_is_refused(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 10)
    with track(counting) as client:
        import_file(path, EVENTS, client=client)
        other = TrackEvent(identifier="user", name="event", key="event_id")
        with pytest.raises(ConfigurationError, match="mapping differs"):
            import_file(path, other, client=client, resume=True)


def test_identify_rows_and_jsonl_input(counting: CountingServer, tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    lines = [json.dumps({"email": f"p{i}@example.com", "plan": "pro", "n": i}) for i in range(1, 101)]
    path.write_text("\n".join([*lines, "{not json", "[1, 2]"]) + "\n")
    requests: list[bytes] = []
    with track(counting) as client:
        summary = import_file(path, TrackIdentify(identifier="email", id_type="email"), client=client)
    assert (summary.read, summary.sent, summary.rejected) == (102, 100, 2)
    failures = [json.loads(x) for x in (tmp_path / "people.failures.jsonl").read_text().splitlines()]
    assert [f["cio_error"] for f in failures] == [
        "people.jsonl, row 101: the line is not valid JSON",
        "people.jsonl, row 102: the line is a JSON list, not an object",
    ]
    assert failures[0]["cio_raw"] == "{not json\n"
    assert counting.requests == 1 and not requests


def test_a_mapping_naming_a_missing_column_fails_before_sending(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 10)
    mapping = TrackEvent(identifier="user_id", name="event")
    with track(counting) as client, pytest.raises(ConfigurationError, match="'user_id' that events.csv does not have"):
        import_file(path, mapping, client=client)
    assert counting.requests == 0


def test_a_track_mapping_needs_a_track_client(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 1)
    with pipelines(counting) as client, pytest.raises(ConfigurationError, match="pass a TrackClient"):
        import_file(path, EVENTS, client=client)


def test_summaries_combine_and_add_up() -> None:
    a = ImportSummary(source="a", read=10, sent=7, rejected=2, failed=1, requests=2, elapsed=3.0)
    b = ImportSummary(source="b", read=5, sent=5, requests=1, elapsed=4.0)
    total = ImportSummary.combine([a, b], "all")
    assert (total.read, total.sent, total.rejected, total.failed, total.requests, total.elapsed) == (
        15,
        12,
        2,
        1,
        3,
        4.0,
    )
    with pytest.raises(AssertionError):
        ImportSummary.combine([ImportSummary(read=2, sent=1)])


class Interrupted(Exception):
    pass


def test_parquet_import_interrupted_then_resumed_past_finished_row_groups(
    counting: CountingServer, tmp_path: Path
) -> None:
    path = write_events_parquet(tmp_path / "events.parquet", 20_000, row_group_size=4_000)
    mapping = TrackEvent(identifier="user", name="event", timestamp="ts", key="event_id")
    calls = 0

    def stop_after_four(p: Progress) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise Interrupted

    with track(counting) as client:
        with pytest.raises(Interrupted):
            import_file(path, mapping, client=client, on_progress=stop_after_four)
        state = json.loads((tmp_path / "events.parquet.checkpoint.json").read_text())
        assert state["next_row"] > 8_001 and not state["done"]  # past the first two row groups
        summary = import_file(path, mapping, client=client, resume=True)
    assert (summary.read, summary.sent) == (20_000, 20_000)
    assert summary.resumed_from_row == state["next_row"] - 1
    assert set(counting.rows) == set(range(1, 20_001))
    assert all(len(ids) == 1 for ids in counting.rows.values())


def test_a_failures_file_shorter_than_the_checkpoint_says_is_refused(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 20, extra=["ev-x,user-1,purchased,soon,1,true,21"])
    checkpoint = tmp_path / "events.csv.checkpoint.json"
    with track(counting) as client:
        import_file(path, EVENTS, client=client)
        state = json.loads(checkpoint.read_text())
        checkpoint.write_text(json.dumps({**state, "done": False}))  # as if it had stopped at the end
        (tmp_path / "events.failures.csv").write_text("")
        with pytest.raises(BulkImportError, match="shorter than the checkpoint recorded"):
            import_file(path, EVENTS, client=client, resume=True)


def test_requests_overlap_but_are_acknowledged_in_input_order(counting: CountingServer, tmp_path: Path) -> None:
    import threading

    path = write_events_csv(tmp_path / "events.csv", 30_000)
    counting.hold_row = 1  # the first window's request waits while later ones are answered
    seen: list[Progress] = []
    outcome: list[ImportSummary] = []
    with track(counting) as client:
        worker = threading.Thread(
            target=lambda: outcome.append(
                import_file(path, EVENTS, client=client, on_progress=seen.append, concurrency=4)
            )
        )
        worker.start()
        try:
            assert counting.reached.wait(60)
            # Three more windows go out while the first is unanswered (4 on the wire at most; the
            # importer then waits for the first before sending a 5th) ...
            assert counting.wait_for_requests(4)
            assert seen == []  # ... and none of them is acknowledged before the first
            assert not (tmp_path / "events.csv.checkpoint.json").exists()
        finally:
            counting.release.set()
            worker.join(120)
    (summary,) = outcome
    assert (summary.read, summary.sent) == (30_000, 30_000)
    assert counting.stats()["max_in_flight"] <= 4
    assert [p.rows for p in seen] == sorted(p.rows for p in seen) and len(seen) == summary.requests
    assert_exactly_once(counting, 30_000, ULID)


def test_concurrency_one_sends_one_request_at_a_time(counting: CountingServer, tmp_path: Path) -> None:
    path = write_events_csv(tmp_path / "events.csv", 10_000)
    with track(counting) as client:
        summary = import_file(path, EVENTS, client=client, concurrency=1)
    assert summary.sent == 10_000 and summary.requests > 1
    assert counting.stats()["max_in_flight"] == 1
    for bad in (0, -1, 1.5, True):
        with track(counting) as client, pytest.raises(ConfigurationError, match="concurrency must be a whole number"):
            import_file(path, EVENTS, client=client, concurrency=bad, checkpoint=tmp_path / "other.json")


def test_a_send_that_raises_keeps_the_checkpoint_before_its_window(counting: CountingServer, tmp_path: Path) -> None:
    # The first window's send raises after the three behind it went through. Its window must not be
    # skipped: the checkpoint may not move past its rows (before, the window left the queue before
    # its error was seen, and the three behind it were acknowledged in the cleanup).
    import threading

    class Boom(Exception):
        pass

    later_done = threading.Event()
    calls, done = [0], [0]
    lock = threading.Lock()

    class FirstSendFails(TrackClient):
        def batch(self, operations, **options):  # type: ignore[no-untyped-def,override]
            with lock:
                calls[0] += 1
                first = calls[0] == 1
            if first:
                assert later_done.wait(60)
                raise Boom("the first window's send")
            with lock:
                done[0] += 1
                if done[0] == 3:
                    later_done.set()
            return super().batch(operations, **{**options, "concurrency": 1})

    path = write_events_csv(tmp_path / "events.csv", 20_000)
    checkpoint = tmp_path / "events.csv.checkpoint.json"
    client = FirstSendFails(site_id="site", api_key="key", base_url=counting.url, max_retries=0)
    with client, pytest.raises(Boom):
        import_file(path, EVENTS, client=client, concurrency=4, checkpoint=checkpoint)
    assert later_done.is_set()
    state = json.loads(checkpoint.read_text()) if checkpoint.exists() else {"next_row": 1}
    assert state["next_row"] == 1

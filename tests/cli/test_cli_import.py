"""``cio track import`` / ``cio pipelines import``: the real executable against the bulk tests'
loopback counting server (every delivered operation counted by its dedupe id)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import SECRETS, cio_executable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bulk"))
from bulk_server import CountingServer

ROWS = 250
MAPPING = {
    "kind": "track",
    "identifier": "user_id",
    "name": "event",
    "timestamp": "created_at",
    "key": "event_id",
    "types": {"amount": "number", "n": "integer"},
}


@pytest.fixture(scope="module")
def server() -> Iterator[CountingServer]:
    srv = CountingServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def counting(server: CountingServer) -> CountingServer:
    server.reset()
    return server


@pytest.fixture
def env(server: CountingServer) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMERIO_", "CIO_"))}
    return {
        **clean,
        **SECRETS,
        "CIO_TRACK_BASE_URL": server.url,
        "CIO_PIPELINES_BASE_URL": server.url + "/v1",
    }


def run(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [cio_executable(), *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    for secret in SECRETS.values():
        assert secret not in result.stdout and secret not in result.stderr
    return result


def write_csv(path: Path, rows: int, extra: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = ["event_id,user_id,event,created_at,amount,n"]
    lines += [f"e{i},u{i % 13},purchased,{1_700_000_000 + i},{i}.5,{i}" for i in range(1, rows + 1)]
    path.write_text("\n".join([*lines, *extra]) + "\n")
    return path


def write_mapping(path: Path, mapping: object) -> Path:
    path.write_text(json.dumps(mapping))
    return path


def test_a_csv_import_arrives_exactly_once_and_a_resumed_rerun_sends_nothing(counting, env, tmp_path):
    write_csv(tmp_path / "events.csv", ROWS)
    write_mapping(tmp_path / "mapping.json", MAPPING)

    first = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["read"], summary["sent"], summary["rejected"], summary["failed"]) == (ROWS, ROWS, 0, 0)
    assert len(counting.ids) == ROWS and set(counting.ids.values()) == {1}
    assert {n: len(ids) for n, ids in counting.rows.items()} == {n: 1 for n in range(1, ROWS + 1)}
    assert (tmp_path / "events.csv.checkpoint.json").exists()
    requests = counting.requests

    again = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", "--resume", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert counting.requests == requests and sum(counting.ids.values()) == ROWS
    assert json.loads(again.stdout)["sent"] == ROWS  # the import's counts, earlier run included

    # Without --resume the finished checkpoint is a usage error: nothing is silently redone.
    refused = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", cwd=tmp_path)
    assert refused.returncode == 2 and "resume" in refused.stderr
    assert counting.requests == requests


def test_rejected_and_failed_rows_go_to_the_failures_file_and_exit_3(counting, env, tmp_path):
    write_csv(tmp_path / "events.csv", 20, extra=["e21,u1,purchased,not-a-time,1.5,21"])
    write_mapping(tmp_path / "mapping.json", MAPPING)
    counting.refuse = {7}  # Customer.io refuses row 7 (a 207 entry)

    result = run(
        env,
        "track",
        "import",
        "events.csv",
        "--mapping",
        "mapping.json",
        "--failures",
        "bad.csv",
        "--checkpoint",
        "ckpt.json",
        cwd=tmp_path,
    )
    assert result.returncode == 3, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["sent"], summary["rejected"], summary["failed"]) == (21, 19, 1, 1)
    assert summary["failures_file"] == "bad.csv" and (tmp_path / "ckpt.json").exists()
    with open(tmp_path / "bad.csv", newline="") as f:
        failed = {row["event_id"]: row for row in csv.DictReader(f)}
    assert set(failed) == {"e7", "e21"}
    assert "created_at" in failed["e21"]["cio_error"] and "row 21" in failed["e21"]["cio_error"]
    assert "refused" in failed["e7"]["cio_error"]


@pytest.mark.parametrize(
    ("mapping", "named"),
    [
        ({**MAPPING, "colour": "red"}, "'colour'"),
        ({**MAPPING, "kind": "page"}, "'kind'"),
        ({k: v for k, v in MAPPING.items() if k != "kind"}, "'kind'"),
        ({k: v for k, v in MAPPING.items() if k != "name"}, "'name'"),
        ({**MAPPING, "types": {"amount": "float"}}, "'types.amount'"),
        ({**MAPPING, "data": "amount"}, "'data'"),
        ({**MAPPING, "name": {"constant": "x"}}, "'name'"),
        ({**MAPPING, "assume_utc": "yes"}, "'assume_utc'"),
        ([MAPPING], "JSON object"),
    ],
)
def test_a_bad_mapping_file_exits_2_naming_the_key(counting, env, tmp_path, mapping, named):
    write_csv(tmp_path / "events.csv", 5)
    write_mapping(tmp_path / "mapping.json", mapping)
    result = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert named in result.stderr and "mapping.json" in result.stderr
    assert "Traceback" not in result.stderr and counting.requests == 0


def test_a_mapping_naming_a_missing_column_exits_2(counting, env, tmp_path):
    write_csv(tmp_path / "events.csv", 5)
    write_mapping(tmp_path / "mapping.json", {**MAPPING, "key": "order_id"})
    result = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", cwd=tmp_path)
    assert result.returncode == 2 and "'order_id'" in result.stderr and counting.requests == 0


def test_dry_run_maps_every_row_and_sends_nothing(counting, env, tmp_path):
    write_csv(tmp_path / "events.csv", ROWS, extra=["e999,u1,purchased,not-a-time,1.5,999"])
    write_mapping(tmp_path / "mapping.json", MAPPING)
    result = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", "--dry-run", cwd=tmp_path)
    assert result.returncode == 3, result.stderr  # one row would be rejected
    summary = json.loads(result.stdout)
    assert summary["dry_run"] is True and counting.requests == 0
    assert (summary["read"], summary["sent"], summary["would_send"], summary["rejected"]) == (ROWS + 1, 0, ROWS, 1)
    call = summary["first_call"]
    assert call["identifiers"] == {"id": "u1"} and call["name"] == "purchased" and call["attributes"]["n"] == 1
    assert call["timestamp"] == 1_700_000_001 and len(call["id"]) == 26  # the ULID the real run sends
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "mapping.json"]  # nothing kept

    real = run(env, "track", "import", "events.csv", "--mapping", "mapping.json", cwd=tmp_path)
    assert real.returncode == 3 and call["id"] in counting.ids  # no checkpoint was left behind


def test_pipelines_import_with_a_constant_event_name(counting, env, tmp_path):
    lines = [json.dumps({"uid": f"u{i}", "at": f"2024-03-01T10:00:{i:02d}Z", "n": i}) for i in range(1, 31)]
    (tmp_path / "events.ndjson").write_text("\n".join(lines) + "\n")
    mapping = {"kind": "track", "user_id": "uid", "event": {"const": "signed_up"}, "timestamp": "at"}
    write_mapping(tmp_path / "mapping.json", mapping)
    result = run(env, "pipelines", "import", "events.ndjson", "--mapping", "mapping.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 30 and len(counting.ids) == 30
    assert set(counting.rows) == set(range(1, 31))


def test_an_api_error_exits_1(counting, env, tmp_path):
    write_csv(tmp_path / "events.csv", 5)
    write_mapping(tmp_path / "mapping.json", MAPPING)
    counting.status = 401
    result = run(
        env, "track", "import", "events.csv", "--mapping", "mapping.json", "--max-failed-requests", "1", cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr
    assert "401" in result.stderr and result.stdout == ""

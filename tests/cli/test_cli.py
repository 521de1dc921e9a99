"""The real ``cio`` executable, as a subprocess, against the mock: output formats, pagination across
pages, ``--dry-run``, exit codes, batches with ``--failed-out`` and resending, ``cio mock``,
completion, and the lazy command tree (what a command imports)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from cli_support import SECRETS, cio_executable

MESSAGE = {"id": "m", "type": "email"}


def _page(ids: list[str], next_cursor: str) -> dict:
    return {"messages": [{**MESSAGE, "id": i} for i in ids], "next": next_cursor}


def test_help_and_a_call_exit_0_with_compact_json_when_piped(cio, clean_mock):
    assert cio("--help").returncode == 0
    result = cio("app", "segments", "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1  # compact: one line when piped
    assert "segments" in json.loads(result.stdout)
    assert clean_mock.requests[-1].operation_id == "listSegments"
    assert clean_mock.requests[-1].headers["authorization"] == "Bearer ****"


def test_paginated_output_follows_every_page_as_json_lines(cio, clean_mock):
    for ids, cursor in ((["a", "b"], "c1"), (["c", "d"], "c2"), (["e"], "")):
        clean_mock.script("listMessages", body=_page(ids, cursor))
    result = cio("app", "messages", "list")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b", "c", "d", "e"]
    assert ["start=" in r.query for r in clean_mock.requests] == [False, True, True]
    assert "start=c2" in clean_mock.requests[2].query
    clean_mock.assert_no_violations()


def test_limit_stops_early_and_raw_prints_each_page_as_received(cio, clean_mock):
    for ids, cursor in ((["a", "b"], "c1"), (["c", "d"], "c2"), (["e"], "")):
        clean_mock.script("listMessages", body=_page(ids, cursor))
    limited = cio("app", "messages", "list", "--limit", "3")
    assert [json.loads(line)["id"] for line in limited.stdout.splitlines()] == ["a", "b", "c"]
    clean_mock.reset()
    for ids, cursor in ((["a", "b"], "c1"), (["c", "d"], "c2"), (["e"], "")):
        clean_mock.script("listMessages", body=_page(ids, cursor))
    raw = cio("app", "messages", "list", "--raw")
    assert raw.returncode == 0, raw.stderr
    assert [json.loads(line)["next"] for line in raw.stdout.splitlines()] == ["c1", "c2", ""]


def test_a_repeated_cursor_is_an_api_error_not_an_endless_loop(cio, clean_mock):
    clean_mock.script("listMessages", body=_page(["a"], "same"), times=None)
    result = cio("app", "messages", "list")
    assert result.returncode == 1
    assert "already returned" in result.stderr
    assert len(clean_mock.requests) == 2


def test_dry_run_prints_the_request_with_credentials_redacted_and_sends_nothing(cio, clean_mock):
    runs = [
        cio("app", "segments", "create", "--body", '{"segment": {"name": "VIP"}}', "--dry-run"),
        cio("track", "identify", "42", "--attributes", '{"plan": "pro"}', "--dry-run"),
        cio("pipelines", "track", "purchased", "--user-id", "42", "--dry-run"),
    ]
    for result in runs:
        assert result.returncode == 0, result.stderr
        for secret in SECRETS.values():
            assert secret not in result.stdout + result.stderr
    shown = [json.loads(r.stdout) for r in runs]
    assert [s["method"] for s in shown] == ["POST", "PUT", "POST"]
    assert shown[0]["headers"]["authorization"] == "Bearer ****"
    assert shown[1]["headers"]["authorization"] == "Basic ****"
    assert shown[0]["body"] == {"segment": {"name": "VIP"}}
    assert shown[1]["url"].endswith("/track/api/v1/customers/42")
    assert clean_mock.requests == []


def test_exit_codes_api_error_1_usage_2(cio, clean_mock):
    clean_mock.script("getSegment", status=404)
    missing = cio("app", "segments", "get", "7")
    assert missing.returncode == 1
    assert "404" in missing.stderr and "getSegment" in missing.stderr
    assert cio("app", "segments", "get", "not-a-number").returncode == 2
    assert cio("app", "segments", "nope").returncode == 2
    no_key = {k: v for k, v in os.environ.items() if not k.startswith("CUSTOMERIO_")}
    assert cio("app", "segments", "list", env=no_key).returncode == 2


def test_body_from_a_file_and_from_stdin(cio, clean_mock, tmp_path):
    body = tmp_path / "segment.json"
    body.write_text('{"segment": {"name": "from file"}}')
    assert cio("app", "segments", "create", "--body", f"@{body}").returncode == 0
    assert cio("app", "segments", "create", "--body", "-", input='{"segment": {"name": "from stdin"}}').returncode == 0
    assert [r.json["segment"]["name"] for r in clean_mock.requests] == ["from file", "from stdin"]
    bad = cio("app", "segments", "create", "--body", "{not json")
    assert bad.returncode == 2 and "not valid JSON" in bad.stderr


def test_track_and_pipelines_commands_call_the_client_methods(cio_env, clean_mock):
    # In process (click's runner): this is about the mapping from methods to commands; the other
    # tests here run the executable.
    from click.testing import CliRunner
    from customerio_sdk.cli._main import cli

    runner = CliRunner()

    calls = [
        ("track", "identify", "42", "--attributes", '{"plan": "pro"}'),
        ("track", "track", "42", "purchased", "--data", '{"amount": 5}', "--timestamp", "2024-05-01T12:00:00Z"),
        ("track", "add-to-segment", "7", "1", "2"),
        ("track", "add-device", "42", "tok", "ios"),
        ("track", "merge", '{"id": "1"}', '{"email": "a@example.com"}'),
        ("pipelines", "identify", "--user-id", "42", "--traits", '{"email": "a@example.com"}'),
        ("pipelines", "group", "acme", "--user-id", "42"),
    ]
    for call in calls:
        result = runner.invoke(cli, list(call), env=cio_env)
        assert result.exit_code == 0, (call, result.output)
    assert [r.operation_id for r in clean_mock.requests] == [
        "identify",
        "track",
        "add_to_segment",
        "add_device",
        "merge",
        "identify",
        "group",
    ]
    assert clean_mock.requests[1].json["timestamp"] == 1714564800
    assert clean_mock.requests[2].json == {"ids": ["1", "2"]}
    clean_mock.assert_no_violations()


def test_timestamp_takes_every_iso_8601_form_on_every_python(cio_env, clean_mock):
    # Python 3.10's fromisoformat refused all but the first of these: the command failed with
    # "neither Unix seconds nor an ISO 8601 time".
    from click.testing import CliRunner
    from customerio_sdk.cli._main import cli

    forms = ["2024-05-01T12:00:00Z", "2024-05-01T14:00:00+0200", "2024-05-01T12:00:00.0Z", "20240501T120000Z"]
    for form in forms:
        result = CliRunner().invoke(cli, ["track", "track", "42", "bought", "--timestamp", form], env=cio_env)
        assert result.exit_code == 0, (form, result.output)
    assert [r.json["timestamp"] for r in clean_mock.requests] == [1714564800] * len(forms)
    naive = CliRunner().invoke(
        cli, ["track", "track", "42", "bought", "--timestamp", "2024-05-01T12:00:00"], env=cio_env
    )
    assert naive.exit_code == 2 and "has no UTC offset" in naive.output
    clean_mock.assert_no_violations()


def _event(n: int, **extra) -> dict:
    return {"type": "person", "identifiers": {"id": str(n)}, "action": "event", "name": "bought", **extra}


def test_batch_writes_rejected_and_failed_lines_with_their_ids_and_a_resend_delivers_them(cio, clean_mock, tmp_path):
    lines = [
        json.dumps(_event(0)),
        json.dumps(_event(1)),  # refused by the server (207)
        json.dumps(_event(2, attributes={"blob": "x" * 40_000})),  # over 32 KB: rejected before sending
        "{not json",  # invalid: kept verbatim
        json.dumps(_event(4, id="01HZY3K6Q4Q7Z9X8V2T1N0M5BC")),  # an id of its own is kept
    ]
    source = tmp_path / "events.jsonl"
    source.write_text("\n".join(lines) + "\n")
    failed = tmp_path / "failed.jsonl"
    clean_mock.script("batch", api="track", status=207, body={"errors": [{"batch_index": 1, "reason": "invalid"}]})
    first = cio("track", "batch", str(source), "--failed-out", str(failed))
    assert first.returncode == 3, first.stderr
    assert "3 undelivered" in first.stderr
    sent = clean_mock.requests[-1].json["batch"]
    assert [op["identifiers"]["id"] for op in sent] == ["0", "1", "4"]
    assert sent[2]["id"] == "01HZY3K6Q4Q7Z9X8V2T1N0M5BC"
    kept = failed.read_text().splitlines()
    assert kept[0] == "{not json"
    refused, oversize = json.loads(kept[1]), json.loads(kept[2])
    assert refused == sent[1]  # exactly what was sent, with the id it was sent with
    assert oversize["identifiers"] == {"id": "2"} and len(oversize["id"]) == 26
    clean_mock.violations.clear()  # the 207 script stands for the server refusing line 1

    # Resend the refused line (the oversize one needs shrinking first, and is refused again).
    retry = tmp_path / "retry.jsonl"
    retry.write_text(kept[1] + "\n" + kept[2] + "\n")
    second = cio("track", "batch", str(retry), "--failed-out", str(tmp_path / "failed2.jsonl"))
    assert second.returncode == 3
    assert clean_mock.requests[-1].json["batch"] == [refused]  # delivered with its original id
    assert json.loads((tmp_path / "failed2.jsonl").read_text())["id"] == oversize["id"]


def test_pipelines_batch_from_stdin_assigns_message_ids_before_sending(cio, clean_mock, tmp_path):
    calls = [{"type": "track", "userId": str(n), "event": "e"} for n in range(3)]
    result = cio("pipelines", "batch", "-", input="".join(json.dumps(c) + "\n" for c in calls))
    assert result.returncode == 0, result.stderr
    sent = clean_mock.requests[-1].json["batch"]
    assert [c["userId"] for c in sent] == ["0", "1", "2"] and all(c["messageId"] for c in sent)
    clean_mock.assert_no_violations()


def test_cio_mock_runs_in_the_foreground_until_terminated(cio_env):
    env = {k: v for k, v in cio_env.items() if not k.startswith("CIO_")}
    server = subprocess.Popen(
        [cio_executable(), "mock", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        exports = dict(server.stdout.readline().removeprefix("export ").strip().split("=", 1) for _ in range(3))
        env.update(exports)
        result = subprocess.run(
            [cio_executable(), "app", "segments", "list"],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert "segments" in json.loads(result.stdout)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    assert server.returncode == 0


def test_shell_completion_is_clicks_own(cio_env):
    env = {**cio_env, "_CIO_COMPLETE": "bash_source"}
    script = subprocess.run([cio_executable()], check=False, capture_output=True, text=True, env=env, timeout=60)
    assert "complete" in script.stdout and "_CIO_COMPLETE" in script.stdout
    env = {**cio_env, "_CIO_COMPLETE": "bash_complete", "COMP_WORDS": "cio app seg", "COMP_CWORD": "2"}
    words = subprocess.run([cio_executable()], check=False, capture_output=True, text=True, env=env, timeout=60)
    assert "segments" in words.stdout


LOADED = """
import sys
from customerio_sdk.cli._main import cli
try:
    cli.main(args=sys.argv[1:], prog_name="cio", standalone_mode=False)
except SystemExit:
    pass
print("\\n".join(m for m in sys.modules if m.startswith("customerio_") and (".api." in m or ".models." in m)), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], set()),
        (["app", "segments", "--help"], set()),
        (
            ["app", "segments", "list", "--dry-run"],
            {"customerio_app_api.api.segments", "customerio_app_api.api.segments.list_segments"},
        ),
    ],
)
def test_a_command_imports_only_its_own_generated_module(args, expected, cio_env):
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *args], check=False, capture_output=True, text=True, env=cio_env, timeout=60
    )
    loaded = {m for m in result.stderr.split() if m.startswith("customerio_")}
    assert {m for m in loaded if ".api." in m} == expected
    models = {m for m in loaded if ".models." in m}
    assert all("list_segments" in m for m in models), models  # only the operation's own models


def _run_on_a_terminal(argv: list[str], env: dict[str, str], stream: str, input: str | None = None) -> tuple[int, str]:
    """Run with stdout or stderr on a pseudo-terminal; (exit code, what the terminal got). The other
    stream goes to /dev/null (a pipe nobody reads could fill and stall the child), and reading the
    terminal has a deadline: a stuck child fails the test instead of hanging the suite."""
    import pty
    import select

    leader, follower = pty.openpty()
    other = subprocess.DEVNULL
    process = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
        stdout=follower if stream == "stdout" else other,
        stderr=follower if stream == "stderr" else other,
        env=env,
    )
    os.close(follower)
    if input is not None:
        process.stdin.write(input.encode())
        process.stdin.close()
    received = b""
    deadline = time.monotonic() + 60
    while True:
        ready, _, _ = select.select([leader], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            process.kill()
            process.wait()
            os.close(leader)
            raise AssertionError(f"{argv[1:]} did not finish with its terminal within 60 s; it wrote: {received!r}")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        received += chunk
    process.wait(timeout=60)
    os.close(leader)
    return process.returncode, received.decode()


def test_json_is_indented_on_a_terminal(cio_env, clean_mock):
    code, shown = _run_on_a_terminal([cio_executable(), "app", "segments", "list"], cio_env, "stdout")
    assert code == 0
    assert shown.startswith("{") and '\n  "segments": [' in shown.replace("\r\n", "\n")


def test_batch_shows_progress_on_a_terminal(cio_env, clean_mock):
    lines = "".join(json.dumps(_event(n)) + "\n" for n in range(49))
    lines += json.dumps(_event(49, attributes={"blob": "x" * 40_000})) + "\n"
    argv = [cio_executable(), "track", "batch", "-"]
    code, shown = _run_on_a_terminal(argv, cio_env, "stderr", input=lines)
    assert code == 3
    assert "\r50 lines" in shown and "/s  0 invalid  1 too large" in shown
    assert "50 lines: 49 sent, 1 rejected (too large)" in shown


def test_failed_out_may_not_be_the_input_it_would_empty(cio, clean_mock, tmp_path):
    source = tmp_path / "failed.jsonl"
    source.write_text(json.dumps(_event(1)) + "\n")
    result = cio("track", "batch", str(source), "--failed-out", str(source))
    assert result.returncode == 2 and "must not be the input file" in result.stderr
    assert json.loads(source.read_text()) == _event(1)
    assert clean_mock.requests == []


def test_a_missing_credential_leaves_an_earlier_failed_out_alone(cio, cio_env, clean_mock, tmp_path):
    source, failed = tmp_path / "events.jsonl", tmp_path / "failed.jsonl"
    source.write_text(json.dumps(_event(1)) + "\n")
    failed.write_text(json.dumps(_event(2)) + "\n")  # an earlier run's lines, still to be resent
    env = {k: v for k, v in cio_env.items() if k != "CUSTOMERIO_API_KEY"}
    result = cio("track", "batch", str(source), "--failed-out", str(failed), env=env)
    assert result.returncode == 2 and "CUSTOMERIO_API_KEY" in result.stderr
    assert json.loads(failed.read_text()) == _event(2)
    assert clean_mock.requests == []


def test_pipelines_batch_context_applies_to_every_call_and_version_prints(cio, clean_mock):
    line = json.dumps({"type": "identify", "userId": "42", "traits": {"plan": "pro"}}) + "\n"
    result = cio("pipelines", "batch", "-", "--context", '{"ip": "192.0.2.1"}', input=line)
    assert result.returncode == 0, result.stderr
    assert clean_mock.requests[-1].json["context"] == {"ip": "192.0.2.1"}
    from customerio_sdk import __version__

    assert cio("--version").stdout.strip() == f"cio {__version__}"


BULK_LOADED = """
import sys
from customerio_sdk.cli._main import cli
try:
    cli.main(args=sys.argv[1:], prog_name="cio", standalone_mode=False)
except SystemExit:
    pass
print("\\n".join(m for m in sys.modules if m.startswith(("customerio_sdk.bulk", "pyarrow"))), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["track", "--help"], ["track", "import", "--help"], ["pipelines", "import", "--help"], ["import"]],
)
def test_import_help_loads_neither_bulk_nor_pyarrow(args, cio_env, tmp_path):
    if args == ["import"]:  # the control: running the command does load bulk
        (tmp_path / "people.csv").write_text("id,plan\n1,pro\n")
        (tmp_path / "mapping.json").write_text('{"kind": "identify", "identifier": "id"}')
        args = ["track", "import", str(tmp_path / "people.csv"), "--mapping", str(tmp_path / "mapping.json")]
        args += ["--dry-run"]
        expect_bulk = True
    else:
        expect_bulk = False
    result = subprocess.run(
        [sys.executable, "-c", BULK_LOADED, *args], check=False, capture_output=True, text=True, env=cio_env, timeout=60
    )
    loaded = [m for m in result.stderr.split() if m.startswith(("customerio_sdk.bulk", "pyarrow"))]
    assert ("customerio_sdk.bulk" in loaded) is expect_bulk, result.stderr
    assert not [m for m in loaded if m.startswith("pyarrow")]  # CSV needs no pyarrow, help never

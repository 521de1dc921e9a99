"""``codegen outdated`` and the CI workflow in docs/: the weekly job's commands, run as written
against a loopback HTTP server standing in for Customer.io's official URLs (never the internet)."""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from codegen import outdated
from codegen.apis import APIS, ROOT
from codegen.lockfile import load_lock

WORKFLOW = ROOT / "docs" / "customerio-specs-workflow.yml"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def upstream(tmp_path, monkeypatch):
    """A loopback server publishing copies of today's pinned specs under /files/."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    files = tmp_path / "published" / "files"
    files.mkdir(parents=True)
    for api in APIS.values():
        shutil.copy(api.spec_path, files / api.spec_file)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(files.parent)))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    host, port = httpd.server_address[:2]
    yield files, f"http://{host}:{port}/files"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def drop_operation(files: Path, api_name: str, path: str, method: str) -> None:
    target = files / APIS[api_name].spec_file
    spec = json.loads(target.read_bytes())
    del spec["paths"][path][method]
    target.write_text(json.dumps(spec), encoding="utf-8")


def run_outdated(base_url: str, tmp_path: Path, *names: str) -> int:
    args = argparse.Namespace(
        api=list(names) or None, base_url=base_url, timeout=10.0, summary_file=tmp_path / "summary.txt", keep=None
    )
    return outdated.run(args)


def test_current_specs_exit_0(upstream, tmp_path, capsys):
    _, base_url = upstream
    assert run_outdated(base_url, tmp_path) == 0
    out = capsys.readouterr().out
    assert all(f"{name}: current" in out for name in APIS)
    assert (tmp_path / "summary.txt").read_text() == "no changes\n"


def test_a_changed_spec_exits_1_with_the_diff_summary(upstream, tmp_path, capsys):
    files, base_url = upstream
    drop_operation(files, "track", "/api/v1/customers/{identifier}/devices/{device_id}", "delete")
    assert run_outdated(base_url, tmp_path) == 1
    out = capsys.readouterr().out
    assert "track: upstream changed" in out and "app: current" in out
    assert out.splitlines()[-1] == "summary: track: 1 operation removed"
    assert (tmp_path / "summary.txt").read_text() == "track: 1 operation removed\n"


def test_a_network_failure_exits_2_and_says_so(tmp_path, capsys, monkeypatch):
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    assert run_outdated(f"http://127.0.0.1:{port}/files", tmp_path, "pipelines") == 2
    err = capsys.readouterr().err
    assert "cannot download" in err and "cannot connect" in err
    assert "network or download failure for pipelines" in err


def test_the_base_url_comes_from_the_environment(monkeypatch):
    from codegen.fetch import source_url

    api = APIS["app"]
    monkeypatch.delenv("CUSTOMERIO_SPEC_BASE_URL", raising=False)
    assert source_url(api) == api.url
    monkeypatch.setenv("CUSTOMERIO_SPEC_BASE_URL", "http://127.0.0.1:9/mirror/")
    assert source_url(api) == "http://127.0.0.1:9/mirror/journeys-app.json"
    assert source_url(api, "http://127.0.0.1:8/x") == "http://127.0.0.1:8/x/journeys-app.json"


# --- the workflow ---------------------------------------------------------------------------


def steps(job: str) -> dict[str, dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return {step.get("id") or step.get("name") or step.get("uses"): step for step in workflow["jobs"][job]["steps"]}


def test_workflow_checks_every_push_and_updates_weekly():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as True
    assert "push" in triggers and triggers["schedule"][0]["cron"]
    check = steps("check")
    assert check["Derived files match the pinned specs"]["run"] == "python -m codegen check"
    update = steps("spec-update")
    assert [k for k in update if k in ("outdated", "fetch", "generate", "tests")] == [
        "outdated",
        "fetch",
        "generate",
        "tests",
    ]
    pull_request = update["Open a pull request"]
    assert pull_request["uses"].startswith("peter-evans/create-pull-request@")
    assert "steps.outdated.outputs.summary" in pull_request["with"]["title"]


@pytest.fixture
def repo_copy(tmp_path):
    """The parts of the repository the build step's commands read and write."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "codegen", repo / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "specs", repo / "specs")
    return repo


def run_step(script: str, repo: Path, tmp_path: Path, base_url: str) -> tuple[int, dict[str, str], str]:
    output_file = tmp_path / "github_output"
    output_file.write_text("")
    env = {
        **os.environ,
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "GITHUB_OUTPUT": str(output_file),
        "RUNNER_TEMP": str(tmp_path),
        "CUSTOMERIO_SPEC_BASE_URL": base_url,
    }
    result = subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    outputs = dict(line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line)
    return result.returncode, outputs, result.stdout + result.stderr


def test_weekly_job_commands_against_a_loopback_upstream(upstream, repo_copy, tmp_path):
    files, base_url = upstream
    update = steps("spec-update")
    # Nothing published: status 0, nothing else runs.
    code, outputs, _ = run_step(update["outdated"]["run"], repo_copy, tmp_path, base_url)
    assert (code, outputs) == (0, {"status": "0", "summary": "no changes"})
    # Track dropped an operation: status 1, the title's summary, then fetch pins the new file.
    drop_operation(files, "track", "/api/v1/customers/{identifier}/devices/{device_id}", "delete")
    code, outputs, _ = run_step(update["outdated"]["run"], repo_copy, tmp_path, base_url)
    assert (code, outputs) == (0, {"status": "1", "summary": "track: 1 operation removed"})
    code, _, log = run_step(update["fetch"]["run"], repo_copy, tmp_path, base_url)
    assert code == 0, log
    assert (repo_copy / "specs" / "journeys-track.json").read_bytes() == (files / "journeys-track.json").read_bytes()
    lock = load_lock(repo_copy / "specs" / "specs.lock.json")
    assert lock["track"]["operations"] == 17 and lock["track"]["source_url"].startswith(base_url)
    code, outputs, _ = run_step(update["outdated"]["run"], repo_copy, tmp_path, base_url)
    assert outputs["status"] == "0"  # pinned now
    assert update["generate"]["run"].strip().endswith('python -m codegen generate 2>&1 | tee "$RUNNER_TEMP/pr-body.md"')


def test_weekly_job_fails_clearly_when_upstream_is_unreachable(repo_copy, tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, outputs, log = run_step(
        steps("spec-update")["outdated"]["run"], repo_copy, tmp_path, f"http://127.0.0.1:{port}"
    )
    assert code == 1 and outputs == {"status": "2"}
    assert "could not download the upstream specs" in log
    assert "unchanged" not in log

"""``python -m codegen fetch`` against a scripted HTTP server on 127.0.0.1.

Every test works on a throw-away ``specs/`` in tmp_path (the module-level SPECS_DIR / LOCK_FILE of
codegen.fetch are monkeypatched), so the project's real pinned specs are never touched.
"""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import codegen.fetch as fetch_mod
from codegen.__main__ import main
from codegen.apis import APIS
from codegen.fetch import FetchError, fetch_spec
from codegen.lockfile import load_lock, make_entry, write_lock

API = "track"
SPEC_FILE = APIS[API].spec_file


def make_spec(n_paths: int = 2, version: str = "3.0.3") -> dict:
    paths = {f"/things/{i}": {"get": {"responses": {"200": {"description": "ok"}}}} for i in range(n_paths)}
    paths["/things"] = {"post": {"responses": {"201": {"description": "created"}}}, "parameters": []}
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths}


def encode(spec) -> bytes:
    return json.dumps(spec, indent=2).encode()


OLD_SPEC = encode(make_spec(1))  # 2 operations
NEW_SPEC = encode(make_spec(4, "3.1.0"))  # 5 operations


# --------------------------------------------------------------------------------------------------
# loopback server


class Server:
    """A ThreadingHTTPServer whose GET behaviour each test scripts via ``server.handler = fn``."""

    def __init__(self):
        self.release = threading.Event()  # set in teardown: unblocks handlers that wait on it
        self.requests: list[str] = []
        self.handler = None
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                owner.requests.append(self.path)
                try:
                    owner.handler(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()

    def url(self, path: str = "/spec.json") -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.close()


def respond(body: bytes, status: int = 200, content_type: str = "application/json", headers=None):
    def handler(h: BaseHTTPRequestHandler):
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    return handler


# --------------------------------------------------------------------------------------------------
# a throw-away specs/ directory


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def specs(tmp_path, monkeypatch):
    """tmp specs/ holding an already pinned OLD_SPEC for API and a lock for it; fetch is pointed at it."""
    specs_dir = tmp_path / "specs"
    specs_dir.mkdir()
    (specs_dir / SPEC_FILE).write_bytes(OLD_SPEC)
    lock_path = specs_dir / "specs.lock.json"
    api = APIS[API]
    write_lock({API: make_entry(api.spec_file, api.url, "pinned copy", "2026-11-23", OLD_SPEC)}, lock_path)
    monkeypatch.setattr(fetch_mod, "SPECS_DIR", specs_dir)
    monkeypatch.setattr(fetch_mod, "LOCK_FILE", lock_path)
    return specs_dir


def snapshot(directory) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    rc = main(["fetch", *argv])
    out, err = capsys.readouterr()
    return rc, out, err


# --------------------------------------------------------------------------------------------------
# success


def test_valid_spec_is_pinned_and_locked(server, specs, capsys):
    server.handler = respond(NEW_SPEC)
    url = server.url()
    rc, out, err = run_cli(capsys, "--api", API, "--url", url, "--timeout", "5")

    assert rc == 0, err
    assert err == ""
    assert (specs / SPEC_FILE).read_bytes() == NEW_SPEC
    entry = load_lock(specs / "specs.lock.json")[API]
    assert entry["sha256"] == hashlib.sha256(NEW_SPEC).hexdigest()
    assert entry["bytes"] == len(NEW_SPEC)
    assert entry["operations"] == 5
    assert entry["openapi"] == "3.1.0"
    assert entry["source_url"] == url
    assert entry["url"] == APIS[API].url
    assert entry["file"] == SPEC_FILE
    assert len(entry["retrieved"]) == 10 and entry["retrieved"][4] == "-"
    old_sha = hashlib.sha256(OLD_SPEC).hexdigest()[:12]
    new_sha = entry["sha256"][:12]
    assert f"sha256 {old_sha} -> {new_sha}" in out
    assert "operations 2 -> 5" in out
    assert "python -m codegen diff" in out and "make generate" in out
    assert sorted(p.name for p in specs.iterdir()) == [SPEC_FILE, "specs.lock.json"]  # no temp files left


def test_fetch_spec_returns_result(server, tmp_path):
    server.handler = respond(NEW_SPEC)
    lock_path = tmp_path / "lock.json"
    result = fetch_spec(API, server.url(), timeout=5, today="2027-01-02", specs_dir=tmp_path, lock_path=lock_path)
    assert result.changed and result.old is None
    assert result.new["operations"] == 5
    assert result.entry["retrieved"] == "2027-01-02"
    assert "none -> " in result.summary()
    assert (tmp_path / SPEC_FILE).read_bytes() == NEW_SPEC
    assert json.loads(lock_path.read_text())[API] == result.entry


def test_identical_spec_reports_unchanged(server, specs, capsys):
    server.handler = respond(OLD_SPEC)
    rc, out, err = run_cli(capsys, "--api", API, "--url", server.url())
    assert rc == 0, err
    assert "unchanged" in out and "2 operations" in out
    assert (specs / SPEC_FILE).read_bytes() == OLD_SPEC
    assert load_lock(specs / "specs.lock.json")[API]["source_url"] == server.url()


def test_redirect_is_followed_and_body_without_content_length_accepted(server, specs, capsys):
    def handler(h):
        if h.path == "/old":
            h.send_response(302)
            h.send_header("Location", "/new")
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:  # HTTP/1.0, no Content-Length: body ends when the connection closes
            h.send_response(200)
            h.end_headers()
            h.wfile.write(NEW_SPEC)

    server.handler = handler
    rc, _out, err = run_cli(capsys, "--api", API, "--url", server.url("/old"))
    assert rc == 0, err
    assert server.requests == ["/old", "/new"]
    assert (specs / SPEC_FILE).read_bytes() == NEW_SPEC


# --------------------------------------------------------------------------------------------------
# failures: nothing touched, non-zero exit, a precise message


def blocking_handler(server):
    def handler(h):
        server.release.wait(timeout=30)  # released in teardown, long after the client timed out
        respond(NEW_SPEC)(h)

    return handler


def truncated_handler(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "5000")
    h.end_headers()
    h.wfile.write(NEW_SPEC[:120])
    h.wfile.flush()
    h.close_connection = True


FAILURES = {
    "invalid-json": (respond(b'{"openapi": oops}'), "response is not valid JSON (line 1 column 13"),
    "html-page": (
        respond(b"<html>nope</html>", content_type="text/html"),
        "response is not valid JSON (line 1 column 1: Expecting value; Content-Type was text/html)",
    ),
    "json-array": (respond(b"[1, 2]"), "not an OpenAPI 3.x document (top level is a JSON array, not an object)"),
    "not-openapi": (respond(encode({"hello": "world"})), "not an OpenAPI 3.x document (no 'openapi' field)"),
    "swagger-2": (
        respond(encode({"swagger": "2.0", "paths": {"/a": {"get": {}}}})),
        "not an OpenAPI 3.x document (found 'swagger': '2.0'",
    ),
    "openapi-2": (
        respond(encode({**make_spec(), "openapi": "2.0"})),
        "not an OpenAPI 3.x document ('openapi' is '2.0')",
    ),
    "no-paths": (respond(encode({"openapi": "3.0.0", "info": {}})), "OpenAPI document has no 'paths' object"),
    "empty-paths": (respond(encode({"openapi": "3.0.0", "paths": {}})), "OpenAPI document's 'paths' is empty"),
    "no-operations": (
        respond(encode({"openapi": "3.0.0", "paths": {"/a": {"parameters": []}}})),
        "OpenAPI document has no operations under its 1 path(s)",
    ),
    "empty-body": (respond(b""), "response body is empty"),
    "404": (respond(b"not here", status=404), "HTTP 404 Not Found"),
    "500": (respond(b"boom", status=500), "HTTP 500 Internal Server Error"),
    "truncated": (truncated_handler, "body truncated: got 120 of 5000 bytes"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_failure_leaves_everything_untouched(case, server, specs, capsys):
    handler, expected = FAILURES[case]
    server.handler = handler
    before = snapshot(specs)
    url = server.url()

    rc, out, err = run_cli(capsys, "--api", API, "--url", url, "--timeout", "5")

    assert rc != 0
    assert out == ""
    assert f"fetch {API}: {url}: {expected}" in err
    assert snapshot(specs) == before


def test_timeout(server, specs, capsys):
    server.handler = blocking_handler(server)
    before = snapshot(specs)
    url = server.url()

    rc, _out, err = run_cli(capsys, "--api", API, "--url", url, "--timeout", "0.3")

    assert rc != 0
    assert f"fetch {API}: {url}: timed out after 0.3 s" in err
    assert snapshot(specs) == before


def test_connection_refused(specs, capsys):
    # grab a free port, then close it so nothing listens there
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    before = snapshot(specs)
    rc, _out, err = run_cli(capsys, "--api", API, "--url", f"http://127.0.0.1:{port}/x", "--timeout", "2")
    assert rc != 0
    assert f"fetch {API}: http://127.0.0.1:{port}/x: cannot connect" in err
    assert snapshot(specs) == before


def test_fetch_spec_raises_fetch_error(server, tmp_path):
    server.handler = respond(b"", status=404)
    with pytest.raises(FetchError, match=r"^fetch track: http://127\.0\.0\.1:\d+/spec\.json: HTTP 404 Not Found$"):
        fetch_spec(API, server.url(), timeout=5, specs_dir=tmp_path, lock_path=tmp_path / "lock.json")
    assert list(tmp_path.iterdir()) == []


def test_corrupt_lock_is_not_overwritten(server, specs, capsys):
    (specs / "specs.lock.json").write_text("{not json")
    server.handler = respond(NEW_SPEC)
    before = snapshot(specs)
    rc, _out, err = run_cli(capsys, "--api", API, "--url", server.url())
    assert rc != 0
    assert "cannot update lock: specs.lock.json: not valid JSON" in err
    assert snapshot(specs) == before
    assert server.requests == []  # checked before downloading anything


# --------------------------------------------------------------------------------------------------
# argument handling


def test_url_requires_api(specs, capsys):
    before = snapshot(specs)
    rc, _out, err = run_cli(capsys, "--url", "http://127.0.0.1:9/x")
    assert rc == 2
    assert "--url needs --api" in err
    assert snapshot(specs) == before


@pytest.mark.parametrize("argv", [["--api", "nope"], ["--timeout", "0"], ["--timeout", "soon"]])
def test_bad_arguments_are_rejected(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["fetch", *argv])
    assert exc.value.code == 2


def test_all_apis_fetched_without_api(server, specs, capsys, monkeypatch):
    """Without --api every API is fetched from its official URL (redirected here to the loopback server)."""
    monkeypatch.setattr(
        fetch_mod,
        "APIS",
        {name: type(api)(name, api.spec_file, server.url(f"/{name}"), api.package) for name, api in APIS.items()},
    )

    def handler(h):
        if h.path == "/app":
            respond(b"", status=503)(h)
        else:
            respond(NEW_SPEC)(h)

    server.handler = handler
    rc, out, err = run_cli(capsys)
    assert rc == 1  # app failed, the others were still fetched
    assert sorted(server.requests) == ["/app", "/pipelines", "/track"]
    assert "fetch app: " in err and "HTTP 503 Service Unavailable" in err
    assert "track: updated" in out and "pipelines: updated" in out
    lock = load_lock(specs / "specs.lock.json")
    assert set(lock) == {"track", "pipelines"}
    assert not (specs / APIS["app"].spec_file).exists()

"""``python -m codegen fetch``: download a spec and pin it.

Usage::

    python -m codegen fetch                          # all APIs, from their official URLs
    python -m codegen fetch --api app                # one API
    python -m codegen fetch --api app --url URL      # one API, from a mirror or a local server
    python -m codegen fetch --timeout 60             # seconds, default 30
    python -m codegen fetch --base-url URL           # every API from URL/<spec file> (a mirror)

``--base-url`` defaults to the ``CUSTOMERIO_SPEC_BASE_URL`` environment variable: CI and tests
point every official URL at a mirror or a loopback server without changing the commands.

A download is accepted only if it is HTTP 200, complete (Content-Length, when sent, is honoured),
valid JSON, an OpenAPI 3.x object with a non-empty ``paths`` object and at least one operation.
Only then are the pinned file under ``specs/`` and its entry in ``specs/specs.lock.json`` replaced,
each atomically. On any failure neither is touched, a one-line explanation goes to stderr and the
command exits non-zero.
"""

from __future__ import annotations

import argparse
import http
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import httpx

from codegen import lockfile
from codegen.apis import APIS, LOCK_FILE, ROOT, SPECS_DIR, Api, count_operations

DEFAULT_TIMEOUT = 30.0
MAX_BYTES = 100 * 1024 * 1024  # current specs are a few MB; anything this big is not a spec
SHA_PREFIX = 12


class FetchError(Exception):
    """A fetch failed; ``str()`` says which API, which URL and what exactly went wrong."""


@dataclass(frozen=True)
class FetchResult:
    api: str
    url: str  # where the spec was downloaded from
    path: Path  # the pinned file
    old: dict | None  # describe_spec() of the previously pinned file, None if there was none
    new: dict  # describe_spec() of the downloaded spec
    entry: dict  # the lock entry now recorded

    @property
    def changed(self) -> bool:
        return self.old is None or self.old["sha256"] != self.new["sha256"]

    def summary(self) -> str:
        new_sha = self.new["sha256"][:SHA_PREFIX]
        if not self.changed:
            return (
                f"{self.api}: unchanged (sha256 {new_sha}, {self.new['operations']} operations, "
                f"OpenAPI {self.new['openapi']}) from {self.url}"
            )
        if self.old is None:
            old_sha, old_ops, old_ver = "none", "none", "none"
        else:
            old_sha, old_ops, old_ver = self.old["sha256"][:SHA_PREFIX], self.old["operations"], self.old["openapi"]
        return (
            f"{self.api}: updated {_display_path(self.path)} from {self.url}: "
            f"sha256 {old_sha} -> {new_sha}, operations {old_ops} -> {self.new['operations']}, "
            f"OpenAPI {old_ver} -> {self.new['openapi']}; "
            f"review with `python -m codegen diff`, then `make generate`"
        )


def _display_path(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g}" if seconds != int(seconds) else f"{seconds:.1f}"


BASE_URL_ENV = "CUSTOMERIO_SPEC_BASE_URL"


def source_url(api: Api, base_url: str | None = None) -> str:
    """Where to download ``api``'s spec: ``<base_url>/<spec file>`` when a base URL is given (or
    set in ``CUSTOMERIO_SPEC_BASE_URL``), else the official URL."""
    base_url = base_url or os.environ.get(BASE_URL_ENV) or None
    return f"{base_url.rstrip('/')}/{api.spec_file}" if base_url else api.url


def download(url: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[bytes, httpx.Headers]:
    """GET ``url`` and return the complete body; raise FetchError (message without prefix) otherwise.

    ``timeout`` bounds each network operation and also the whole download.
    """
    deadline = time.monotonic() + timeout
    timed_out = f"timed out after {_format_seconds(timeout)} s"
    expected: int | None = None
    response: httpx.Response | None = None
    try:
        with (
            httpx.Client(follow_redirects=True, timeout=timeout) as client,
            client.stream("GET", url, headers={"Accept": "application/json"}) as response,
        ):
            if response.status_code != 200:
                reason = response.reason_phrase or _reason(response.status_code)
                raise FetchError(f"HTTP {response.status_code} {reason}".rstrip())
            length = response.headers.get("Content-Length")
            if length is not None:
                try:
                    expected = int(length)
                except ValueError:
                    raise FetchError(f"invalid Content-Length header {length!r}") from None
                if expected > MAX_BYTES:
                    raise FetchError(f"response too large: Content-Length {expected} exceeds {MAX_BYTES} bytes")
            chunks: list[bytes] = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if response.num_bytes_downloaded > MAX_BYTES:
                    raise FetchError(f"response too large: more than {MAX_BYTES} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(timed_out)
            received = response.num_bytes_downloaded
            headers = response.headers
    except httpx.TimeoutException:
        raise FetchError(timed_out) from None
    except httpx.RemoteProtocolError as exc:
        if response is not None and expected is not None:
            raise FetchError(
                f"body truncated: got {response.num_bytes_downloaded} of {expected} bytes (connection closed)"
            ) from None
        raise FetchError(f"connection closed by server: {exc}") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"too many redirects: {exc}") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect: {exc or type(exc).__name__}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from None
    # Content-Length counts the bytes on the wire (before any Content-Encoding is undone).
    if expected is not None and received != expected:
        raise FetchError(f"body truncated: got {received} of {expected} bytes")
    return b"".join(chunks), headers


def _reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def validate_spec(raw: bytes, content_type: str | None = None) -> dict:
    """Parse ``raw`` and check it is a usable OpenAPI 3.x document; raise FetchError otherwise."""
    if not raw.strip():
        raise FetchError("response body is empty")
    try:
        spec = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise FetchError(f"response is not valid JSON (not UTF-8 text: {exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        hint = f"; Content-Type was {content_type}" if content_type and "json" not in content_type.lower() else ""
        raise FetchError(
            f"response is not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}{hint})"
        ) from None
    if not isinstance(spec, dict):
        raise FetchError(f"not an OpenAPI 3.x document (top level is a JSON {_json_type(spec)}, not an object)")
    if "openapi" not in spec:
        if "swagger" in spec:
            raise FetchError(
                f"not an OpenAPI 3.x document (found 'swagger': {spec['swagger']!r}; "
                "Swagger/OpenAPI 2 is not supported)"
            )
        raise FetchError("not an OpenAPI 3.x document (no 'openapi' field)")
    version = spec["openapi"]
    if not isinstance(version, str) or not version.startswith("3."):
        raise FetchError(f"not an OpenAPI 3.x document ('openapi' is {version!r})")
    if "paths" not in spec:
        raise FetchError("OpenAPI document has no 'paths' object")
    paths = spec["paths"]
    if not isinstance(paths, dict):
        raise FetchError(f"OpenAPI document's 'paths' is a JSON {_json_type(paths)}, not an object")
    if not paths:
        raise FetchError("OpenAPI document's 'paths' is empty")
    if count_operations(spec) == 0:
        raise FetchError(f"OpenAPI document has no operations under its {len(paths)} path(s)")
    return spec


def _json_type(value) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


def _describe_existing(path: Path) -> dict | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return lockfile.describe_spec(raw)
    except (ValueError, TypeError):
        return {"sha256": lockfile.sha256_hex(raw), "bytes": len(raw), "openapi": None, "operations": None}


def fetch_spec(
    api: str | Api,
    url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    today: date | str | None = None,
    *,
    specs_dir: Path | None = None,
    lock_path: Path | None = None,
) -> FetchResult:
    """Download, validate and pin one API's spec; raise FetchError without touching anything on failure.

    ``specs_dir``/``lock_path`` default to the project's ``specs/`` and lock file; tests point them
    elsewhere. ``today`` (default: today's UTC date) is recorded as ``retrieved``.
    """
    if isinstance(api, str):
        if api not in APIS:
            raise FetchError(f"fetch: unknown API {api!r}; choose one of: {', '.join(APIS)}")
        api = APIS[api]
    url = url or source_url(api)
    specs_dir = Path(specs_dir) if specs_dir is not None else SPECS_DIR
    lock_path = Path(lock_path) if lock_path is not None else LOCK_FILE
    if today is None:
        today = datetime.now(timezone.utc).date()
    retrieved = today.isoformat() if isinstance(today, date) else str(today)
    prefix = f"fetch {api.name}: {url}"

    try:
        lock = lockfile.load_lock(lock_path)  # fail before downloading if the lock is unusable
    except lockfile.LockError as exc:
        raise FetchError(f"{prefix}: cannot update lock: {exc}") from None
    try:
        raw, headers = download(url, timeout)
        spec = validate_spec(raw, headers.get("Content-Type"))
    except FetchError as exc:
        raise FetchError(f"{prefix}: {exc}") from None

    path = specs_dir / api.spec_file
    old = _describe_existing(path)
    entry = lockfile.make_entry(api.spec_file, api.url, url, retrieved, raw, spec)
    new = {k: entry[k] for k in ("sha256", "bytes", "openapi", "operations")}
    lock[api.name] = entry

    # Stage both files first, then swap them in, so a failure while writing leaves both untouched.
    staged: list[tuple[Path, Path]] = []
    try:
        if old is None or old["sha256"] != new["sha256"]:
            staged.append((lockfile.stage_file(path, raw), path))
        staged.append((lockfile.stage_file(lock_path, lockfile.dump_lock(lock).encode("utf-8")), lock_path))
        for tmp, dest in staged:
            os.replace(tmp, dest)
    except OSError as exc:
        raise FetchError(f"{prefix}: cannot write {exc.filename or path}: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return FetchResult(api=api.name, url=url, path=path, old=old, new=new, entry=entry)


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"timeout must be positive, got {text!r}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api", choices=list(APIS), help="fetch only this API (default: all)")
    parser.add_argument("--url", help="download from this URL (a mirror) instead of the official one; needs --api")
    parser.add_argument(
        "--base-url",
        help=f"download every spec from BASE_URL/<spec file> (default: ${BASE_URL_ENV}, else the official URLs)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"network timeout in seconds (default {DEFAULT_TIMEOUT:g})",
    )


def run(args: argparse.Namespace, *, specs_dir: Path | None = None, lock_path: Path | None = None) -> int:
    if args.url and not args.api:
        print("fetch: --url needs --api NAME (a URL can only stand in for one API)", file=sys.stderr)
        return 2
    names = [args.api] if args.api else list(APIS)
    failures = 0
    for name in names:
        try:
            url = args.url or source_url(APIS[name], getattr(args, "base_url", None))
            result = fetch_spec(name, url, args.timeout, specs_dir=specs_dir, lock_path=lock_path)
        except FetchError as exc:
            print(exc, file=sys.stderr)
            failures += 1
            continue
        print(result.summary())
    return 1 if failures else 0

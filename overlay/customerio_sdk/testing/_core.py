"""The mock without I/O: routing, validation, recording and scripting.

:class:`MockCore` is what :class:`~customerio_sdk.testing.MockServer` is made of; the loopback
HTTP server (``_server``) and the in-process transport (``_transport``) both call
:meth:`MockCore.handle` with the raw request and send back the :class:`Outcome`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._limits import SizeProblem, check_size
from ._specs import MOUNTS, ApiSpec, Response, error_body, get_api

_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the mock received it. ``path`` is the raw path *within* the API (what the
    real Customer.io host would see, e.g. ``/v1/segments/7``); ``target`` is the full raw
    request-target (mount prefix and query included). Header names are lower case and
    ``authorization`` is masked (``"Basic ****"``)."""

    method: str
    path: str
    query: str
    target: str
    api: str | None
    operation_id: str | None
    path_template: str | None
    path_params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any  # the parsed JSON body, or None
    status: int | None  # what the mock answered (None: connection dropped by a script)


@dataclass(frozen=True)
class Violation:
    """A request Customer.io would reject (or, for Pipelines size limits, silently drop)."""

    api: str | None
    operation: str | None  # operationId, None when no operation matched
    method: str
    path: str
    status: int  # the status the mock answered (or would have, before a script replaced it)
    kind: str  # route | method | security | parameters | body | size
    messages: tuple[str, ...]

    def __str__(self) -> str:
        where = f"{self.api or '?'}.{self.operation or '?'} ({self.method} {self.path})"
        return f"{where} -> {self.status} [{self.kind}]: " + "; ".join(self.messages)


@dataclass
class Script:
    api: str
    operation_id: str
    status: int | None
    headers: dict[str, str]
    body: Any
    times: int | None  # remaining uses; None: every time
    delay: float = 0.0
    drop: bool = False


@dataclass
class Outcome:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False


def mask_headers(headers: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers:
        name = name.lower()
        if name in _CREDENTIAL_HEADERS:
            scheme, sep, _ = value.strip().partition(" ")
            value = f"{scheme} ****" if sep else "****"
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


class MockCore:
    """Routing, validation, recording and scripting, with no I/O: the HTTP server and the
    in-process transport both call :meth:`handle`."""

    def __init__(self, strict: bool = True) -> None:
        self.strict = strict
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self._scripts: dict[tuple[str, str], deque[Script]] = {}
        self._lock = threading.Lock()

    # -- scripting ------------------------------------------------------------------------------

    def script(
        self,
        operation: str,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        body: Any = None,
        times: int | None = 1,
        *,
        delay: float = 0.0,
        drop: bool = False,
        api: str | None = None,
    ) -> Script:
        """Answer the next ``times`` requests for ``operation`` (an operationId) differently.

        ``status``/``headers``/``body`` replace the answer (``status=None`` keeps the normal one;
        ``body=None`` gives the spec's body for that status, else a JSON error); ``delay`` waits
        that many seconds first; ``drop=True`` closes the connection without answering.
        ``times=None`` applies to every request. Scripts for one operation queue up in order.
        Operation ids that exist in two APIs (``identify``, ``track``, ``batch``) need ``api=``.
        """
        api_name = self._resolve_api(operation, api)
        if times is not None and times < 1:
            raise ValueError("times must be a positive number of requests, or None for every request")
        if delay < 0:
            raise ValueError("delay must be >= 0 seconds")
        entry = Script(api_name, operation, status, dict(headers or {}), body, times, float(delay), bool(drop))
        with self._lock:
            self._scripts.setdefault((api_name, operation), deque()).append(entry)
        return entry

    def _resolve_api(self, operation: str, api: str | None) -> str:
        names = [api] if api is not None else list(MOUNTS)
        if api is not None and api not in MOUNTS:
            raise ValueError(f"unknown api {api!r}; choose one of {', '.join(MOUNTS)}")
        found = [name for name in names if operation in get_api(name).operations]
        if not found:
            raise ValueError(f"no operation {operation!r} in {' or '.join(names)}; operationIds are case-sensitive")
        if len(found) > 1:
            raise ValueError(f"operation {operation!r} exists in {' and '.join(found)}: pass api=")
        return found[0]

    def _take_script(self, api: str, operation_id: str) -> Script | None:
        with self._lock:
            queue = self._scripts.get((api, operation_id))
            if not queue:
                return None
            entry = queue[0]
            if entry.times is not None:
                entry.times -= 1
                if entry.times <= 0:
                    queue.popleft()
            return entry

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.violations.clear()
            self._scripts.clear()

    # -- handling -------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> Outcome:
        """Answer one request (``target`` is the raw request-target: path and query as sent)."""
        request = _Incoming(method.upper(), target, headers, body)
        try:
            return self._handle(request)
        except Exception as exc:  # noqa: BLE001 - a bug in the mock: answer 500 and make the test see it
            message = f"the mock itself failed ({type(exc).__name__}: {exc}); please report this"
            return self._reject(request, None, request.raw_path, 500, "internal", message)

    def _handle(self, request: _Incoming) -> Outcome:
        method, raw_path = request.method, request.raw_path
        api_name = next((n for n, m in MOUNTS.items() if raw_path == m or raw_path.startswith(m + "/")), None)
        if api_name is None:
            mounts = ", ".join(f"{n} at {m}" for n, m in MOUNTS.items())
            message = f"no Customer.io API is served at {raw_path}; the mock serves {mounts}"
            return self._reject(request, None, raw_path, 404, "route", message)
        api = get_api(api_name)
        path = raw_path[len(MOUNTS[api_name]) :] or "/"
        match = api.router.match(method, path)
        if match.route is None:
            if match.allowed:
                message = f"{method} is not an operation of {path}; allowed: {', '.join(match.allowed)}"
                return self._reject(request, api_name, path, 405, "method", message)
            return self._reject(
                request, api_name, path, 404, "route", f"no {api_name} operation matches {method} {path}"
            )
        op = api.operations[match.route.operation_id]
        query = parse_qsl(request.query, keep_blank_values=True)
        problem = api.checker(self.strict).check(
            op.template, method, query, request.headers, match.params, request.body, op.security
        )
        size = check_size(api_name, op.operation_id, request.body, request.json)
        found: list[Violation] = []
        if problem is not None:
            status = 413 if size is not None and size.status == 413 and problem.status == 400 else problem.status
            found.append(
                Violation(api_name, op.operation_id, method, path, status, problem.kind, tuple(problem.messages))
            )
        if size is not None:
            found.append(Violation(api_name, op.operation_id, method, path, size.status, "size", tuple(size.messages)))
        outcome = self._answer(api, op, problem, size)
        script = self._take_script(api_name, op.operation_id)
        if script is not None:
            outcome = self._scripted(api, op, script, outcome)
        status = None if outcome.drop else outcome.status
        self._record(request.recorded(path, api_name, op.operation_id, op.template, match.params, status), found)
        return outcome

    def _answer(self, api: ApiSpec, op: Any, problem: Any, size: SizeProblem | None) -> Outcome:
        # Credentials first, then a refused size (the real service never reads an oversize body),
        # then what is wrong inside the request, then a partial (207) acceptance.
        if problem is not None and problem.status == 401:
            return _json_outcome(401, error_body(problem.messages))
        if size is not None and size.status == 413:
            return _json_outcome(413, error_body(size.messages))
        if problem is not None:
            return _json_outcome(problem.status, error_body(problem.messages))
        if size is not None and size.status == 207:
            return _json_outcome(207, json.dumps({"errors": size.batch_errors}).encode())
        return _response_outcome(api.response(op, strict=self.strict))

    def _scripted(self, api: ApiSpec, op: Any, script: Script, normal: Outcome) -> Outcome:
        if script.status is None and script.body is None:
            outcome = Outcome(normal.status, list(normal.headers), normal.body)
        else:
            status = normal.status if script.status is None else int(script.status)
            if script.body is None:
                outcome = _response_outcome(api.response(op, status, strict=self.strict))
            else:
                outcome = _body_outcome(status, script.body)
        names = {k.lower() for k in script.headers}
        outcome.headers = [(k, v) for k, v in outcome.headers if k.lower() not in names]
        outcome.headers += [(k, str(v)) for k, v in script.headers.items()]
        outcome.delay, outcome.drop = script.delay, script.drop
        return outcome

    def _reject(self, request: _Incoming, api: str | None, path: str, status: int, kind: str, message: str) -> Outcome:
        violation = Violation(api, None, request.method, path, status, kind, (message,))
        self._record(request.recorded(path, api, None, None, {}, status), [violation])
        return _json_outcome(status, error_body(message))

    def _record(self, request: RecordedRequest, found: list[Violation]) -> None:
        with self._lock:
            self.requests.append(request)
            self.violations.extend(found)


class _Incoming:
    """One request as received: the raw request-target split once, the JSON body parsed once."""

    def __init__(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> None:
        self.method, self.target, self.headers, self.body = method, target, headers, body
        self.raw_path, _, self.query = target.partition("?")
        self.json = _parse_json(headers, body)

    def recorded(
        self,
        path: str,
        api: str | None,
        operation_id: str | None,
        template: str | None,
        params: dict[str, str],
        status: int | None,
    ) -> RecordedRequest:
        return RecordedRequest(
            self.method,
            path,
            self.query,
            self.target,
            api,
            operation_id,
            template,
            dict(params),
            mask_headers(self.headers),
            self.body,
            self.json,
            status,
        )


def _parse_json(headers: list[tuple[str, str]], body: bytes) -> Any:
    if not body:
        return None
    content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
    if "json" not in content_type.lower():
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _json_outcome(status: int, body: bytes) -> Outcome:
    return Outcome(status, [("Content-Type", "application/json")], body)


def _response_outcome(response: Response) -> Outcome:
    headers = [("Content-Type", response.content_type)] if response.content_type and response.body else []
    return Outcome(response.status, headers, response.body)


def _body_outcome(status: int, body: Any) -> Outcome:
    if isinstance(body, bytes):
        return Outcome(status, [("Content-Type", "application/octet-stream")], body)
    if isinstance(body, str):
        return Outcome(status, [("Content-Type", "text/plain; charset=utf-8")], body.encode("utf-8"))
    return _json_outcome(status, json.dumps(body).encode("utf-8"))

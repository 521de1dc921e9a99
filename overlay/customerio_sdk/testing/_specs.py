"""The three APIs as the mock sees them: the normalised specs shipped in ``specs/<api>.json.gz``.

The files are written by the build step (``codegen.mock_specs.write_mock_specs``) from exactly the
spec the generator used, so the mock validates what the clients were generated from. Everything
derived from a spec (routes, openapi-core objects, default responses) is built once per process
and shared by every :class:`~customerio_sdk.testing.MockServer`.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from ._examples import ExampleGenerator
from ._routing import Router
from ._validation import RequestChecker, is_openapi31, read_validators

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Where each API is served on the mock, mirroring the real base URLs' paths: App and Track are
# served at the root of their hosts, Pipelines under /v1 (https://cdp.customer.io/v1).
MOUNTS = {"app": "/app", "track": "/track", "pipelines": "/pipelines/v1"}


@dataclass(frozen=True)
class Operation:
    api: str
    operation_id: str
    method: str  # upper case
    template: str
    security: list[dict]
    responses: dict[str, Any]


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str | None = "application/json"
    invalid_reason: str | None = None  # set when no candidate satisfied the response schema


@dataclass
class ApiSpec:
    name: str
    spec: dict
    operations: dict[str, Operation] = field(default_factory=dict)

    def __post_init__(self) -> None:
        default_security = self.spec.get("security") or []
        for template, item in (self.spec.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = item.get(method) if isinstance(item, dict) else None
                if isinstance(op, dict):
                    op_id = op.get("operationId") or f"{method} {template}"
                    security = op.get("security", default_security)
                    self.operations[op_id] = Operation(
                        self.name, op_id, method.upper(), template, security, op.get("responses") or {}
                    )
        self.router = Router([(o.method, o.template, o.operation_id) for o in self.operations.values()])
        self.schema_path = SchemaPath.from_dict(self.spec)
        self._lock = threading.Lock()
        self._checkers: dict[bool, RequestChecker] = {}
        self._responses: dict[tuple[str, int, bool], Response] = {}

    def checker(self, strict: bool) -> RequestChecker:
        with self._lock:
            if strict not in self._checkers:
                self._checkers[strict] = RequestChecker(self.name, self.schema_path, strict)
            return self._checkers[strict]

    @cached_property
    def examples(self) -> ExampleGenerator:
        return ExampleGenerator(self.spec)

    # -- responses ------------------------------------------------------------------------------

    def success_status(self, op: Operation) -> int:
        codes = sorted(int(c) for c in op.responses if str(c).isdigit() and str(c).startswith("2"))
        return codes[0] if codes else 200

    def response(self, op: Operation, status: int | None = None, strict: bool = True) -> Response:
        """The mock's answer for ``op`` with ``status`` (default: its first 2xx), computed once."""
        status = self.success_status(op) if status is None else status
        key = (op.operation_id, status, strict)
        with self._lock:
            cached = self._responses.get(key)
        if cached is None:
            cached = self._build_response(op, status, strict)
            with self._lock:
                self._responses[key] = cached
        return cached

    def _build_response(self, op: Operation, status: int, strict: bool) -> Response:
        if str(status) not in op.responses:
            return Response(status, b"" if status == 204 else error_body(f"scripted status {status}"))
        if status == 204:
            return Response(204, b"", None)
        response = op.responses[str(status)]
        response_path = self.schema_path / "paths" / op.template / op.method.lower() / "responses" / str(status)
        if isinstance(response, dict) and "$ref" in response:
            response = self.examples.resolve(response["$ref"])
        content = (response or {}).get("content") or {}
        if not content:
            # "A successful request returns an empty object response."
            return Response(status, b"{}" if 200 <= status < 300 else error_body(f"status {status}"))
        media, media_type = _pick_media(content)
        if "json" not in media:
            example = media_type.get("example")
            text = example if isinstance(example, str) else "example"
            return Response(status, text.encode("utf-8"), media)
        schema = media_type.get("schema")
        candidates = _documented_examples(media_type, schema)
        if schema is not None:
            candidates += [self.examples.example(schema, full=True), self.examples.example(schema, full=False)]
        if 200 <= status < 300 and self._takes_cursor(op):
            # A default answer is a *last* page: the examples' constant ``next`` would send a client
            # that follows cursors round in circles. The first variant that validates is served.
            candidates = [*_last_pages(candidates), *candidates]
        if schema is not None:
            schema_path = response_path / "content" / media / "schema"
            validator = read_validators(strict, is_openapi31(self.spec)).create(self.schema_path, schema_path)
            reasons = []
            for candidate in candidates:
                try:
                    validator.validate(candidate)
                except InvalidSchemaValue as exc:  # try the next candidate
                    reasons.append(str(exc)[:300])
                    continue
                return Response(status, _dumps(candidate), media)
            return Response(status, _dumps(candidates[-1]), media, invalid_reason="; ".join(reasons[-2:]))
        return Response(status, _dumps(candidates[0] if candidates else {}), media)

    def _takes_cursor(self, op: Operation) -> bool:
        """Cursor pagination, as the spec shows it: a string ``start`` query parameter (the token
        from the previous page's ``next``; an integer ``start`` is a timestamp, not a cursor)."""
        item = self.spec["paths"][op.template]
        parameters = [*(item.get("parameters") or []), *(item[op.method.lower()].get("parameters") or [])]
        for parameter in parameters:
            if isinstance(parameter, dict) and "$ref" in parameter:
                parameter = self.examples.resolve(parameter["$ref"])
            if not isinstance(parameter, dict) or (parameter.get("in"), parameter.get("name")) != ("query", "start"):
                continue
            schema = parameter.get("schema") or {}
            if isinstance(schema, dict) and "$ref" in schema:
                schema = self.examples.resolve(schema["$ref"])
            return isinstance(schema, dict) and schema.get("type") == "string"
        return False


def _pick_media(content: dict) -> tuple[str, dict]:
    items = list(content.items())
    for media, media_type in items:
        if media.split(";")[0].strip().lower() == "application/json":
            return media, media_type or {}
    for media, media_type in items:
        if "json" in media:
            return media, media_type or {}
    return items[0][0], items[0][1] or {}


def _documented_examples(media_type: dict, schema: Any) -> list[Any]:
    found = []
    if "example" in media_type:
        found.append(media_type["example"])
    for example in (media_type.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    if isinstance(schema, dict) and "example" in schema:
        found.append(schema["example"])
    if isinstance(schema, dict) and isinstance(schema.get("examples"), list):  # OpenAPI 3.1
        found.extend(schema["examples"])
    return found


def _last_pages(candidates: list[Any]) -> list[Any]:
    """Each object candidate with a ``next`` cursor as a last page: ``next`` empty, then absent."""
    pages = []
    for candidate in candidates:
        if isinstance(candidate, dict) and "next" in candidate:
            pages.append({**candidate, "next": ""})
            pages.append({k: v for k, v in candidate.items() if k != "next"})
    return pages


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def error_body(detail: str | list[str]) -> bytes:
    details = [detail] if isinstance(detail, str) else list(detail)
    return _dumps({"errors": [{"detail": d} for d in details]})


_CACHE: dict[str, ApiSpec] = {}
_CACHE_LOCK = threading.Lock()


def load_spec(name: str) -> dict:
    data = (resources.files(__package__) / "specs" / f"{name}.json.gz").read_bytes()
    return json.loads(gzip.decompress(data).decode("utf-8"))


def get_api(name: str) -> ApiSpec:
    """The shared, lazily built :class:`ApiSpec` for ``name`` (app, track or pipelines)."""
    with _CACHE_LOCK:
        api = _CACHE.get(name)
        if api is None:
            if name not in MOUNTS:
                raise ValueError(f"unknown API {name!r}; choose one of {', '.join(MOUNTS)}")
            api = _CACHE[name] = ApiSpec(name, load_spec(name))
        return api

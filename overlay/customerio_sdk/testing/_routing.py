"""Matching a raw request path to an operation of one API.

The path is matched as sent on the wire, never after decoding it: it is split on ``/`` first and
each segment is decoded on its own, so an identifier sent as ``a%2Fb`` stays one segment and
matches ``{customer_id}``. A template matches only a path with exactly as many segments. A
parameter segment must be non-empty and must not be a dot segment (``.`` or ``..`` sent
unencoded): a client that sends those has let its HTTP stack normalise them away or is
addressing another resource, so the mock does not pretend they name a customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

_PARAM = re.compile(r"{([^{}]+)}")
_DOT_SEGMENTS = (".", "..")


@dataclass(frozen=True)
class Route:
    method: str  # upper case
    template: str  # the spec's path key, e.g. /v1/segments/{segment_id}
    operation_id: str
    segments: tuple[re.Pattern[str] | str, ...]  # a literal, or a pattern with named groups
    names: tuple[tuple[str, ...], ...]  # parameter names per segment (empty for a literal)
    literals: int  # how many segments are fixed text: more is more specific

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
        if len(raw_segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for raw, expected, names in zip(raw_segments, self.segments, self.names):
            if isinstance(expected, str):
                if raw != expected and unquote(raw) != expected:
                    return None
                continue
            if raw in _DOT_SEGMENTS or not raw:
                return None
            found = expected.fullmatch(raw)
            if found is None:
                return None
            for index, name in enumerate(names):
                value = unquote(found.group(f"p{index}"), errors="strict")
                if not value:
                    return None
                params[name] = value
        return params


def compile_route(method: str, template: str, operation_id: str) -> Route:
    segments: list[re.Pattern[str] | str] = []
    names: list[tuple[str, ...]] = []
    literals = 0
    for part in template[1:].split("/"):
        found = _PARAM.findall(part)
        if not found:
            segments.append(part)
            names.append(())
            literals += 1
            continue
        # Fixed text around a parameter is compared raw; the parameter takes anything but "/".
        pattern, pos = "", 0
        for index, match in enumerate(_PARAM.finditer(part)):
            pattern += re.escape(part[pos : match.start()]) + f"(?P<p{index}>[^/]+?)"
            pos = match.end()
        pattern += re.escape(part[pos:])
        segments.append(re.compile(pattern))
        names.append(tuple(found))
    return Route(method.upper(), template, operation_id, tuple(segments), tuple(names), literals)


@dataclass
class Match:
    route: Route | None
    params: dict[str, str] = field(default_factory=dict)
    allowed: tuple[str, ...] = ()  # when the path exists but not for this method


class Router:
    def __init__(self, operations: list[tuple[str, str, str]]) -> None:
        routes = [compile_route(method, path, op_id) for method, path, op_id in operations]
        # Concrete before templated (OpenAPI's rule), otherwise in spec order.
        self.routes = sorted(routes, key=lambda r: -r.literals)

    def match(self, method: str, raw_path: str) -> Match:
        method = method.upper()
        # No stripping: a trailing or doubled "/" is an extra (empty) segment, i.e. another path.
        raw_segments = raw_path[1:].split("/") if raw_path.startswith("/") else [raw_path]
        allowed: list[str] = []
        for route in self.routes:
            try:
                params = route.match(raw_segments)
            except UnicodeDecodeError:
                params = None
            if params is None:
                continue
            if route.method == method:
                return Match(route, params)
            if route.method not in allowed:
                allowed.append(route.method)
        return Match(None, allowed=tuple(allowed))

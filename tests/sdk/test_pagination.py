"""customerio_sdk._core.pagination: the paginated-operation table (checked against the spec) and the
sync/async paginators behind app.<resource>.list...() and app.paginate()."""

from __future__ import annotations

import importlib
import inspect
import json
import weakref
from pathlib import Path
from typing import Any

import httpx
import pytest
from customerio_sdk import errors
from customerio_sdk._core.pagination import APP_PAGINATED, Paginated, SyncPaginator, _attr
from customerio_sdk.app import AppClient, AsyncAppClient

SPEC = Path(__file__).resolve().parents[2] / "specs" / "journeys-app.json"
BASE = "https://api.customer.io"


# -- the table against the spec ------------------------------------------------------------------


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """Properties of a schema, merged across allOf/oneOf/anyOf (a oneOf's variants share them)."""
    schema = _resolve(spec, schema) or {}
    found: dict[str, Any] = {}
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            found.update(_properties(spec, sub))
    for name, prop in schema.get("properties", {}).items():
        found[name] = _resolve(spec, prop)
    return found


def derive_paginated(spec: dict[str, Any]) -> dict[str, Paginated]:
    """Cursor: a *string* ``start`` query parameter (an integer ``start`` is a metrics timestamp).
    Offset: ``limit`` + ``offset``. Items: the 200 body's one array property; where there are two
    (``ids`` and ``identifiers``), the spec recommends ``identifiers``."""
    derived: dict[str, Paginated] = {}
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            params = [_resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
            query = {p["name"]: p for p in params if p.get("in") == "query"}
            start_type = _resolve(spec, query.get("start", {}).get("schema", {})).get("type")
            if start_type == "string":
                style = "cursor"
            elif "offset" in query and "limit" in query:
                style = "offset"
            else:
                continue
            response = _resolve(spec, op["responses"]["200"])
            schema = response["content"]["application/json"]["schema"]
            arrays = [n for n, p in _properties(spec, schema).items() if p.get("type") == "array"]
            items = arrays[0] if len(arrays) == 1 else "identifiers"
            assert items in arrays, (op["operationId"], arrays)
            limit = _resolve(spec, query.get("limit", {}).get("schema", {}))
            derived[op["operationId"]] = Paginated(
                op["operationId"], style, items, limit.get("maximum"), limit.get("default")
            )
    return derived


def test_table_matches_the_spec():
    derived = derive_paginated(json.loads(SPEC.read_text()))
    assert derived == APP_PAGINATED
    styles = [p.style for p in APP_PAGINATED.values()]
    assert (styles.count("cursor"), styles.count("offset"), len(APP_PAGINATED)) == (17, 1, 18)
    assert APP_PAGINATED["getSuppressionByType"].style == "offset"


def test_integer_start_is_not_a_cursor():
    # The metrics endpoints take `start` as a unix timestamp: paginating them would be wrong.
    for op in ("campaignMetrics", "campaignActionMetrics", "campaignJourneyMetrics"):
        assert op not in APP_PAGINATED


def test_table_agrees_with_the_generated_code():
    from customerio_app_api._operations import OPERATIONS

    for op_id, spec in APP_PAGINATED.items():
        module = importlib.import_module(f"customerio_app_api.{OPERATIONS[op_id][2]}")
        params = inspect.signature(module.sync).parameters
        assert ("start" if spec.style == "cursor" else "offset") in params, op_id
        returns = inspect.signature(module.sync).return_annotation
        models = [m for m in returns.__args__ if hasattr(m, "from_dict")]
        assert models, op_id
        for model in models:
            fields = {a.name for a in model.__attrs_attrs__}
            assert spec.items in fields or f"{spec.items}_" in fields, (op_id, model)


def test_attr_reads_json_names_and_additional_properties():
    class Model:
        def __init__(self) -> None:
            self.next_ = "abc"
            self.type_ = "email"
            self.additional_properties = {"cursor": "x"}

    assert _attr(Model(), "next") == "abc"
    assert _attr(Model(), "type") == "email"
    assert _attr(Model(), "cursor") == "x"
    assert _attr(Model(), "missing") is None
    assert _attr({"next": "n"}, "next") == "n"


# -- a scripted server ---------------------------------------------------------------------------


class Pages:
    """MockTransport handler: answers ``GET /v1/messages`` (and others) from a cursor -> page map."""

    def __init__(self, pages: dict[str | None, dict[str, Any]]) -> None:
        self.pages = pages
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = request.url.params.get("start") or request.url.params.get("offset")
        if key == "0":
            key = None
        return httpx.Response(200, json=self.pages[key])

    @property
    def starts(self) -> list[str | None]:
        return [r.url.params.get("start") for r in self.requests]


def messages(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "type": "email"} for i in ids]


THREE_PAGES = {
    None: {"messages": messages("m1", "m2"), "next": "c1"},
    "c1": {"messages": messages("m3", "m4"), "next": "c2"},
    "c2": {"messages": messages("m5"), "next": ""},
}


def app_with(handler: Any, **kwargs: Any) -> AppClient:
    return AppClient("key", transport=httpx.MockTransport(handler), max_retries=0, **kwargs)


def async_app_with(handler: Any) -> AsyncAppClient:
    return AsyncAppClient("key", transport=httpx.MockTransport(handler), max_retries=0)


# -- sync ----------------------------------------------------------------------------------------


def test_iterates_items_across_three_pages():
    server = Pages(THREE_PAGES)
    app = app_with(server)
    pager = app.messages.list(metric="sent")
    assert isinstance(pager, SyncPaginator)
    assert server.requests == []  # lazy
    assert [m.id for m in pager] == ["m1", "m2", "m3", "m4", "m5"]
    assert server.starts == [None, "c1", "c2"]
    assert all(r.url.path == "/v1/messages" and r.url.params["metric"] == "sent" for r in server.requests)
    # re-iterable: a new walk from the first page
    assert len(list(pager)) == 5
    assert len(server.requests) == 6


def test_stops_when_next_is_missing():
    server = Pages({None: {"messages": messages("a"), "next": "c1"}, "c1": {"messages": messages("b")}})
    assert [m.id for m in app_with(server).messages.list()] == ["a", "b"]
    assert len(server.requests) == 2


def test_pages_yields_typed_models():
    from customerio_app_api.models.list_messages_response_200 import ListMessagesResponse200

    server = Pages(THREE_PAGES)
    pages = list(app_with(server).messages.list().pages())
    assert [type(p) for p in pages] == [ListMessagesResponse200] * 3
    assert [p.next_ for p in pages] == ["c1", "c2", ""]
    first = app_with(Pages(THREE_PAGES)).messages.list().first_page()
    assert isinstance(first, ListMessagesResponse200) and len(first.messages) == 2


def test_limit_caps_the_items_and_the_requests():
    server = Pages(THREE_PAGES)
    items = list(app_with(server).messages.list(limit=3))
    assert [m.id for m in items] == ["m1", "m2", "m3"]
    assert server.starts == [None, "c1"]  # no request for the third page
    # page size follows a small limit (listMessages allows up to 1000 per page)
    assert [r.url.params["limit"] for r in server.requests] == ["3", "3"]


def test_limit_zero_sends_nothing_and_pages_stop_at_the_limit():
    server = Pages(THREE_PAGES)
    assert list(app_with(server).messages.list(limit=0)) == []
    assert server.requests == []
    assert len(list(app_with(server).messages.list(limit=2).pages())) == 1


def test_page_size_is_the_api_limit():
    server = Pages(THREE_PAGES)
    list(app_with(server).messages.list(page_size=2))
    assert [r.url.params["limit"] for r in server.requests] == ["2", "2", "2"]
    with pytest.raises(TypeError, match="page_size"):
        app_with(server).campaigns.list_actions(1, page_size=5)  # listCampaignActions has no limit parameter
    with pytest.raises(ValueError, match="limit"):
        app_with(server).messages.list(limit=-1)


def test_start_resumes_from_a_cursor():
    server = Pages(THREE_PAGES)
    assert [m.id for m in app_with(server).messages.list(start="c1")] == ["m3", "m4", "m5"]
    assert server.starts == ["c1", "c2"]


def test_repeated_cursor_raises():
    server = Pages({None: {"messages": messages("a"), "next": "c1"}, "c1": {"messages": messages("b"), "next": "c1"}})
    seen = []
    with pytest.raises(errors.PaginationError, match="listMessages") as info:
        for message in app_with(server).messages.list():
            seen.append(message.id)
    assert seen == ["a", "b"]
    assert "c1" not in str(info.value)  # the cursor is not echoed
    assert len(server.requests) == 2


def test_cycle_through_earlier_cursor_raises():
    server = Pages(
        {
            None: {"messages": messages("a"), "next": "c1"},
            "c1": {"messages": messages("b"), "next": "c2"},
            "c2": {"messages": messages("c"), "next": "c1"},
        }
    )
    with pytest.raises(errors.PaginationError):
        list(app_with(server).messages.list())
    assert len(server.requests) == 3


def test_next_pointing_elsewhere_is_a_value_not_a_url():
    evil = "https://evil.example/steal?x=1"
    server = Pages({None: {"messages": messages("a"), "next": evil}, evil: {"messages": messages("b")}})
    assert [m.id for m in app_with(server).messages.list()] == ["a", "b"]
    assert {(r.url.scheme, r.url.host) for r in server.requests} == {("https", "api.customer.io")}
    assert [r.url.path for r in server.requests] == ["/v1/messages", "/v1/messages"]
    assert server.requests[1].url.params["start"] == evil
    assert all(r.headers["authorization"] == "Bearer key" for r in server.requests)


def test_post_search_keeps_its_body_on_every_page():
    bodies = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append((request.url.params.get("start"), json.loads(request.content)))
        start = request.url.params.get("start")
        page = {"identifiers": [{"id": start or "first", "cio_id": "x", "email": None}], "ids": []}
        return httpx.Response(200, json={**page, "next": "" if start else "p2"})

    found = list(AppClient("k", transport=httpx.MockTransport(handler)).customers.search(body={"filter": {"and": []}}))
    assert [i.id for i in found] == ["first", "p2"]
    assert bodies == [(None, {"filter": {"and": []}}), ("p2", {"filter": {"and": []}})]


def test_segment_membership_union_response():
    def handler(request: httpx.Request) -> httpx.Response:
        start = request.url.params.get("start")
        ids = [{"id": f"{start}-{n}", "cio_id": "c", "email": "e@x.io"} for n in range(2)]
        return httpx.Response(200, json={"identifiers": ids, "ids": [], "next": "" if start else "s2"})

    members = list(AppClient("k", transport=httpx.MockTransport(handler)).segments.list_members(7))
    assert [m.id for m in members] == ["None-0", "None-1", "s2-0", "s2-1"]


def test_offset_pagination_for_esp_suppression():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        seen.append((request.url.path, offset, limit))
        emails = [f"u{i}@x.io" for i in range(offset, min(offset + limit, 5))]
        return httpx.Response(200, json={"category": "bounces", "suppressions": [{"email": e} for e in emails]})

    app = AppClient("k", transport=httpx.MockTransport(handler))
    got = list(app.esp_suppression.list("bounces", page_size=2))
    assert [s.email for s in got] == [f"u{i}@x.io" for i in range(5)]
    assert seen == [("/v1/esp/suppression/bounces", 0, 2), ("/v1/esp/suppression/bounces", 2, 2)] + [
        ("/v1/esp/suppression/bounces", 4, 2)
    ]
    seen.clear()
    assert len(list(app.esp_suppression.list("bounces"))) == 5  # spec default page size (100): one short page
    assert seen == [("/v1/esp/suppression/bounces", 0, 100)]
    seen.clear()
    list(app.esp_suppression.list("bounces", page_size=5000))  # clamped to the spec's maximum
    assert seen == [("/v1/esp/suppression/bounces", 0, 1000)]


def test_offset_stops_on_an_exactly_full_last_page_with_an_empty_page():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        calls.append(offset)
        items = [{"email": f"{offset + i}@x.io"} for i in range(2)] if offset < 4 else []
        return httpx.Response(200, json={"suppressions": items})

    got = list(AppClient("k", transport=httpx.MockTransport(handler)).esp_suppression.list("spam", page_size=2))
    assert len(got) == 4 and calls == [0, 2, 4]


def test_paginate_by_operation_id():
    server = Pages(THREE_PAGES)
    app = app_with(server)
    assert [m.id for m in app.paginate("listMessages", limit=4)] == ["m1", "m2", "m3", "m4"]

    person = Pages({None: {"messages": messages("p1"), "next": ""}})
    assert [m.id for m in app_with(person).paginate("getPersonMessages", "42", id_type="email")] == ["p1"]
    assert person.requests[0].url.path == "/v1/customers/42/messages"
    assert person.requests[0].url.params["id_type"] == "email"


def test_paginate_unknown_or_unpaginated_operation():
    app = app_with(Pages({}))
    with pytest.raises(ValueError, match="not an App API operationId") as info:
        app.paginate("listEverything")
    assert "listMessages" in str(info.value) and "getSuppressionByType" in str(info.value)
    with pytest.raises(ValueError, match="'listSegments' is not paginated"):
        app.paginate("listSegments")


def test_memory_is_flat_in_the_number_of_pages():
    count = 30
    pages = {None if i == 0 else f"c{i}": {"messages": messages(f"m{i}"), "next": f"c{i + 1}"} for i in range(count)}
    pages[f"c{count - 1}"]["next"] = ""
    refs: list[weakref.ref[Any]] = []
    for page in app_with(Pages(pages)).messages.list().pages():
        refs.append(weakref.ref(page))
        del page
        assert sum(r() is not None for r in refs) <= 1  # only the page being looked at is alive
    assert len(refs) == count


# -- async ---------------------------------------------------------------------------------------


async def test_async_iterates_items_across_pages():
    server = Pages(THREE_PAGES)
    app = async_app_with(server)
    assert [m.id async for m in app.messages.list()] == ["m1", "m2", "m3", "m4", "m5"]
    assert server.starts == [None, "c1", "c2"]
    await app.aclose()


async def test_async_pages_limit_and_first_page():
    from customerio_app_api.models.list_messages_response_200 import ListMessagesResponse200

    server = Pages(THREE_PAGES)
    app = async_app_with(server)
    pages = [p async for p in app.messages.list().pages()]
    assert [type(p) for p in pages] == [ListMessagesResponse200] * 3
    assert [m.id async for m in app.messages.list(limit=3)] == ["m1", "m2", "m3"]
    first = await app.messages.list().first_page()
    assert [m.id for m in first.messages] == ["m1", "m2"]


async def test_async_repeated_cursor_raises():
    server = Pages({None: {"messages": messages("a"), "next": "c1"}, "c1": {"messages": messages("b"), "next": "c1"}})
    with pytest.raises(errors.PaginationError):
        [m async for m in async_app_with(server).messages.list()]


async def test_async_offset_and_paginate():
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        items = [{"email": f"{offset}@x.io"}] if offset < 3 else []
        return httpx.Response(200, json={"suppressions": items})

    app = AsyncAppClient("k", transport=httpx.MockTransport(handler))
    assert len([s async for s in app.esp_suppression.list("bounces", page_size=1)]) == 3
    assert len([s async for s in app.paginate("getSuppressionByType", "bounces", page_size=1, limit=2)]) == 2


def test_cursor_guard_stops_a_cycle_longer_than_its_window():
    from customerio_sdk._core.pagination import _CursorGuard

    guard = _CursorGuard()
    length = _CursorGuard.WINDOW * 3  # longer than the exactly remembered window
    accepted = 0
    for step in range(length * 10):
        if not guard.add(f"cursor-{step % length}"):
            break
        accepted += 1
    else:
        pytest.fail("a cycle of cursors was followed forever")
    assert length <= accepted < 3 * length  # every distinct cursor once, then caught within a few laps


def test_cursor_guard_memory_is_bounded():
    from customerio_sdk._core.pagination import _CursorGuard

    guard = _CursorGuard()
    assert all(guard.add(f"c{n}") for n in range(10 * _CursorGuard.WINDOW))
    assert len(guard._recent) == len(guard._recent_set) == _CursorGuard.WINDOW

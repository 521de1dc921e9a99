"""Issue 12's table, row by row: every malformed response, odd status and bad input becomes a
documented error (or a documented, tested behaviour). Plus issue 11 item 8: errors a newcomer can
act on."""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import importlib
import inspect
import json
import logging
import pickle
from typing import Any

import httpx
import pytest
from _responses import all_response_examples
from customerio_sdk import AppClient, AsyncAppClient, PipelinesClient, TrackClient, errors, webhooks
from customerio_sdk._core.retry import RetryPolicy

UTC = dt.timezone.utc
KEY = "app-key-abcdef123456"
HTML = b"<!DOCTYPE html><html><body>Please sign in to the Wi-Fi</body></html>"


class Replies:
    """MockTransport handler: answers from a queue (then the last one again), records requests."""

    def __init__(self, *replies: httpx.Response) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def app_with(*replies: httpx.Response, **kwargs: Any) -> tuple[AppClient, Replies]:
    handler = Replies(*replies)
    return AppClient(KEY, transport=httpx.MockTransport(handler), max_retries=0, **kwargs), handler


def body(content: bytes, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers)


def as_json(value: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(value).encode())


# -- App 2xx bodies that are not JSON ---------------------------------------------------------------


@pytest.mark.parametrize("content", [HTML, b'{"segments": [{"id": 1, "na', b""], ids=["html", "truncated", "empty"])
def test_app_2xx_not_json_is_a_typed_error_naming_operation_and_status(content):
    app, _ = app_with(body(content))
    with pytest.raises(errors.ResponseValidationError) as info:
        app.segments.list()
    error = info.value
    assert (error.operation_id, error.method, error.path, error.status_code) == (
        "listSegments",
        "GET",
        "/v1/segments",
        200,
    )
    assert error.body == content and error.body_size == len(content)
    assert "listSegments" in str(error) and "200" in str(error)
    assert isinstance(error, errors.CustomerIOError)


def test_messages_list_paginator_with_html_page():
    app, _ = app_with(body(HTML))
    with pytest.raises(errors.ResponseValidationError, match="listMessages.*HTML"):
        list(app.messages.list())


def test_raw_generated_call_goes_through_the_same_seam():
    from customerio_app_api.api.segments import list_segments

    app, _ = app_with(body(HTML))
    with pytest.raises(errors.ResponseValidationError, match="listSegments"):
        list_segments.sync(client=app.raw)


async def test_async_twin():
    handler = Replies(body(b"[1, 2]"))
    async with AsyncAppClient(KEY, transport=httpx.MockTransport(handler), max_retries=0) as app:
        with pytest.raises(errors.ResponseValidationError, match="listSegments"):
            await app.segments.list()


# -- App 2xx JSON of the wrong shape / type ---------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [{"segments": None}, {"segments": {"id": 1}}, {"segments": ["a", "b"]}, [{"segments": []}], "segments"],
    ids=["null", "dict", "list-of-strings", "list-body", "string-body"],
)
def test_app_2xx_wrong_shape_is_the_typed_error(value):
    app, _ = app_with(as_json(value))
    with pytest.raises(errors.ResponseValidationError, match="listSegments") as info:
        app.segments.list()
    assert info.value.reason  # says what did not fit


def test_null_messages_in_a_page_is_the_typed_error():
    app, _ = app_with(as_json({"messages": None, "next": ""}))
    with pytest.raises(errors.ResponseValidationError, match="ListMessagesResponse200.messages must be an array"):
        list(app.messages.list())


def test_wrong_value_type_raises_naming_the_field_never_the_value():
    app, _ = app_with(as_json({"segments": [{"id": "seven", "name": "VIP"}]}))
    with pytest.raises(errors.ResponseValidationError) as info:
        app.segments.list()
    assert "ListSegmentsResponse200SegmentsItem.id must be an integer, got a string" in str(info.value)
    assert "seven" not in str(info.value)


def test_tolerated_unknown_enum_values_extra_fields_and_integer_ids():
    segment = {"id": 7, "name": "VIP", "state": "a-state-added-later", "brand_new_field": {"x": 1}}
    app, _ = app_with(as_json({"segments": [segment]}))
    (parsed,) = app.segments.list().segments
    assert parsed.state.value == "a-state-added-later" and parsed["brand_new_field"] == {"x": 1}
    topics = {"customer": {"id": "42", "topics": [{"id": 3, "name": "News", "subscribed": True}]}}
    app, _ = app_with(as_json(topics))
    prefs = app.customers.get_subscription_preferences("42")
    assert prefs.customer.topics[0].id == "3"  # the spec says string; an integer id is kept as its text


def test_required_list_missing_is_the_typed_error():
    app, _ = app_with(as_json({}))
    with pytest.raises(errors.ResponseValidationError, match="has none of its properties"):
        app.segments.list()


def test_get_object_relationships_with_the_specs_own_example_parses():
    examples = [v for op, status, _, v in all_response_examples("app") if op == "getObjectRelationships"]
    assert examples
    for example in examples:
        app, _ = app_with(as_json({**example, "next": ""}))
        items = list(app.objects.list_relationships(1, "acme"))
        assert len(items) == len(example["cio_relationships"])


@pytest.mark.parametrize("headers", [{}, {"location": "https://elsewhere.example/"}], ids=["no-location", "location"])
def test_app_3xx_is_a_typed_error(headers):
    app, handler = app_with(body(b"", 302, **headers))
    with pytest.raises(errors.ResponseValidationError, match="redirect") as info:
        app.segments.list()
    assert info.value.status_code == 302 and len(handler.requests) == 1  # never followed


# -- the raw JSON of any call ------------------------------------------------------------------------


def test_without_parsing_returns_the_raw_json():
    from customerio_app_api.api.segments import list_segments

    app, _ = app_with(as_json({"segments": [{"id": "seven"}]}))
    response = list_segments.sync_detailed(client=app.raw.without_parsing())
    assert response.parsed is None and response.json() == {"segments": [{"id": "seven"}]}
    assert response.status_code == 200


def test_kept_body_is_bounded_and_never_holds_the_credential():
    echo = b"<html>" + b"Authorization: Bearer " + KEY.encode() + b"</html>" + b"x" * 100_000
    app, _ = app_with(body(echo))
    with pytest.raises(errors.ResponseValidationError) as info:
        app.segments.list()
    error = info.value
    assert KEY.encode() not in error.body and b"<secret>" in error.body
    assert len(error.body) <= 16_384 and error.body_size == len(echo)
    assert KEY not in str(error) and KEY not in repr(error)


# -- errors cross process boundaries ----------------------------------------------------------------


def _all_error_classes() -> list[type[BaseException]]:
    """Every CustomerIOError subclass of the SDK: its modules are imported first, so the set does
    not depend on what earlier tests happened to import."""
    import pkgutil

    import customerio_sdk

    for module in pkgutil.walk_packages(customerio_sdk.__path__, "customerio_sdk."):
        if not module.name.startswith(("customerio_sdk.testing", "customerio_sdk.__main__")):
            try:
                importlib.import_module(module.name)
            except ModuleNotFoundError as exc:  # an optional extra (click, pyarrow, dask) not installed
                assert exc.name and not exc.name.startswith("customerio_sdk"), exc
    found, todo = [], [errors.CustomerIOError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def _instance(cls: type[BaseException]) -> BaseException:
    response = httpx.Response(404, json={"meta": {"error": "nope"}}, request=httpx.Request("GET", "https://x/"))
    if issubclass(cls, errors.APIStatusError):
        return (
            errors.make_status_error(response, method="GET", path="/v1/x/{id}", operation_id="getX")
            if (cls is errors.NotFoundError)
            else cls("boom", response=response, body={"a": 1}, method="GET", path="/v1/x", operation_id="x")
        )
    if cls is errors.ResponseValidationError:
        return cls("m", operation_id="o", method="GET", path="/p", status_code=200, reason="r", body=b"<", body_size=1)
    if cls is errors.PayloadTooLargeError:
        return cls("too big", index=3, size=10, limit=5)
    if cls.__name__ == "RowError":  # customerio_sdk.bulk: where in which file, and why
        return cls("people.csv", 7, "email", "not an email address")
    params = inspect.signature(cls.__init__).parameters
    return cls("message", **({"method": "GET", "path": "/p"} if "method" in params else {}))


def test_every_error_class_pickles_and_round_trips():
    import customerio_sdk._core.batch_packing  # noqa: F401  (its errors too)

    classes = _all_error_classes()
    assert len(classes) >= 15
    for cls in classes:
        error = _instance(cls)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is cls and str(copy) == str(error)
        for name, value in vars(error).items():
            assert getattr(copy, name) == (None if name == "response" else value), (cls, name)
    rate = errors.RateLimitError(
        "slow down", retry_after=2.5, response=httpx.Response(429), body=None, method="GET", path="/p"
    )
    assert pickle.loads(pickle.dumps(rate)).retry_after == 2.5


# -- webhooks --------------------------------------------------------------------------------------------


def test_webhook_parse_of_hostile_nesting():
    with pytest.raises(webhooks.WebhookPayloadError, match="nested too deeply"):
        webhooks.parse(b"[" * 100_000 + b"]" * 100_000)


def test_verify_request_with_no_headers_names_the_argument():
    with pytest.raises(TypeError, match="headers must be the request's headers.*not NoneType"):
        webhooks.verify_request(None, b"{}", "signing-key")  # type: ignore[arg-type]


# -- Track: an HTML 2xx (a captive portal) ---------------------------------------------------------------


def test_track_2xx_with_html_is_logged_as_a_warning(caplog):
    track = TrackClient("site", "track-key-123456", transport=httpx.MockTransport(lambda r: body(HTML)))
    with caplog.at_level(logging.WARNING, logger="customerio_sdk"):
        track.identify("jane@example.com", plan="pro")
        track.batch([{"type": "person", "identifiers": {"id": "1"}, "action": "identify"}])
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2 and all("HTML" in w and "proxy or captive portal" in w for w in warnings)
    assert "jane" not in " ".join(warnings)


def test_every_success_response_of_the_specs_is_json_or_empty():
    """The transport's rule (markup on a 2xx is not Customer.io) derives from this."""
    from customerio_sdk.testing._specs import load_spec

    media_types = set()
    for api in ("app", "track", "pipelines"):
        for item in load_spec(api)["paths"].values():
            for operation in item.values():
                for status, response in (
                    (operation.get("responses") or {}).items() if isinstance(operation, dict) else ()
                ):
                    if str(status).startswith("2"):
                        media_types.update((response.get("content") or {}).keys())
    assert media_types and all("json" in m for m in media_types), media_types


# -- Track v1 limits ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, limit",
    [
        (lambda t: t.track("42", "big", {"blob": "x" * 150_000}), 100_000),
        (lambda t: t.track("42", "n" * 500), 100),
        (lambda t: t.track("i" * 10_000, "purchased"), 150),
        (lambda t: t.identify("i" * 10_000), 150),
        (lambda t: t.track_anonymous("a1", "big", {"blob": "é" * 60_000}), 100_000),
    ],
    ids=["data", "name", "identifier", "identify-identifier", "anonymous-data-utf8"],
)
def test_v1_track_limits_checked_before_sending(call, limit):
    sent: list[httpx.Request] = []
    track = TrackClient(
        "site", "track-key-123456", transport=httpx.MockTransport(lambda r: sent.append(r) or body(b""))
    )
    with pytest.raises(errors.PayloadTooLargeError) as info:
        call(track)
    assert info.value.limit == limit and not sent


def test_v1_track_just_under_the_limits_is_sent():
    sent: list[httpx.Request] = []
    track = TrackClient(
        "site", "track-key-123456", transport=httpx.MockTransport(lambda r: sent.append(r) or body(b""))
    )
    track.track("i" * 150, "n" * 100, {"blob": "x" * 99_000})
    assert len(sent) == 1


# -- values that are not JSON ------------------------------------------------------------------------------


def _capture() -> tuple[list[Any], httpx.MockTransport]:
    bodies: list[Any] = []
    return bodies, httpx.MockTransport(lambda r: bodies.append(json.loads(r.content)) or body(b""))


def test_track_datetimes_are_unix_seconds_and_other_values_name_the_field():
    bodies, transport = _capture()
    track = TrackClient("site", "track-key-123456", transport=transport)
    track.identify("42", created_at=dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC))
    assert bodies[-1] == {"created_at": 1714979289}
    for value, kind in [(decimal.Decimal("1.5"), "Decimal"), ({1, 2}, "set"), (b"raw", "bytes")]:
        with pytest.raises(TypeError, match=rf"field 'data.items\[1\].price' is a {kind}, which is not JSON"):
            track.track("42", "purchased", {"items": [{}, {"price": value}]})
    with pytest.raises(ValueError, match="field 'seen' is a naive datetime"):
        track.identify("42", seen=dt.datetime(2024, 1, 1))
    assert len(bodies) == 1  # nothing else was sent


def test_app_mapping_bodies_follow_the_same_rules():
    bodies, transport = _capture()
    app = AppClient(KEY, transport=transport, max_retries=0)
    at = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    app.raw.raise_on_unexpected_status = False  # the empty answer is not the point here
    with contextlib.suppress(errors.CustomerIOError):
        app.collections.create(body={"name": "c", "data": [{"seen": at}]})
    assert bodies[-1] == {"name": "c", "data": [{"seen": 1714979289}]}
    with pytest.raises(TypeError, match=r"field 'data\[0\].price' is a Decimal, which is not JSON"):
        app.collections.create(body={"name": "c", "data": [{"price": decimal.Decimal("1.5")}]})
    assert len(bodies) == 1  # the bad body was never sent


def test_pipelines_datetimes_are_rfc3339_and_strings_are_sent_as_given():
    bodies, transport = _capture()
    cdp = PipelinesClient("write-key-123456", transport=transport)
    cdp.track(user_id="1", event="e", properties={"at": dt.datetime(2015, 2, 23, 22, 28, 55, 387000, tzinfo=UTC)})
    cdp.identify(user_id="1", timestamp="2015-02-23T22:28:55.387Z")
    cdp.identify(user_id="1", timestamp=dt.datetime(2015, 2, 23, 22, 28, 55, 387000, tzinfo=UTC))
    assert bodies[0]["properties"] == {"at": "2015-02-23T22:28:55.387Z"}
    assert bodies[1]["timestamp"] == bodies[2]["timestamp"] == "2015-02-23T22:28:55.387Z"


def test_pipelines_string_timestamp_through_the_generated_client_is_not_rewritten():
    from customerio_pipelines_api.api.people import identify
    from customerio_pipelines_api.models.known_user import KnownUser

    bodies, transport = _capture()
    cdp = PipelinesClient("write-key-123456", transport=transport)
    for given in ("2015-02-23T22:28:55.387Z", "2015-02-23T22:28:55Z", "2015-02-23T22:28:55.387123+02:00"):
        model = KnownUser.from_dict({"userId": "1", "type": "identify", "timestamp": given})
        identify.sync_detailed(client=cdp.raw, body=model)
        assert bodies[-1]["timestamp"] == given


# -- httpx's own logger -------------------------------------------------------------------------------------


def test_httpx_request_log_hides_customerio_paths(caplog):
    track = TrackClient("site", "track-key-123456", transport=httpx.MockTransport(lambda r: body(b"")))
    with caplog.at_level(logging.INFO, logger="httpx"):
        track.identify("jane@example.com")
        httpx.Client(transport=httpx.MockTransport(lambda r: body(b""))).get("https://other.example/a/b")
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("PUT https://track.customer.io/…" in line and "200" in line for line in lines), lines
    assert not any("jane" in line for line in lines)
    assert any("https://other.example/a/b" in line for line in lines)  # other hosts untouched


# -- the same options on every client -----------------------------------------------------------------------


@pytest.mark.parametrize("cls", [AppClient, AsyncAppClient])
def test_app_clients_take_retry_policy_and_default_headers(cls):
    app = cls(KEY, retry_policy=RetryPolicy(max_retries=5), default_headers={"X-Team": "growth"})
    assert app.retry_policy.max_retries == 5 and app.max_retries == 5
    assert cls(KEY, retry_policy=RetryPolicy(max_retries=5), max_retries=1).max_retries == 1


def test_app_default_headers_are_sent():
    app, handler = app_with(as_json({"segments": []}), default_headers={"X-Team": "growth"})
    app.segments.list()
    assert handler.requests[0].headers["x-team"] == "growth"


# -- issue 11 item 8: errors a newcomer can act on -------------------------------------------------------


@pytest.mark.parametrize(
    "make, credential",
    [
        (lambda t: AppClient(KEY, transport=t, max_retries=0), "App API key (api_key="),
        (lambda t: AppClient(KEY, region="eu", transport=t, max_retries=0), "App API key (api_key="),
        (lambda t: TrackClient("site-id-12345", "track-key-123456", transport=t), "site ID and Track API key"),
        (lambda t: PipelinesClient("write-key-123456", transport=t), "write key (write_key="),
    ],
    ids=["app", "app-eu", "track", "pipelines"],
)
def test_401_names_the_credential_and_the_usual_causes(make, credential):
    client = make(httpx.MockTransport(lambda r: as_json({"meta": {"error": "Unauthorized"}}, 401)))
    with pytest.raises(errors.AuthenticationError) as info:
        if isinstance(client, AppClient):
            client.segments.list()
        elif isinstance(client, TrackClient):
            client.identify("42")
        else:
            client.identify(user_id="42")
    message = str(info.value)
    assert credential in message and "wrong kind of key" in message and "region" in message
    for secret in (KEY, "track-key-123456", "write-key-123456", "site-id-12345"):
        assert secret not in message
    if "api-eu" in client.base_url:
        assert "(EU region)" in message and "region='us'" in message
    elif isinstance(client, AppClient):
        assert "region='eu'" in message


def test_a_misspelt_client_argument_names_the_public_class_and_the_accepted_ones():
    with pytest.raises(TypeError) as info:
        TrackClient(siteid="s", api_key="k")  # type: ignore[call-arg]
    message = str(info.value)
    assert message.startswith("TrackClient() got an unknown keyword argument 'siteid' (did you mean 'site_id'?)")
    assert "_TrackMixin" not in message and "region" in message and "api_key" in message
    with pytest.raises(TypeError, match=r"^PipelinesClient\(\) got an unknown keyword argument 'writekey'"):
        PipelinesClient(writekey="w")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"^AppClient\(\) takes 1 positional argument \(api_key\) but 2 were given"):
        AppClient(KEY, "eu")  # type: ignore[misc]


def test_app_method_unknown_keyword_and_positional_arguments():
    app, _ = app_with(as_json({"segment": {}}))
    # (Python's own "unexpected keyword argument" once the App methods are generated functions.)
    with pytest.raises(TypeError, match=r"Segments.get\(\) got an (unknown|unexpected) keyword argument 'id'"):
        app.segments.get(id=7)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"Messages.list\(\) takes \d positional arguments? .* given"):
        app.messages.list("email")  # type: ignore[misc]


# -- a closed client -------------------------------------------------------------------------------------


def _closed_calls(cls_name: str) -> list[tuple[str, Any]]:
    """Every way of sending from a client: its methods, raw generated functions, a derived raw client."""
    from customerio_app_api.api.segments import list_segments

    event = {"type": "person", "identifiers": {"id": "1"}, "action": "event", "name": "x"}
    if cls_name.endswith("TrackClient"):
        return [
            ("identify", lambda c: c.identify("1", plan="pro")),
            ("batch", lambda c: c.batch([event])),
            (
                "raw.with_headers",
                lambda c: (
                    c.raw.with_headers({"X-A": "1"}).get_async_httpx_client().get("/x")
                    if cls_name.startswith("Async")
                    else c.raw.with_headers({"X-A": "1"}).get_httpx_client().get("/x")
                ),
            ),
        ]
    if cls_name.endswith("PipelinesClient"):
        return [
            ("identify", lambda c: c.identify(user_id="1")),
            ("batch", lambda c: c.batch([{"type": "track", "userId": "1", "event": "e"}])),
        ]
    asyncio_ = cls_name.startswith("Async")
    return [
        ("segments.list", lambda c: c.segments.list()),
        ("raw list_segments", lambda c: (list_segments.asyncio if asyncio_ else list_segments.sync)(client=c.raw)),
    ]


@pytest.mark.parametrize(
    "cls_name",
    ["TrackClient", "PipelinesClient", "AppClient", "AsyncTrackClient", "AsyncPipelinesClient", "AsyncAppClient"],
)
async def test_every_call_on_a_closed_client_raises_client_closed_error(cls_name: str) -> None:
    # httpx raises a bare RuntimeError once its client is closed; the SDK's own error names the client.
    import customerio_sdk

    cls = getattr(customerio_sdk, cls_name)
    credential = {"TrackClient": ("site", "key-123456"), "PipelinesClient": ("write-key-1",)}.get(
        cls_name.removeprefix("Async"), ("app-key-123456",)
    )
    client = cls(*credential, transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    if cls_name.startswith("Async"):
        await client.close()
    else:
        client.close()
    for name, call in _closed_calls(cls_name):
        with pytest.raises(errors.ClientClosedError, match=f"{cls_name} is closed") as caught:
            outcome = call(client)
            if inspect.isawaitable(outcome):
                await outcome
        assert caught.value.__suppress_context__, name  # httpx's RuntimeError is not chained on

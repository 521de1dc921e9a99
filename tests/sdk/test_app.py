"""customerio_sdk.app: AppClient / AsyncAppClient configuration, the resource tables, representative
calls (method, raw path, body, typed result), transactional sends and broadcast triggers."""

from __future__ import annotations

import base64
import datetime as dt
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from customerio_sdk import errors
from customerio_sdk.app import AppClient, AsyncAppClient
from customerio_sdk.app._resources import ASYNC_RESOURCES, RESOURCES

SPEC = Path(__file__).resolve().parents[2] / "specs" / "journeys-app.json"
UTC = dt.timezone.utc


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("CUSTOMERIO_APP_API_KEY", "CUSTOMERIO_REGION"):
        monkeypatch.delenv(name, raising=False)


class Recorder:
    """MockTransport handler: records requests, answers from a queue (default 200 ``{}``)."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if self.responses else httpx.Response(200, json={})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def make(*responses: httpx.Response, key: str = "key", **kwargs: Any) -> tuple[AppClient, Recorder]:
    recorder = Recorder(*responses)
    kwargs.setdefault("max_retries", 0)
    return AppClient(key, transport=httpx.MockTransport(recorder), **kwargs), recorder


def make_async(*responses: httpx.Response, key: str = "key", **kwargs: Any) -> tuple[AsyncAppClient, Recorder]:
    recorder = Recorder(*responses)
    kwargs.setdefault("max_retries", 0)
    return AsyncAppClient(key, transport=httpx.MockTransport(recorder), **kwargs), recorder


# -- configuration -------------------------------------------------------------------------------


def test_key_from_env_and_bearer_header_on_the_wire(monkeypatch, loopback):
    monkeypatch.setenv("CUSTOMERIO_APP_API_KEY", "  app-key-123\n")
    loopback.enqueue(200, json={"segments": []})
    with AppClient(base_url=loopback.url) as app:
        app.segments.list()
    request = loopback.requests[0]
    assert (request.method, request.target) == ("GET", "/v1/segments")
    assert ("Authorization", "Bearer app-key-123") in request.headers
    assert request.header_values("authorization") == ["Bearer app-key-123"]


def test_missing_key_names_the_argument_and_the_env_var():
    for cls in (AppClient, AsyncAppClient):
        with pytest.raises(errors.ConfigurationError) as info:
            cls()
        assert "api_key" in str(info.value) and "CUSTOMERIO_APP_API_KEY" in str(info.value)


def test_regions():
    assert AppClient("k").base_url == "https://api.customer.io"
    assert AppClient("k", region="EU").base_url == "https://api-eu.customer.io"
    app, recorder = make(httpx.Response(200, json={"workspaces": []}), region="eu")
    app.workspaces.list()
    assert str(recorder.last.url) == "https://api-eu.customer.io/v1/workspaces"


def test_region_from_env(monkeypatch):
    monkeypatch.setenv("CUSTOMERIO_REGION", "eu")
    assert AsyncAppClient("k").base_url == "https://api-eu.customer.io"
    assert AppClient("k", base_url="http://127.0.0.1:9/").base_url == "http://127.0.0.1:9"


def test_service_account_token_needs_workspace_id():
    with pytest.raises(errors.ConfigurationError, match="workspace_id") as info:
        AppClient("sa_live_secret-token")
    assert "secret-token" not in str(info.value)
    with pytest.raises(errors.ConfigurationError, match="workspace_id"):
        AsyncAppClient("sa_live_secret-token")
    assert AppClient("sa_live_x", workspace_id=123).workspace_id == "123"
    with pytest.raises(errors.ConfigurationError, match="only applies to service-account tokens"):
        AppClient("app-key", workspace_id=1)
    with pytest.raises(errors.ConfigurationError, match="workspace_id"):
        AppClient("sa_live_x", workspace_id="has space")


def test_workspace_header_only_on_send_endpoints():
    ok = httpx.Response(200, json={"delivery_id": "d", "queued_at": 1})
    segments = httpx.Response(200, json={"segments": []})
    trigger = httpx.Response(200, json={"id": 1})
    app, recorder = make(segments, ok, ok, ok, trigger, ok, key="sa_live_tok", workspace_id=77)
    app.segments.list()
    app.send.email(to="a@x.io", identifiers={"id": "1"}, transactional_message_id=3)
    app.send.push(identifiers={"id": "1"}, transactional_message_id=3)
    app.send.sms(to="+15551234567", identifiers={"id": "1"}, transactional_message_id=3)
    app.broadcasts.trigger(9)
    # a raw generated call to a send endpoint gets it too
    from customerio_app_api.api.send_messages import send_sms
    from customerio_app_api.models.send_sms_body import SendSmsBody

    send_sms.sync(
        client=app.raw,
        body=SendSmsBody.from_dict({"transactional_message_id": 1, "to": "+1", "identifiers": {"id": "1"}}),
    )
    headers = [(r.url.path, r.headers.get("x-workspace-id")) for r in recorder.requests]
    assert headers == [
        ("/v1/segments", None),
        ("/v1/send/email", "77"),
        ("/v1/send/push", "77"),
        ("/v1/send/sms", "77"),
        ("/v1/campaigns/9/triggers", None),
        ("/v1/send/sms", "77"),
    ]
    assert all(r.headers["authorization"] == "Bearer sa_live_tok" for r in recorder.requests)
    # plain App API keys never send it
    app, recorder = make()
    app.send.sms(to="+1", identifiers={"id": "1"}, transactional_message_id=3)
    assert "x-workspace-id" not in recorder.last.headers


def test_with_options_keeps_resources_and_workspace():
    app, recorder = make(key="sa_live_tok", workspace_id="5")
    copy = app.with_options(max_retries=1)
    assert copy.segments is not app.segments
    copy.send.email(to="a@x.io", identifiers={"email": "a@x.io"}, transactional_message_id="welcome")
    assert recorder.last.headers["x-workspace-id"] == "5"


def test_constructing_and_resources_import_no_generated_code():
    code = (
        "import sys; from customerio_sdk import AppClient; app = AppClient('k'); app.segments; app.send;"
        " print(sorted(m for m in sys.modules if m.startswith('customerio_app_api')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- the resource tables -------------------------------------------------------------------------


def _spec_operation_ids() -> set[str]:
    spec = json.loads(SPEC.read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }


def test_every_operation_has_exactly_one_home():
    from customerio_app_api._operations import OPERATIONS

    spec_ids = _spec_operation_ids()
    assert len(spec_ids) == 115 and spec_ids == set(OPERATIONS)
    homes = [(res, method, op) for res, cls in RESOURCES.items() for method, op in cls.operations().items()]
    assert all(op in spec_ids for _res, _method, op in homes)
    assert sorted(op for _r, _m, op in homes) == sorted(spec_ids)  # each exactly once


def test_resource_attributes():
    app = AppClient("k")
    expected = {
        "customers", "segments", "campaigns", "broadcasts", "newsletters", "messages", "transactional",
        "exports", "collections", "snippets", "reporting_webhooks", "sender_identities", "esp_suppression",
        "objects", "activities", "workspaces", "send", "imports", "data_index", "info", "subscription_center",
    }  # fmt: skip
    assert set(RESOURCES) == expected
    for name, cls in RESOURCES.items():
        resource = getattr(app, name)
        assert type(resource) is cls and getattr(app, name) is resource  # created once, lazily


@pytest.mark.parametrize("client_cls", [AppClient, AsyncAppClient])
def test_every_method_has_a_signature_and_docstring(client_cls):
    from customerio_app_api._operations import OPERATIONS

    app = client_cls("k")
    is_async = client_cls is AsyncAppClient
    for name, cls in (ASYNC_RESOURCES if is_async else RESOURCES).items():
        assert type(getattr(app, name)) is cls
        for method_name, op_id in cls.operations().items():
            method = getattr(getattr(app, name), method_name)
            signature = inspect.signature(method)
            assert "client" not in signature.parameters, (name, method_name)
            assert op_id in method.__doc__, (name, method_name)
            assert method.__name__ == method_name
            returns = str(signature.return_annotation)
            paginated = "limit" in signature.parameters and "Paginator[" in returns
            assert inspect.iscoroutinefunction(method) is (is_async and not paginated), (name, method_name)
            # every parameter is annotated and, in a generated method's docstring, described
            assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values())
            if not hasattr(method, "operation_id"):
                args = method.__doc__.split("Args:", 1)[-1]
                for param in signature.parameters:
                    assert f"\n            {param}: " in args, (name, method_name, param)
                assert "Returns:" in method.__doc__
                assert f"#operation/{op_id}" in method.__doc__ and "(#tag/" not in method.__doc__
                # path parameters positional, the rest keyword-only
                path_names = set(re.findall(r"{(\w+)}", OPERATIONS[op_id][1]))
                for param in signature.parameters.values():
                    kind = (
                        inspect.Parameter.POSITIONAL_OR_KEYWORD
                        if param.name in path_names or param.name.rstrip("_") in path_names
                        else inspect.Parameter.KEYWORD_ONLY
                    )
                    assert param.kind is kind, (name, method_name, param)


# -- representative calls ------------------------------------------------------------------------


def test_get_segment_typed():
    from customerio_app_api.models.get_segment_response_200 import GetSegmentResponse200

    app, recorder = make(httpx.Response(200, json={"segment": {"id": 7, "name": "VIPs", "type": "manual"}}))
    result = app.segments.get(7)
    assert (recorder.last.method, recorder.last.url.path) == ("GET", "/v1/segments/7")
    assert isinstance(result, GetSegmentResponse200) and result.segment.name == "VIPs"


def test_create_segment_with_a_plain_dict_body():
    app, recorder = make(httpx.Response(200, json={"segment": {"id": 8, "name": "New"}}))
    result = app.segments.create(body={"segment": {"name": "New", "description": "d"}})
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/v1/segments")
    assert recorder.body() == {"segment": {"name": "New", "description": "d"}}
    assert result.segment.id == 8


def test_typed_body_passes_through():
    from customerio_app_api.models.update_snippets_body import UpdateSnippetsBody

    app, recorder = make(httpx.Response(200, json={"snippet": {"name": "s", "value": "v"}}))
    app.snippets.upsert(body=UpdateSnippetsBody(name="s", value="v"))
    assert (recorder.last.method, recorder.last.url.path, recorder.body()) == (
        "PUT",
        "/v1/snippets",
        {"name": "s", "value": "v"},
    )


def test_path_encoding_and_enum_from_string():
    app, recorder = make(httpx.Response(200, json={"customer": {"id": "a/b", "attributes": {}}}))
    app.customers.get_attributes("a/b", id_type="email")
    assert recorder.last.url.raw_path == b"/v1/customers/a%2Fb/attributes?id_type=email"


def test_datetime_query_parameter_becomes_unix_seconds():
    app, recorder = make(httpx.Response(200, json={"messages": []}))
    first = app.messages.list(start_ts=dt.datetime(2024, 1, 1, tzinfo=UTC)).first_page()
    assert recorder.last.url.params["start_ts"] == "1704067200"
    assert first.messages == []
    with pytest.raises(ValueError, match="timezone-aware"):
        app.messages.list(start_ts=dt.datetime(2024, 1, 1))


def test_delete_returns_none():
    app, recorder = make(httpx.Response(204))
    assert app.collections.delete(3) is None
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", "/v1/collections/3")


def test_errors_are_typed_and_name_the_operation():
    app, _ = make(httpx.Response(404, json={"errors": [{"detail": "no such message"}]}))
    with pytest.raises(errors.NotFoundError) as info:
        app.messages.get("m-1")
    assert info.value.path == "/v1/messages/{message_id}"
    assert info.value.operation_id == "getMessage"
    assert "no such message" in str(info.value)


def test_bad_arguments_name_the_method():
    app, recorder = make()
    with pytest.raises(TypeError, match=r"Segments\.get\(\)"):
        app.segments.get(1, nonsense=True)
    assert recorder.requests == []


# -- send and trigger ----------------------------------------------------------------------------


def test_send_email_body():
    from customerio_app_api.models.send_email_response_200 import SendEmailResponse200

    app, recorder = make(httpx.Response(200, json={"delivery_id": "dlv", "queued_at": 1700000000}))
    result = app.send.email(
        to=["a@x.io", "b@x.io"],
        identifiers={"id": "42"},
        transactional_message_id=12,
        from_="Support <s@x.io>",
        message_data={"name": "Ana"},
        send_at=dt.datetime(2024, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        headers={"X-Tag": "t"},
        attachments={"a.txt": b"hi", "b.txt": "aGk="},
        queue_draft=False,
        extra_body={"tracked": False},
    )
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/v1/send/email")
    assert recorder.body() == {
        "transactional_message_id": 12,
        "to": "a@x.io,b@x.io",
        "identifiers": {"id": "42"},
        "message_data": {"name": "Ana"},
        "from": "Support <s@x.io>",
        "send_at": 1704067200,
        "headers": '[{"name":"X-Tag","value":"t"}]',
        "attachments": {"a.txt": base64.b64encode(b"hi").decode(), "b.txt": "aGk="},
        "queue_draft": False,
        "tracked": False,
    }
    assert recorder.last.headers["content-type"] == "application/json"
    assert isinstance(result, SendEmailResponse200) and result.delivery_id == "dlv"


def test_send_email_without_template_and_validation():
    app, recorder = make()
    app.send.email(to="a@x.io", identifiers={"email": "a@x.io"}, from_="f@x.io", subject="Hi", body="<p>x</p>")
    assert recorder.body() == {
        "to": "a@x.io",
        "identifiers": {"email": "a@x.io"},
        "from": "f@x.io",
        "subject": "Hi",
        "body": "<p>x</p>",
    }
    with pytest.raises(ValueError, match="transactional_message_id"):
        app.send.email(to="a@x.io", identifiers={"id": "1"}, subject="Hi")
    with pytest.raises(ValueError, match="exactly one"):
        app.send.email(to="a@x.io", identifiers={"id": "1", "email": "a@x.io"}, transactional_message_id=1)
    with pytest.raises(ValueError, match="timezone-aware"):
        app.send.email(to="a", identifiers={"id": "1"}, transactional_message_id=1, send_at=dt.datetime(2030, 1, 1))
    with pytest.raises(ValueError, match="looks like milliseconds"):
        app.send.sms(to="+15551234567", identifiers={"id": "1"}, transactional_message_id=1, send_at=1_700_000_000_000)
    with pytest.raises(TypeError, match="send_at must be Unix seconds"):
        app.send.push(identifiers={"id": "1"}, transactional_message_id=1, send_at="tomorrow")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        app.send.email(to="a", identifiers={"id": "1"}, transactional_message_id=1, frm="x")
    assert len(recorder.requests) == 1


def test_send_sms_and_push_bodies():
    app, recorder = make()
    app.send.sms(
        to="+15551234567",
        identifiers={"cio_id": "c1"},
        transactional_message_id="code",
        from_="+1555",
        send_at=1700000000,
    )
    assert recorder.body() == {
        "transactional_message_id": "code",
        "to": "+15551234567",
        "identifiers": {"cio_id": "c1"},
        "from": "+1555",
        "send_at": 1700000000,
    }
    app.send.push(identifiers={"id": "1"}, transactional_message_id=4, title="T", custom_data={"k": "v"})
    assert recorder.body() == {
        "transactional_message_id": 4,
        "identifiers": {"id": "1"},
        "title": "T",
        "custom_data": {"k": "v"},
    }
    assert recorder.last.url.path == "/v1/send/push"


def test_send_is_not_retried_after_a_5xx_but_is_after_429():
    app, recorder = make(httpx.Response(503), max_retries=2)
    with pytest.raises(errors.InternalServerError):
        app.send.email(to="a@x.io", identifiers={"id": "1"}, transactional_message_id=1)
    assert len(recorder.requests) == 1
    app, recorder = make(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json={"delivery_id": "d"}), max_retries=2
    )
    assert app.send.email(to="a@x.io", identifiers={"id": "1"}, transactional_message_id=1).delivery_id == "d"
    assert len(recorder.requests) == 2
    assert recorder.requests[0].extensions["customerio"]["idempotent"] is False


def test_trigger_broadcast():
    from customerio_app_api.models.trigger_broadcast_response_200 import TriggerBroadcastResponse200

    app, recorder = make(httpx.Response(200, json={"id": 551}))
    result = app.broadcasts.trigger(5, ids=["1", 2], data={"headline": "Hi"}, id_ignore_missing=True)
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/v1/campaigns/5/triggers")
    assert recorder.body() == {"data": {"headline": "Hi"}, "ids": ["1", 2], "id_ignore_missing": True}
    assert isinstance(result, TriggerBroadcastResponse200) and result.id == 551
    app.broadcasts.trigger(5)
    assert recorder.body() == {}  # the default audience
    with pytest.raises(ValueError, match="at most one audience"):
        app.broadcasts.trigger(5, ids=["1"], emails=["a@x.io"])
    with pytest.raises(TypeError, match="broadcast_id"):
        app.broadcasts.trigger("5")
    assert inspect.signature(app.broadcasts.trigger).return_annotation == "TriggerBroadcastResponse200"


# -- async ---------------------------------------------------------------------------------------


async def test_async_calls():
    from customerio_app_api.models.get_segment_response_200 import GetSegmentResponse200

    app, recorder = make_async(
        httpx.Response(200, json={"segment": {"id": 7, "name": "VIPs"}}),
        httpx.Response(200, json={"delivery_id": "d"}),
        httpx.Response(200, json={"id": 3}),
        key="sa_live_t",
        workspace_id=9,
    )
    async with app:
        segment = await app.segments.get(7)
        sent = await app.send.email(to="a@x.io", identifiers={"id": "1"}, transactional_message_id=1, from_="f@x.io")
        trigger = await app.broadcasts.trigger(4, emails=["a@x.io"])
    assert isinstance(segment, GetSegmentResponse200) and segment.segment.id == 7
    assert sent.delivery_id == "d" and trigger.id == 3
    assert [(r.method, r.url.path, r.headers.get("x-workspace-id")) for r in recorder.requests] == [
        ("GET", "/v1/segments/7", None),
        ("POST", "/v1/send/email", "9"),
        ("POST", "/v1/campaigns/4/triggers", None),
    ]
    assert recorder.body(1)["from"] == "f@x.io"
    assert all(r.headers["authorization"] == "Bearer sa_live_t" for r in recorder.requests)


async def test_async_errors_and_delete():
    app, recorder = make_async(httpx.Response(204), httpx.Response(429, json={"meta": {"error": "slow down"}}))
    assert await app.reporting_webhooks.delete(12) is None
    with pytest.raises(errors.RateLimitError, match="slow down"):
        await app.workspaces.list()
    assert [r.url.path for r in recorder.requests] == ["/v1/reporting_webhooks/12", "/v1/workspaces"]

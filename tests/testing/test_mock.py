"""customerio_sdk.testing.MockServer: routing, validation, size limits, scripting, recording,
transports -- and proof that it is not a yes-machine."""

from __future__ import annotations

import asyncio
import base64
import gzip
import http.client
import importlib
import json
import socket
import time

import httpx
import pytest
from customerio_sdk.testing import MockServer
from customerio_sdk.testing._examples import ExampleGenerator
from customerio_sdk.testing._specs import MOUNTS, get_api

APP = {"Authorization": "Bearer app-secret-token"}
TRACK = ("site-id", "track-secret-key")
PIPELINES = ("pipelines-write-key", "")
SECRETS = ("app-secret-token", "track-secret-key", "pipelines-write-key")


@pytest.fixture(scope="module")
def mock():
    with MockServer() as server:
        yield server


@pytest.fixture
def m(mock):
    """The shared server, emptied before each test."""
    mock.reset()
    yield mock
    mock.reset()


@pytest.fixture
def client():
    with httpx.Client(timeout=10) as c:
        yield c


def raw_request(mock: MockServer, method: str, target: str, headers: dict | None = None, body: bytes = b""):
    """Send ``target`` byte for byte (httpx would normalise dot segments)."""
    conn = http.client.HTTPConnection("127.0.0.1", int(mock.base_url.rsplit(":", 1)[1]), timeout=10)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def only_violation(mock: MockServer):
    assert len(mock.violations) == 1, mock.violations
    return mock.violations[0]


# --- the shipped specs ---------------------------------------------------------------------------


def test_shipped_specs_equal_a_fresh_normalisation():
    mock_specs = pytest.importorskip("codegen.mock_specs", reason="needs the repository's build step")
    assert mock_specs.stale_mock_specs() == [], "run codegen.mock_specs.write_mock_specs() and commit the files"


def test_shipped_specs_are_deterministic_gzip():
    mock_specs = pytest.importorskip("codegen.mock_specs", reason="needs the repository's build step")
    for name in MOUNTS:
        data = (mock_specs.MOCK_SPECS_DIR / f"{name}.json.gz").read_bytes()
        assert data[4:8] == b"\0\0\0\0", "gzip mtime must be 0"
        spec = json.loads(gzip.decompress(data))
        assert mock_specs.render(spec) == mock_specs.render(json.loads(gzip.decompress(data)))
        assert spec["paths"], name


# --- routing on the raw path ---------------------------------------------------------------------


def test_each_api_is_served_under_its_own_base_path(m):
    assert m.app_url.endswith("/app") and m.track_url.endswith("/track")
    assert m.pipelines_url.endswith("/pipelines/v1")
    assert len({m.app_url, m.track_url, m.pipelines_url}) == 3


def test_percent_encoded_slash_stays_inside_the_segment(m, client):
    r = client.put(m.track_url + "/api/v1/customers/a%2Fb", auth=TRACK, json={"email": "a@example.com"})
    assert r.status_code == 200, r.text
    rec = m.requests[-1]
    assert (rec.operation_id, rec.path_template) == ("identify", "/api/v1/customers/{identifier}")
    assert rec.path == "/api/v1/customers/a%2Fb" and rec.path_params == {"identifier": "a/b"}
    assert m.violations == []


def test_encoded_dot_segments_are_identifiers(m):
    status, _ = raw_request(m, "PUT", "/track/api/v1/customers/%2E%2E", basic(*TRACK))
    assert status == 200
    assert m.requests[-1].path_params == {"identifier": ".."}


@pytest.mark.parametrize("segment", ["..", "."])
def test_unencoded_dot_segments_do_not_match_a_parameter(m, segment):
    status, body = raw_request(m, "PUT", f"/track/api/v1/customers/{segment}", basic(*TRACK))
    assert status == 404
    v = only_violation(m)
    assert (v.api, v.operation, v.kind) == ("track", None, "route")
    assert json.loads(body)["errors"][0]["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/segments/7/extra",  # one segment too many
        "/v1/segments/7/",  # trailing slash = an empty extra segment
        "/v1//segments/7",
        "/v1/segmentz/7",
        "/v2/segments/7",
    ],
)
def test_wrong_path_shape_is_a_404_violation(m, client, path):
    r = client.get(m.app_url + path, headers=APP)
    assert r.status_code == 404
    assert r.json() == {"errors": [{"detail": f"no app operation matches GET {path}"}]}
    assert only_violation(m).kind == "route"


def test_wrong_method_is_a_405_violation(m, client):
    r = client.patch(m.app_url + "/v1/segments/7", headers=APP)
    assert r.status_code == 405
    v = only_violation(m)
    assert v.kind == "method" and "DELETE" in v.messages[0] and "GET" in v.messages[0]


def test_unknown_base_path_is_a_404_violation(m, client):
    r = client.get(m.base_url + "/v1/segments/7", headers=APP)
    assert r.status_code == 404
    v = only_violation(m)
    assert v.api is None and "/pipelines/v1" in v.messages[0]


def test_concrete_path_wins_over_a_template(m, client):
    r = client.post(m.app_url + "/v1/customers/attributes", headers=APP, json={"ids": ["1"]})
    assert r.status_code == 200, r.text
    assert m.requests[-1].operation_id == "getPeopleById"


# --- validation: not a yes-machine --------------------------------------------------------------


def test_bad_enum_value_in_the_body(m, client):
    r = client.post(m.pipelines_url + "/track", auth=PIPELINES, json={"userId": "1", "event": "x", "type": "trak"})
    assert r.status_code == 400
    v = only_violation(m)
    assert (v.api, v.operation, v.kind, v.status) == ("pipelines", "track", "body", 400)
    assert "'trak' is not one of ['track']" in str(v)


def test_bad_enum_value_in_a_path_parameter(m, client):
    r = client.get(m.app_url + "/v1/esp/suppression/not-a-type", headers=APP)
    assert r.status_code == 400
    v = only_violation(m)
    assert v.kind == "parameters" and "suppression_type" in v.messages[0]


def test_bad_discriminator_value_names_the_allowed_actions(m, client):
    op = {"type": "person", "identifiers": {"id": "1"}, "action": "identfy", "attributes": {}}
    r = client.post(m.track_url + "/api/v2/batch", auth=TRACK, json={"batch": [op]})
    assert r.status_code == 400
    assert "body.batch[0].action: 'identfy' is not one of" in str(only_violation(m))


@pytest.mark.parametrize(
    ("api", "path", "body", "missing"),
    [
        ("pipelines", "/track", {"userId": "1", "type": "track"}, "'event' is a required property"),
        ("track", "/api/v1/customers/42/devices", {}, "'device' is a required property"),
        ("app", "/v1/send/email", {"transactional_message_id": 1, "identifiers": {"id": "1"}}, "'to'"),
    ],
)
def test_missing_required_field(m, client, api, path, body, missing):
    auth = {"app": {"headers": APP}, "track": {"auth": TRACK}, "pipelines": {"auth": PIPELINES}}[api]
    method = "PUT" if api == "track" else "POST"
    r = client.request(method, m.url_for(api) + path, json=body, **auth)
    assert r.status_code == 400, r.text
    v = only_violation(m)
    assert v.kind == "body" and missing in str(v)


def test_wrong_type_in_a_query_parameter(m, client):
    r = client.get(m.app_url + "/v1/messages", headers=APP, params={"limit": "many"})
    assert r.status_code == 400
    assert "query parameter 'limit'" in str(only_violation(m))


def test_body_that_is_not_json(m, client):
    r = client.post(
        m.pipelines_url + "/track", auth=PIPELINES, content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400
    assert only_violation(m).kind == "body"


@pytest.mark.parametrize(
    ("api", "path", "headers", "needle"),
    [
        ("app", "/v1/segments/7", basic(*TRACK), "Bearer"),  # Basic where Bearer is expected
        ("app", "/v1/segments/7", {}, "no Authorization header"),
        ("track", "/api/v1/accounts/region", APP, "Basic"),  # Bearer where Basic is expected
        ("track", "/api/v1/accounts/region", basic("site-id", ""), "API key as the Basic password"),
        ("pipelines", "/identify", basic("pipelines-write-key", "oops"), "EMPTY password"),
        ("pipelines", "/identify", {"Authorization": "Basic %%%"}, "not base64"),
        ("pipelines", "/identify", {}, "no Authorization header"),
    ],
)
def test_wrong_or_missing_credentials_are_401(m, client, api, path, headers, needle):
    method = "GET" if api != "pipelines" else "POST"
    body = {"userId": "1", "type": "identify"} if api == "pipelines" else None
    r = client.request(method, m.url_for(api) + path, headers=headers, json=body)
    assert r.status_code == 401, r.text
    v = only_violation(m)
    assert v.kind == "security" and needle in str(v)
    assert needle in r.json()["errors"][0]["detail"]


def test_operations_without_security_need_no_credentials(m, client):
    assert client.get(m.app_url + "/v1/info/ip_addresses").status_code == 200
    assert client.post(
        m.track_url + "/api/v1/metrics", json={"delivery_id": "d", "metric": "opened", "timestamp": 1}
    ).is_success
    assert m.violations == []


def test_strict_mode_accepts_requests_whose_union_alternatives_overlap():
    """strict=True is openapi-core's exact semantics. The normalisation turns a oneOf whose
    alternatives overlap into anyOf (a Track identifier matches 'id', 'email' and 'cio_id' at once;
    a Pipelines call may carry userId and anonymousId) and the Pipelines overlay drops readOnly
    from the call type, so real requests pass; a value that fits no alternative still fails."""
    with MockServer(strict=True) as strict, httpx.Client() as c:
        r = c.put(strict.track_url + "/api/v1/customers/42", auth=TRACK, json={"email": "a@example.com"})
        assert r.status_code == 200, r.text
        body = {"userId": "42", "anonymousId": "a-1", "event": "Signed Up", "type": "track"}
        r = c.post(strict.pipelines_url + "/track", auth=PIPELINES, json=body)
        assert r.status_code == 200, r.text
        assert strict.violations == []
        r = c.post(strict.pipelines_url + "/track", auth=PIPELINES, json={"event": "x", "type": "track"})
        assert r.status_code == 400
        assert "alternatives" in str(only_violation(strict))


def test_strict_is_the_default_and_strict_false_is_the_escape_hatch():
    assert MockServer().strict is True
    # Pipelines' receivedAt is really read-only: strict refuses it, the escape hatch accepts it.
    body = {"userId": "42", "event": "x", "type": "track", "receivedAt": "2024-01-15T10:30:00Z"}
    for strict, status in ((True, 400), (False, 200)):
        with MockServer(strict=strict) as mock, httpx.Client() as c:
            assert c.post(mock.pipelines_url + "/track", auth=PIPELINES, json=body).status_code == status


# --- valid requests: 2xx with a body the generated models parse -------------------------------


def _parse_with_generated_model(api: str, operation_id: str, response: httpx.Response):
    package = f"customerio_{api}_api"
    _, _, module = importlib.import_module(f"{package}._operations").OPERATIONS[operation_id]
    generated = importlib.import_module(f"{package}.{module}")
    raw_client = importlib.import_module(f"{package}.client").Client(
        base_url="http://mock", raise_on_unexpected_status=True
    )
    return generated._parse_response(client=raw_client, response=response)


def test_valid_app_requests_get_documented_models(m, client):
    from customerio_app_api.models.get_segment_response_200 import GetSegmentResponse200

    r = client.get(m.app_url + "/v1/segments/7", headers=APP)
    assert r.status_code == 200
    segment = GetSegmentResponse200.from_dict(r.json())
    assert segment.segment.id == 7
    r = client.post(
        m.app_url + "/v1/send/email",
        headers=APP,
        json={"transactional_message_id": 3, "to": "a@example.com", "identifiers": {"id": "42"}},
    )
    assert r.status_code == 200, r.text
    assert _parse_with_generated_model("app", "sendEmail", r) is not None
    r = client.get(m.app_url + "/v1/messages", headers=APP, params={"limit": 10, "metric": "sent"})
    assert r.status_code == 200, r.text
    assert _parse_with_generated_model("app", "listMessages", r) is not None
    assert m.violations == []


def test_valid_track_requests(m, client):
    assert (
        client.put(m.track_url + "/api/v1/customers/42", auth=TRACK, json={"email": "a@example.com"}).status_code == 200
    )
    op = {"type": "person", "identifiers": {"id": "42"}, "action": "event", "name": "purchased", "attributes": {}}
    assert client.post(m.track_url + "/api/v2/batch", auth=TRACK, json={"batch": [op]}).status_code == 200
    r = client.get(m.track_url + "/api/v1/accounts/region", auth=TRACK)
    assert r.status_code == 200
    assert _parse_with_generated_model("track", "getRegion", r) is not None
    assert m.violations == []


def test_valid_pipelines_requests(m, client):
    calls = {
        "/identify": {"userId": "42", "type": "identify", "traits": {"email": "a@example.com"}},
        "/track": {"userId": "42", "anonymousId": "a-1", "event": "Signed Up", "type": "track"},
        "/batch": {"batch": [{"type": "track", "userId": "42", "event": "x"}]},
    }
    for path, body in calls.items():
        r = client.post(m.pipelines_url + path, auth=PIPELINES, json=body)
        assert r.status_code == 200, (path, r.text)
    assert m.violations == []


def _minimal_request(api_name: str, op):
    """A request built from the spec alone: parameters and the required part of the body."""
    api = get_api(api_name)
    gen = ExampleGenerator(api.spec, for_request=True)
    raw = api.spec["paths"][op.template]
    path, query, body = op.template, {}, None
    for param in raw[op.method.lower()].get("parameters", []) + raw.get("parameters", []):
        param = gen.resolve(param["$ref"]) if "$ref" in param else param
        value = gen.example(param.get("schema", {}))
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(value))
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = value
    request_body = raw[op.method.lower()].get("requestBody")
    if request_body:
        media = request_body["content"]["application/json"]
        body = gen.example(media.get("schema", {}), full=False)
    return path, query, body


# Every operation, including App getPersonAttributes and getPeopleById, whose customer.timestamps
# declares a *property* named "additionalProperties": the model template names its attribute
# additional_properties_ so it no longer clashes with the model's additional_properties store.
ALL_OPERATIONS = [
    pytest.param(name, op_id, id=f"{name}:{op_id}") for name in MOUNTS for op_id in get_api(name).operations
]


@pytest.mark.parametrize(("api_name", "operation_id"), ALL_OPERATIONS)
def test_every_operation_answers_what_the_generated_client_parses(api_name, operation_id):
    mock = MockServer()
    op = get_api(api_name).operations[operation_id]
    path, query, body = _minimal_request(api_name, op)
    auth = {"app": APP, "track": basic(*TRACK), "pipelines": basic(*PIPELINES)}[api_name]
    with httpx.Client(transport=mock.transport(), base_url=mock.url_for(api_name)) as c:
        r = c.request(op.method, path, params=query, headers=auth, json=body)
    assert 200 <= r.status_code < 300, (r.status_code, r.text)
    assert mock.violations == []
    assert mock.requests[-1].operation_id == operation_id
    _parse_with_generated_model(api_name, operation_id, r)  # raises if the body does not fit


def test_every_default_response_satisfies_its_schema():
    for name in MOUNTS:
        api = get_api(name)
        bad = [op.operation_id for op in api.operations.values() if api.response(op).invalid_reason]
        assert bad == [], name


# --- size limits -------------------------------------------------------------------------------


def _person_event(size: int) -> dict:
    op = {"type": "person", "identifiers": {"id": "42"}, "action": "event", "name": "big", "attributes": {"x": ""}}
    op["attributes"]["x"] = "y" * (size - len(json.dumps(op, separators=(",", ":"))))
    return op


def test_track_batch_over_500kb_is_refused(m, client):
    batch = [_person_event(20_000) for _ in range(26)]
    r = client.post(m.track_url + "/api/v2/batch", auth=TRACK, json={"batch": batch})
    assert r.status_code == 413
    v = only_violation(m)
    assert v.kind == "size" and "500000" in str(v)


def test_track_batch_operation_over_32kb_is_a_207_entry(m, client):
    batch = [_person_event(1_000), _person_event(32_001)]
    r = client.post(m.track_url + "/api/v2/batch", auth=TRACK, json={"batch": batch})
    assert r.status_code == 207
    assert [e["batch_index"] for e in r.json()["errors"]] == [1]
    assert "batch[1]" in str(only_violation(m))


def test_track_batch_at_the_limits_is_fine(m, client):
    r = client.post(m.track_url + "/api/v2/batch", auth=TRACK, json={"batch": [_person_event(32_000)]})
    assert r.status_code == 200
    assert m.violations == []


def test_track_entity_over_32kb_is_refused(m, client):
    r = client.post(m.track_url + "/api/v2/entity", auth=TRACK, json=_person_event(33_000))
    assert r.status_code == 413
    assert only_violation(m).kind == "size"


def test_pipelines_oversize_calls_are_answered_200_but_are_violations(m, client):
    big = {"userId": "42", "event": "big", "type": "track", "properties": {"x": "y" * 33_000}}
    r = client.post(m.pipelines_url + "/track", auth=PIPELINES, json=big)
    assert r.status_code == 200
    assert "silently dropped" in str(only_violation(m))
    m.violations.clear()
    r = client.post(m.pipelines_url + "/batch", auth=PIPELINES, json={"batch": [big]})
    assert r.status_code == 200
    assert "batch[0]" in str(only_violation(m))


# --- scripting -----------------------------------------------------------------------------------


def test_script_status_headers_and_times(m, client):
    m.script("getSegment", status=429, headers={"Retry-After": "1"}, times=2)
    statuses = [client.get(m.app_url + "/v1/segments/7", headers=APP) for _ in range(3)]
    assert [r.status_code for r in statuses] == [429, 429, 200]
    assert statuses[0].headers["Retry-After"] == "1"
    assert statuses[0].json()["errors"]
    assert [r.status for r in m.requests] == [429, 429, 200]
    assert m.violations == []


def test_script_body_forever_and_queueing(m, client):
    m.script("listSegments", body={"segments": []}, times=1)
    m.script("listSegments", status=500, body="down", times=None)
    r1, r2, r3 = (client.get(m.app_url + "/v1/segments", headers=APP) for _ in range(3))
    assert (r1.status_code, r1.json()) == (200, {"segments": []})
    assert (r2.status_code, r2.text, r3.status_code) == (500, "down", 500)


def test_script_needs_a_known_unambiguous_operation(m):
    with pytest.raises(ValueError, match="no operation 'getsegment'"):
        m.script("getsegment", status=500)
    with pytest.raises(ValueError, match="exists in track and pipelines"):
        m.script("identify", status=500)
    m.script("identify", status=500, api="pipelines")
    with pytest.raises(ValueError, match="times"):
        m.script("getSegment", times=0)


def test_scripted_invalid_request_is_still_a_violation(m, client):
    m.script("getSegment", status=200)
    r = client.get(m.app_url + "/v1/segments/7")  # no credentials
    assert r.status_code == 200
    assert only_violation(m).kind == "security"


def test_script_delay_sleeps_server_side(m, client):
    m.script("getSegment", delay=0.3)
    start = time.monotonic()
    r = client.get(m.app_url + "/v1/segments/7", headers=APP)
    assert r.status_code == 200 and time.monotonic() - start >= 0.3


def test_script_drop_closes_the_connection_without_answering(m, client):
    m.script("getSegment", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(m.app_url + "/v1/segments/7", headers=APP)
    assert m.requests[-1].status is None
    assert client.get(m.app_url + "/v1/segments/7", headers=APP).status_code == 200


# --- recording -----------------------------------------------------------------------------------


def test_requests_are_recorded_with_masked_credentials(m, client):
    client.get(m.app_url + "/v1/segments/7", headers=APP, params={"x": "1"})
    client.put(m.track_url + "/api/v1/customers/42", auth=TRACK, json={"email": "a@example.com"})
    client.post(m.pipelines_url + "/identify", auth=PIPELINES, json={"userId": "1", "type": "identify"})
    client.get(m.app_url + "/v1/segments/7", headers={"Authorization": "app-secret-token"})  # no scheme: 401
    app, track, pipelines, bad = m.requests
    assert (app.method, app.api, app.operation_id, app.path_template) == (
        "GET",
        "app",
        "getSegment",
        "/v1/segments/{segment_id}",
    )
    assert (app.path, app.query, app.target) == ("/v1/segments/7", "x=1", "/app/v1/segments/7?x=1")
    assert app.headers["authorization"] == "Bearer ****"
    assert track.headers["authorization"] == pipelines.headers["authorization"] == "Basic ****"
    assert bad.headers["authorization"] == "****"
    assert [v.kind for v in m.violations] == ["security"]
    assert track.json == {"email": "a@example.com"}
    text = repr(m.requests) + repr(m.violations) + "".join(map(str, m.violations))
    for secret in SECRETS + (base64.b64encode(b"site-id:track-secret-key").decode(),):
        assert secret not in text


def test_assert_no_violations_lists_them(m, client):
    m.assert_no_violations()
    client.get(m.app_url + "/v1/nope", headers=APP)
    with pytest.raises(AssertionError, match="1 request"):
        m.assert_no_violations()


# --- in-process transport ----------------------------------------------------------------------


def test_transport_sync_without_sockets():
    mock = MockServer()  # never started
    assert mock.app_url == "http://customerio-mock.invalid/app"
    with httpx.Client(transport=mock.transport(), base_url=mock.app_url) as c:
        assert c.get("/v1/segments/7", headers=APP).status_code == 200
        mock.script("getSegment", drop=True)
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/v1/segments/7", headers=APP)
        assert c.get("/v1/segments/x", headers=APP).status_code == 400
    assert [v.kind for v in mock.violations] == ["parameters"]


async def test_transport_async():
    mock = MockServer()
    mock.script("getSegment", status=503, delay=0.05)
    async with httpx.AsyncClient(transport=mock.transport(), base_url=mock.app_url) as c:
        first, second = await asyncio.gather(c.get("/v1/segments/7", headers=APP), c.get("/v1/segments/8", headers=APP))
        assert sorted([first.status_code, second.status_code]) == [200, 503]
        r = await c.post("/v1/segments", headers=APP, json={"segment": {"name": "VIPs"}})
        assert r.status_code == 200, r.text
    assert mock.violations == []


# --- lifecycle and speed ---------------------------------------------------------------------------


def test_start_stop_releases_the_port():
    with MockServer() as mock:
        port = int(mock.base_url.rsplit(":", 1)[1])
        with MockServer() as other:
            assert other.base_url != mock.base_url
    assert mock.base_url == "http://customerio-mock.invalid"
    with socket.socket() as s, pytest.raises(OSError):
        s.settimeout(1)
        s.connect(("127.0.0.1", port))


def test_validation_is_fast_enough_for_a_contract_suite(m, client):
    body = {"userId": "42", "event": "Signed Up", "type": "track", "properties": {"plan": "pro"}}
    start = time.perf_counter()
    for i in range(100):
        client.post(m.pipelines_url + "/track", auth=PIPELINES, json=body)
        client.get(m.app_url + f"/v1/segments/{i}", headers=APP)
        client.put(m.track_url + f"/api/v1/customers/{i}", auth=TRACK, json={"email": "a@example.com"})
    per_request = (time.perf_counter() - start) / 300
    assert m.violations == []
    assert per_request < 0.05, f"{per_request * 1000:.1f} ms per request"


# -- paginated operations end ---------------------------------------------------------------------


def test_default_answers_of_cursor_paginated_operations_are_schema_valid_last_pages():
    """Every App operation taking a string ``start`` cursor answers a last page (``next`` empty
    or absent) that satisfies its response schema, so a client iterating it stops."""
    from customerio_sdk._core.pagination import APP_PAGINATED

    api = get_api("app")
    cursor_ops = [op for op in api.operations.values() if api._takes_cursor(op)]
    assert {op.operation_id for op in cursor_ops} == {
        op_id for op_id, p in APP_PAGINATED.items() if p.style == "cursor"
    }
    for op in cursor_ops:
        response = api.response(op)
        assert response.invalid_reason is None, (op.operation_id, response.invalid_reason)
        assert not json.loads(response.body).get("next"), op.operation_id


def test_iterating_a_paginated_method_against_the_mock_ends():
    from customerio_sdk import AppClient

    with MockServer() as mock, AppClient("key", base_url=mock.url_for("app")) as app:
        messages = list(app.messages.list())
        pages = list(app.customers.list_messages("42").pages())
    assert len(messages) >= 1 and len(pages) == 1
    assert mock.violations == []

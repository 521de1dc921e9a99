from __future__ import annotations

import hashlib
import hmac
import json
import sys
import types
from datetime import datetime, timezone

import httpx
import pytest
from customerio_sdk import webhooks
from customerio_sdk.errors import ConfigurationError, CustomerIOError, WebhookVerificationError
from customerio_sdk.webhooks import WebhookPayloadError, parse, sign, verify, verify_request

KEY = "whsec-super-secret-signing-key-0123456789"
NOW = 1_700_000_000
TS = str(NOW)

# A realistic email `sent` event, as documented for Customer.io reporting webhooks.
EMAIL_SENT = {
    "data": {
        "action_id": 96,
        "campaign_id": 5,
        "customer_id": "42",
        "delivery_id": "ZAIAAVTJVG0QcCok0-0ZKj6yiQ==",
        "identifiers": {"id": "42", "email": "test@example.com", "cio_id": "d9c106000001"},
        "journey_id": "01GW20GXAAXBKZD8J96M8FNV3R",
        "recipient": "test@example.com",
        "subject": "Welcome aboard",
    },
    "event_id": "01E4C4CT6YDC7Y5M7FE1GWWPQJ",
    "metric": "sent",
    "object_type": "email",
    "timestamp": 1613063089,
}
BODY = json.dumps(EMAIL_SENT).encode()


def signed(body: bytes = BODY, ts: str | int = TS, key: str = KEY) -> str:
    return hmac.new(key.encode(), b"v0:" + str(ts).encode() + b":" + body, hashlib.sha256).hexdigest()


def test_sign_matches_documented_scheme():
    assert sign(BODY, TS, KEY) == signed()
    assert sign(BODY, NOW, KEY) == signed()


def test_valid_signature_passes():
    assert verify(BODY, TS, signed(), KEY, now=NOW) is None


def test_integer_timestamp_accepted():
    verify(BODY, NOW, signed(), KEY, now=NOW)


def test_uppercase_hex_accepted():
    verify(BODY, TS, signed().upper(), KEY, now=NOW)


def test_surrounding_whitespace_in_headers_tolerated():
    verify(BODY, f" {TS} ", f" {signed()}\t", KEY, now=NOW)


def test_tampered_body_rejected():
    tampered = BODY.replace(b'"sent"', b'"spammed"')
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(tampered, TS, signed(), KEY, now=NOW)


def test_tampered_signature_rejected():
    sig = signed()
    flipped = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(BODY, TS, flipped, KEY, now=NOW)


def test_tampered_timestamp_rejected():
    # The timestamp is part of the signed message, so moving it (to dodge the replay check) fails.
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(BODY, str(NOW + 1), signed(), KEY, now=NOW)


def test_wrong_key_rejected():
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(BODY, TS, signed(key="another-key"), KEY, now=NOW)


@pytest.mark.parametrize(
    ("ts", "words"),
    [(NOW - 301, "301 s old"), (NOW - 86_400, "86400 s old"), (NOW + 301, "301 s in the future")],
)
def test_stale_or_future_timestamp_rejected(ts, words):
    with pytest.raises(WebhookVerificationError, match="tolerance 300 s") as info:
        verify(BODY, ts, signed(ts=ts), KEY, now=NOW)
    assert words in str(info.value)


def test_timestamp_at_tolerance_edge_accepted():
    verify(BODY, NOW - 300, signed(ts=NOW - 300), KEY, now=NOW)
    verify(BODY, NOW + 300, signed(ts=NOW + 300), KEY, now=NOW)


def test_custom_and_disabled_tolerance():
    old = NOW - 1000
    with pytest.raises(WebhookVerificationError):
        verify(BODY, old, signed(ts=old), KEY, now=NOW, tolerance=999)
    verify(BODY, old, signed(ts=old), KEY, now=NOW, tolerance=1000)
    verify(BODY, old, signed(ts=old), KEY, now=NOW, tolerance=None)


def test_now_defaults_to_wall_clock(monkeypatch):
    monkeypatch.setattr(webhooks.time, "time", lambda: NOW + 10)
    verify(BODY, TS, signed(), KEY)
    monkeypatch.setattr(webhooks.time, "time", lambda: NOW + 1000)
    with pytest.raises(WebhookVerificationError, match="old"):
        verify(BODY, TS, signed(), KEY)


@pytest.mark.parametrize(
    ("ts", "sig", "message"),
    [
        ("", "SIG", "missing X-CIO-Timestamp"),
        (None, "SIG", "missing X-CIO-Timestamp"),
        ("   ", "SIG", "missing X-CIO-Timestamp"),
        (TS, "", "missing X-CIO-Signature"),
        (TS, None, "missing X-CIO-Signature"),
        ("17e8", "SIG", "not an integer"),
        ("-1700000000", "SIG", "not an integer"),
        ("1700000000.5", "SIG", "not an integer"),
        ("yesterday", "SIG", "not an integer"),
        ("١٧٠٠٠٠٠٠٠٠", "SIG", "not an integer"),
        ("9" * 400, "SIG", "not an integer"),
        (True, "SIG", "integer number"),
        (TS, "z" * 64, "not a hex HMAC-SHA256 digest"),
        (TS, "abcdef", "got 6"),
        (TS, "a" * 65, "got 65"),
        (TS, "sha256=" + "a" * 64, "not a hex"),
    ],
)
def test_malformed_headers_rejected(ts, sig, message):
    sig = signed() if sig == "SIG" else sig
    with pytest.raises(WebhookVerificationError, match=message):
        verify(BODY, ts, sig, KEY, now=NOW)


def test_str_body_is_refused():
    with pytest.raises(TypeError, match="raw request bytes"):
        verify(BODY.decode(), TS, signed(), KEY, now=NOW)


def test_bytearray_and_memoryview_bodies_accepted():
    verify(bytearray(BODY), TS, signed(), KEY, now=NOW)
    verify(memoryview(BODY), TS, signed(), KEY, now=NOW)


def test_empty_signing_key_is_a_configuration_error():
    with pytest.raises(ConfigurationError):
        verify(BODY, TS, signed(), "", now=NOW)


def test_verify_request_reads_headers_case_insensitively():
    for headers in (
        {"x-cio-timestamp": TS, "X-Cio-Signature": signed()},
        {"X-CIO-TIMESTAMP": TS, "x-CIO-signature": signed(), "Content-Type": "application/json"},
        httpx.Headers({"X-CIO-Timestamp": TS, "X-CIO-Signature": signed()}),
    ):
        verify_request(headers, BODY, KEY, now=NOW)


def test_verify_request_missing_headers():
    with pytest.raises(WebhookVerificationError, match="missing X-CIO-Signature"):
        verify_request({"X-CIO-Timestamp": TS}, BODY, KEY, now=NOW)
    with pytest.raises(WebhookVerificationError, match="missing X-CIO-Timestamp"):
        verify_request({"X-CIO-Signature": signed()}, BODY, KEY, now=NOW)


def test_verify_request_conflicting_repeated_header():
    pairs = [("X-CIO-Timestamp", TS), ("X-CIO-Signature", signed()), ("x-cio-signature", "0" * 64)]
    with pytest.raises(WebhookVerificationError, match="more than one X-CIO-Signature"):
        verify_request(httpx.Headers(pairs), BODY, KEY, now=NOW)

    class MultiDict(dict):  # the werkzeug/starlette shape: items() yields every pair
        def items(self):
            return pairs

    with pytest.raises(WebhookVerificationError, match="more than one X-CIO-Signature"):
        verify_request(MultiDict(), BODY, KEY, now=NOW)


def test_verify_request_repeated_identical_header_is_fine():
    pairs = [("X-CIO-Timestamp", TS), ("X-CIO-Signature", signed()), ("x-cio-signature", signed())]
    verify_request(httpx.Headers(pairs), BODY, KEY, now=NOW)


def test_verify_request_tampered_body():
    with pytest.raises(WebhookVerificationError):
        verify_request({"x-cio-timestamp": TS, "x-cio-signature": signed()}, BODY + b" ", KEY, now=NOW)


def _every_verification_failure() -> list[BaseException]:
    sig = signed()
    cases = [
        lambda: verify(BODY + b"x", TS, sig, KEY, now=NOW),
        lambda: verify(BODY, TS, signed(key="other"), KEY, now=NOW),
        lambda: verify(BODY, NOW - 9999, signed(ts=NOW - 9999), KEY, now=NOW),
        lambda: verify(BODY, NOW + 9999, signed(ts=NOW + 9999), KEY, now=NOW),
        lambda: verify(BODY, "", sig, KEY, now=NOW),
        lambda: verify(BODY, "abc", sig, KEY, now=NOW),
        lambda: verify(BODY, TS, "", KEY, now=NOW),
        lambda: verify(BODY, TS, KEY, KEY, now=NOW),  # someone pastes the key as the signature
        lambda: verify(BODY, TS, "g" * 64, KEY, now=NOW),
        lambda: verify_request({"X-CIO-Timestamp": TS}, BODY, KEY, now=NOW),
    ]
    raised = []
    for case in cases:
        with pytest.raises(WebhookVerificationError) as info:
            case()
        raised.append(info.value)
    return raised


def test_signing_key_never_appears_in_exception_text():
    for exc in _every_verification_failure():
        chain = [exc, exc.__cause__, exc.__context__]
        for item in filter(None, chain):
            for text in (str(item), repr(item), *map(str, item.args)):
                assert KEY not in text
                assert KEY.encode().hex() not in text
                assert signed() not in text  # nor the expected digest, which would help forge a reply


def test_parse_email_sent_event():
    event = parse(BODY)
    assert event.event_id == "01E4C4CT6YDC7Y5M7FE1GWWPQJ"
    assert event.object_type == "email"
    assert event.metric == "sent"
    assert event.timestamp == datetime(2021, 2, 11, 17, 4, 49, tzinfo=timezone.utc)
    assert event.timestamp.tzinfo is timezone.utc
    assert event.data["delivery_id"] == "ZAIAAVTJVG0QcCok0-0ZKj6yiQ=="
    assert event.data["identifiers"]["id"] == "42"
    assert event.raw == EMAIL_SENT
    # The typed view exists only once the App package is generated with a model of that name.
    cls = webhooks.model_class("email", "sent")
    assert event.model is None if cls is None else isinstance(event.model, cls)


def test_parse_accepts_str_and_mapping():
    assert parse(BODY.decode()).event_id == parse(EMAIL_SENT).event_id


def test_parse_missing_data_becomes_empty():
    payload = {k: v for k, v in EMAIL_SENT.items() if k != "data"}
    assert parse(json.dumps(payload).encode()).data == {}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "JSON list, not an object"),
        (json.dumps({**EMAIL_SENT, "event_id": None}).encode(), "'event_id'"),
        (json.dumps({k: v for k, v in EMAIL_SENT.items() if k != "metric"}).encode(), "'metric'"),
        (json.dumps({k: v for k, v in EMAIL_SENT.items() if k != "object_type"}).encode(), "'object_type'"),
        (json.dumps({**EMAIL_SENT, "timestamp": "yesterday"}).encode(), "'timestamp'"),
        (json.dumps({**EMAIL_SENT, "timestamp": True}).encode(), "'timestamp'"),
        (json.dumps({**EMAIL_SENT, "timestamp": 10**20}).encode(), "out of range"),
        (json.dumps({**EMAIL_SENT, "data": [1]}).encode(), "'data' is not an object"),
    ],
)
def test_parse_malformed_payloads(body, message):
    with pytest.raises(WebhookPayloadError, match=message) as info:
        parse(body)
    assert isinstance(info.value, CustomerIOError)
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, WebhookVerificationError)


def test_model_class_name_mapping(monkeypatch):
    class EmailSent:
        def __init__(self, raw):
            self.raw = raw

        @classmethod
        def from_dict(cls, raw):
            return cls(raw)

    class InAppOpened:
        pass

    fake = types.ModuleType("customerio_app_api.models")
    fake.EmailSent = EmailSent
    fake.InAppOpened = InAppOpened
    fake.SmsSent = "not a class"
    monkeypatch.setitem(sys.modules, "customerio_app_api.models", fake)

    assert webhooks.model_class("email", "sent") is EmailSent
    assert webhooks.model_class("in_app", "opened") is InAppOpened
    assert webhooks.model_class("sms", "sent") is None
    assert webhooks.model_class("push", "bounced") is None

    event = parse(BODY)
    assert isinstance(event.model, EmailSent)
    assert event.model.raw == EMAIL_SENT
    assert event.model is event.model  # resolved once


def test_model_that_rejects_payload_raises_payload_error(monkeypatch):
    class EmailSent:
        @classmethod
        def from_dict(cls, raw):
            raise KeyError("recipient")

    fake = types.ModuleType("customerio_app_api.models")
    fake.EmailSent = EmailSent
    monkeypatch.setitem(sys.modules, "customerio_app_api.models", fake)
    with pytest.raises(WebhookPayloadError, match="EmailSent"):
        _ = parse(BODY).model


def test_model_class_without_generated_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "customerio_app_api.models", None)  # import raises ImportError
    assert webhooks.model_class("email", "sent") is None
    assert parse(BODY).model is None


@pytest.mark.parametrize(
    ("object_type", "metric", "name", "undocumented"),
    [
        ("email", "spammed", "Spammed", "sms"),
        ("in_app", "undeliverable", "Undeliverable", "sms"),
        # sms/unsubscribed is documented (the customer's subscription events cover every channel).
        ("email", "unsubscribed", "Unsubscribed", "carrier_pigeon"),
    ],
)
def test_model_class_finds_models_named_after_a_title(object_type, metric, name, undocumented):
    """The generator named these after the schema title; the model's own enums confirm the pair."""
    models = pytest.importorskip("customerio_app_api.models")
    assert webhooks.model_class(object_type, metric) is getattr(models, name)
    assert webhooks.model_class(undocumented, metric) is None  # the enums do not admit that object type


def _documented_webhook_pairs() -> set[tuple[str, str]]:
    """(object_type, metric) of every reporting-webhook payload in the pinned App spec."""
    import json
    from pathlib import Path

    spec = json.loads((Path(__file__).parents[2] / "specs" / "journeys-app.json").read_text(encoding="utf-8"))
    root = spec["x-webhooks"]["reportingWebhook"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    pairs: set[tuple[str, str]] = set()

    def pinned(schema: dict, name: str) -> list[str]:
        values: list[str] = []
        for part in [schema, *schema.get("allOf", [])]:
            prop = part.get("properties", {}).get(name)
            if isinstance(prop, dict):  # a one-value enum, or the same as OpenAPI 3.1 writes it: const
                values.extend(prop.get("enum") or ([prop["const"]] if "const" in prop else []))
        return values

    def walk(schema: dict) -> None:
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            for member in members:
                walk(member)
            return
        pairs.update((o, m) for o in pinned(schema, "object_type") for m in pinned(schema, "metric"))

    walk(root)
    return pairs


def test_every_documented_webhook_payload_has_a_typed_model():
    pairs = _documented_webhook_pairs()
    assert len(pairs) > 50
    missing = sorted(pair for pair in pairs if webhooks.model_class(*pair) is None)
    assert missing == [], f"{len(missing)} of {len(pairs)} pairs have no model: {missing}"

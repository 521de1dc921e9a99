"""Verify and parse Customer.io reporting webhooks.

Customer.io signs each reporting webhook with the workspace's webhook signing key::

    X-CIO-Timestamp: 1613063089
    X-CIO-Signature: hex(HMAC-SHA256(signing_key, b"v0:" + timestamp + b":" + body))

Typical use in a web handler (the body must be the raw bytes received, before any JSON decoding)::

    from customerio_sdk import webhooks

    webhooks.verify_request(request.headers, raw_body, signing_key)
    event = webhooks.parse(raw_body)
    if event.object_type == "email" and event.metric == "bounced":
        ...

Every verification failure raises :class:`~customerio_sdk.errors.WebhookVerificationError`; a correctly
signed body that is not a reporting event raises :class:`WebhookPayloadError`. Neither ever carries the
signing key, the body or the received signature in its message.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib
import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .errors import ConfigurationError, CustomerIOError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "ReportingWebhookEvent",
    "WebhookPayloadError",
    "model_class",
    "parse",
    "sign",
    "verify",
    "verify_request",
]

TIMESTAMP_HEADER = "X-CIO-Timestamp"
SIGNATURE_HEADER = "X-CIO-Signature"
# Five minutes, the window most webhook signers (Stripe, Slack) use: long enough for clock skew and
# Customer.io's own retries to be re-signed, short enough to make captured requests useless later.
DEFAULT_TOLERANCE = 300

# Unix seconds. Bounded length so a hostile header cannot make us parse a huge integer; ASCII only
# because str.isdigit() would also accept e.g. Arabic-Indic digits, which the signer never sends.
_TIMESTAMP_RE = re.compile(r"[0-9]{1,15}")
_SIGNATURE_RE = re.compile(r"[0-9a-fA-F]{64}")


class WebhookPayloadError(CustomerIOError, ValueError):
    """A (correctly signed) webhook body is not a reporting webhook event: not JSON, not an object,
    or missing ``event_id`` / ``object_type`` / ``metric`` / ``timestamp``."""


def _key_bytes(signing_key: str | bytes) -> bytes:
    if isinstance(signing_key, str):
        signing_key = signing_key.encode("utf-8")
    if not isinstance(signing_key, (bytes, bytearray)) or not signing_key:
        # A ConfigurationError, not a verification failure: every request would fail, and the fix
        # is on our side, not the sender's.
        raise ConfigurationError("webhook signing key is empty or not a string")
    return bytes(signing_key)


def _body_bytes(body: bytes) -> bytes:
    if isinstance(body, str):
        # Re-encoding a decoded body rarely reproduces the exact bytes that were signed (charset,
        # newlines, JSON re-serialisation), so insist on what came off the wire.
        raise TypeError("webhook body must be the raw request bytes, not str")
    if isinstance(body, (bytearray, memoryview)):
        return bytes(body)
    if not isinstance(body, bytes):
        raise TypeError(f"webhook body must be bytes, not {type(body).__name__}")
    return body


def _timestamp_text(timestamp: str | int | None) -> str:
    if timestamp is None or timestamp == "":
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    if isinstance(timestamp, bool):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} must be an integer number of seconds")
    if isinstance(timestamp, int):
        timestamp = str(timestamp)
    if isinstance(timestamp, bytes):
        timestamp = timestamp.decode("ascii", "replace")
    if not isinstance(timestamp, str):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} must be an integer number of seconds")
    text = timestamp.strip()
    if not text:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    if not _TIMESTAMP_RE.fullmatch(text):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not an integer number of unix seconds")
    return text


def _signature_text(signature: str | None) -> str:
    if isinstance(signature, bytes):
        signature = signature.decode("ascii", "replace")
    if signature is None or not isinstance(signature, str) or not signature.strip():
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    text = signature.strip()
    if not _SIGNATURE_RE.fullmatch(text):
        # Deliberately does not echo the value: it is attacker-controlled and may be huge.
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} is not a hex HMAC-SHA256 digest (expected 64 hex characters, got {len(text)})"
        )
    return text.lower()


def sign(body: bytes, timestamp: str | int, signing_key: str | bytes) -> str:
    """The ``X-CIO-Signature`` value Customer.io would send for ``body`` at ``timestamp`` (lowercase hex)."""
    message = b"v0:" + str(timestamp).encode("ascii") + b":" + _body_bytes(body)
    return hmac.new(_key_bytes(signing_key), message, hashlib.sha256).hexdigest()


def verify(
    body: bytes,
    timestamp: str | int,
    signature: str,
    signing_key: str | bytes,
    *,
    tolerance: int | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that ``body`` was signed by Customer.io with ``signing_key`` within ``tolerance`` seconds.

    ``timestamp`` and ``signature`` are the ``X-CIO-Timestamp`` and ``X-CIO-Signature`` header values.
    ``now`` (unix seconds) defaults to the current time; ``tolerance=None`` disables the replay check
    (only sensible when replaying stored requests yourself). Returns ``None`` on success and raises
    :class:`~customerio_sdk.errors.WebhookVerificationError` otherwise.
    """
    key = _key_bytes(signing_key)
    raw = _body_bytes(body)
    ts_text = _timestamp_text(timestamp)
    received = _signature_text(signature)

    expected = hmac.new(key, b"v0:" + ts_text.encode("ascii") + b":" + raw, hashlib.sha256).hexdigest()
    # The signature is checked before the age so that "stale" is only ever reported for a request
    # Customer.io really sent (useful for diagnosing clock skew), never for a forgery.
    if not hmac.compare_digest(expected, received):
        raise WebhookVerificationError(
            "webhook signature does not match: the body was altered, or it was signed with a different key"
        )

    if tolerance is not None:
        current = time.time() if now is None else now
        skew = current - int(ts_text)
        if abs(skew) > tolerance:
            direction = "old" if skew > 0 else "in the future"
            raise WebhookVerificationError(
                f"webhook timestamp is {abs(skew):.0f} s {direction} (tolerance {tolerance} s): "
                "possible replay, or the server clock is wrong"
            )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    found: list[str] = []
    # Iterate rather than get(): plain dicts are case-sensitive, and we want to see every value of a
    # repeated header (httpx's items() joins them with ", "; multi_items() does not).
    multi_items = getattr(headers, "multi_items", None)
    pairs = multi_items() if callable(multi_items) else headers.items()
    for key, value in pairs:
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if key.lower() == wanted:
            found.append(value)
    if len(set(found)) > 1:
        # Two different values mean a proxy or attacker added one; neither can be trusted.
        raise WebhookVerificationError(f"more than one {name} header")
    return found[0] if found else None


def verify_request(
    headers: Mapping[str, str],
    body: bytes,
    signing_key: str | bytes,
    *,
    tolerance: int | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """:func:`verify` using the ``X-CIO-Timestamp``/``X-CIO-Signature`` headers of a request.

    ``headers`` is any mapping (dict, ``httpx.Headers``, Starlette/Django/Flask headers); names are
    matched case-insensitively.
    """
    if not isinstance(headers, Mapping) and not callable(getattr(headers, "items", None)):
        # A programming error (e.g. the request object, or None from a missing attribute), not a
        # bad request: TypeError, naming the argument.
        raise TypeError(
            "verify_request(): headers must be the request's headers (a mapping such as request.headers),"
            f" not {type(headers).__name__}"
        )
    verify(
        body,
        _header(headers, TIMESTAMP_HEADER),  # type: ignore[arg-type]
        _header(headers, SIGNATURE_HEADER),  # type: ignore[arg-type]
        signing_key,
        tolerance=tolerance,
        now=now,
    )


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def model_class(object_type: str, metric: str) -> type | None:
    """The generated App API model for an ``object_type``/``metric`` pair, or ``None``.

    Looks for ``customerio_app_api.models.<ObjectType><Metric>`` (``email``/``sent`` -> ``EmailSent``,
    ``in_app``/``opened`` -> ``InAppOpened``). Where the generator named the model after a unique
    schema title instead (``email``/``spammed`` -> ``Spammed``) or after the customer
    (``push``/``subscribed`` -> ``CustomerSubscribed``), that model is taken only if its generated
    ``...ObjectType`` and ``...Metric`` enums admit exactly this pair. The generated package may not be built, or may have no model for the pair; either way
    callers get ``None`` and keep using the plain dict.
    """
    try:
        models = importlib.import_module("customerio_app_api.models")
    except ImportError:
        return None
    candidate = getattr(models, _camel(object_type) + _camel(metric), None)
    if isinstance(candidate, type):
        return candidate
    # Payloads shared by several object types: named after the metric alone (a unique title) or,
    # for the subscription events every channel sends, after the customer ("CustomerSubscribed").
    for name in (_camel(metric), "Customer" + _camel(metric)):
        candidate = getattr(models, name, None)
        admitted = _enum_admits(models, name + "ObjectType", object_type) and _enum_admits(
            models, name + "Metric", metric
        )
        if isinstance(candidate, type) and admitted:
            return candidate
    return None


def _enum_admits(models: Any, name: str, value: str) -> bool:
    enum = getattr(models, name, None)
    try:
        return value in {member.value for member in enum}  # type: ignore[union-attr]
    except TypeError:
        return False


@dataclass(frozen=True)
class ReportingWebhookEvent:
    """One reporting webhook event.

    ``data`` is the event's ``data`` object (delivery_id, identifiers, campaign/broadcast ids, ...);
    ``raw`` is the whole decoded body. :attr:`model` gives the generated typed model when available.
    """

    event_id: str
    object_type: str
    metric: str
    timestamp: datetime
    data: dict[str, Any]
    raw: dict[str, Any] = field(repr=False)

    @functools.cached_property
    def model(self) -> Any | None:
        """The generated App API model built from :attr:`raw`, or ``None`` if there is no such model."""
        cls = model_class(self.object_type, self.metric)
        if cls is None:
            return None
        try:
            return cls.from_dict(self.raw)  # type: ignore[attr-defined]
        except Exception as exc:
            # The message names the model, not the payload: it may contain personal data.
            raise WebhookPayloadError(
                f"{self.object_type}/{self.metric} event does not fit {cls.__name__}: {type(exc).__name__}"
            ) from exc


def _required_str(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise WebhookPayloadError(f"reporting webhook payload has no {key!r} string")
    return value


def parse(body: bytes | str | Mapping[str, Any]) -> ReportingWebhookEvent:
    """Decode a reporting webhook body into a :class:`ReportingWebhookEvent`.

    Call :func:`verify_request` first: this only checks the shape. Raises :class:`WebhookPayloadError`.
    """
    if isinstance(body, Mapping):
        payload: Any = dict(body)
    else:
        try:
            payload = json.loads(body)
        except RecursionError:
            # Hostile nesting ("[[[[..."): Python's decoder gives up, and so do we, with our error.
            raise WebhookPayloadError("reporting webhook body is nested too deeply to be an event") from None
        except (ValueError, TypeError) as exc:
            raise WebhookPayloadError("reporting webhook body is not valid JSON") from exc
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"reporting webhook body is a JSON {type(payload).__name__}, not an object")

    event_id = _required_str(payload, "event_id")
    object_type = _required_str(payload, "object_type")
    metric = _required_str(payload, "metric")
    ts = payload.get("timestamp")
    if isinstance(ts, bool) or not isinstance(ts, (int, float)):
        raise WebhookPayloadError("reporting webhook payload has no numeric 'timestamp'")
    try:
        when = datetime.fromtimestamp(ts, tz=timezone.utc)
    except (OverflowError, OSError, ValueError) as exc:
        raise WebhookPayloadError("reporting webhook 'timestamp' is out of range") from exc
    data = payload.get("data", {})
    # The spec requires `data`; tolerate its absence (nothing depends on it to route the event),
    # but not a wrong type, which would break every consumer that indexes into it.
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise WebhookPayloadError("reporting webhook 'data' is not an object")
    return ReportingWebhookEvent(
        event_id=event_id, object_type=object_type, metric=metric, timestamp=when, data=data, raw=payload
    )

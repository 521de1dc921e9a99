"""Transactional sends and broadcast triggers with Python-friendly arguments.

Each builder below makes the JSON body the spec describes (``from_`` is JSON ``from``; ``send_at``
takes a timezone-aware ``datetime`` or unix seconds; ``to``/``bcc`` take one address or a list);
:func:`~._handwritten.sync_method` / :func:`~._handwritten.async_method` turn it into the sync and
async methods, which send it as a non-idempotent request (retried only when it provably did not
reach Customer.io, or on 429) and return the generated response model. ``extra_body`` merges
fields this SDK does not know yet. The mixins at the end (``SendMessages``, ``BroadcastTrigger``
and their ``Async`` twins) are what ``codegen/app_resources.yaml`` names as conveniences.
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .._core.request_helpers import unix_seconds
from ._handwritten import Prepared, async_method, sync_method
from ._resource import Resource

if TYPE_CHECKING:
    from customerio_app_api.models.send_email_response_200 import SendEmailResponse200
    from customerio_app_api.models.send_push_response_200 import SendPushResponse200
    from customerio_app_api.models.send_sms_response_200 import SendSmsResponse200
    from customerio_app_api.models.trigger_broadcast_response_200 import TriggerBroadcastResponse200

    from ..types import Identifiers

__all__ = ["AsyncBroadcastTrigger", "AsyncSendMessages", "BroadcastTrigger", "SendMessages"]

#: a send time: a timezone-aware datetime or unix seconds
SendAt = _dt.datetime | int

_IDENTIFIER_KEYS = ("id", "email", "cio_id")
_AUDIENCES = ("recipients", "emails", "ids", "per_user_data", "data_file_url")


def _identifiers(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{where}: identifiers must be a mapping such as {{'id': '42'}} or {{'email': '...'}}")
    keys = [k for k in value if k in _IDENTIFIER_KEYS]
    if len(keys) != 1 or len(value) != 1:
        raise ValueError(f"{where}: identifiers needs exactly one of 'id', 'email' or 'cio_id'")
    return dict(value)


def _addresses(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return value


def _email_headers(value: Any) -> Any:
    """The spec wants a JSON *string* of ``[{"name": ..., "value": ...}]``; a mapping or list is encoded."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        value = [{"name": str(k), "value": str(v)} for k, v in value.items()]
    return json.dumps(list(value), separators=(",", ":"), ensure_ascii=True)


def _attachments(value: Any) -> Any:
    """filename -> base64 text; ``bytes`` values are encoded here, ``str`` values are sent as given."""
    if value is None:
        return None
    return {
        name: base64.b64encode(data).decode("ascii") if isinstance(data, (bytes, bytearray, memoryview)) else data
        for name, data in value.items()
    }


def _body(where: str, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    body = {key: value for key, value in fields.items() if value is not None}
    if "send_at" in body:
        body["send_at"] = unix_seconds(body["send_at"], f"{where}: send_at")
    if extra_body:
        body.update(extra_body)
    return body


def _email(
    *,
    to: str | Sequence[str],
    identifiers: Identifiers,
    transactional_message_id: int | str | None = None,
    message_data: Mapping[str, Any] | None = None,
    from_: str | None = None,
    subject: str | None = None,
    body: str | None = None,
    body_plain: str | None = None,
    body_amp: str | None = None,
    preheader: str | None = None,
    reply_to: str | None = None,
    bcc: str | Sequence[str] | None = None,
    fake_bcc: bool | None = None,
    attachments: Mapping[str, bytes | str] | None = None,
    headers: Mapping[str, str] | Sequence[Mapping[str, str]] | str | None = None,
    language: str | None = None,
    send_at: SendAt | None = None,
    disable_message_retention: bool | None = None,
    send_to_unsubscribed: bool | None = None,
    queue_draft: bool | None = None,
    tracked: bool | None = None,
    disable_css_preprocessing: bool | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Prepared:
    """Send a transactional email (POST /v1/send/email, operationId ``sendEmail``).

    Either ``transactional_message_id`` (a template's id or trigger name; ``subject``, ``body``,
    ``from_`` ... then override the template) or, without a template, all of ``body``,
    ``subject`` and ``from_``.

    Args:
        to: recipient address(es): a string (comma-separated) or a list; with ``bcc`` at most 15.
        identifiers: the person, exactly one of ``{"id": ...}``, ``{"email": ...}``, ``{"cio_id": ...}``.
        transactional_message_id: the template (numeric id or trigger name).
        message_data: values for liquid in the message (``{{trigger.<key>}}``).
        from_: sender address (JSON ``from``); must be verified in Customer.io.
        attachments: filename -> content; ``bytes`` are base64-encoded for you (total < 2 MB).
        headers: extra email headers, as a mapping ``{"X-Tag": "v"}`` (encoded to the JSON string
            the API expects), a list of ``{"name", "value"}`` or that JSON string.
        send_at: when to send: a timezone-aware ``datetime`` or unix seconds (up to 90 days ahead).
        extra_body: more JSON fields, merged last.

    Returns:
        SendEmailResponse200 (``delivery_id``, ``queued_at``).
    """
    where = "send.email"
    if transactional_message_id is None and (body is None or subject is None or from_ is None):
        raise ValueError(
            f"{where}: pass transactional_message_id=, or body=, subject= and from_= to send without a template"
        )
    fields = {
        "transactional_message_id": transactional_message_id,
        "to": _addresses(to),
        "identifiers": _identifiers(identifiers, where),
        "message_data": message_data,
        "from": from_,
        "subject": subject,
        "body": body,
        "body_plain": body_plain,
        "body_amp": body_amp,
        "preheader": preheader,
        "reply_to": reply_to,
        "bcc": _addresses(bcc),
        "fake_bcc": fake_bcc,
        "attachments": _attachments(attachments),
        "headers": _email_headers(headers),
        "language": language,
        "send_at": send_at,
        "disable_message_retention": disable_message_retention,
        "send_to_unsubscribed": send_to_unsubscribed,
        "queue_draft": queue_draft,
        "tracked": tracked,
        "disable_css_preprocessing": disable_css_preprocessing,
    }
    return Prepared(_body(where, fields, extra_body))


def _push(
    *,
    transactional_message_id: int | str,
    identifiers: Identifiers,
    to: str | None = None,
    title: str | None = None,
    message: str | None = None,
    image_url: str | None = None,
    link: str | None = None,
    sound: str | None = None,
    custom_data: Mapping[str, str] | None = None,
    custom_device: Mapping[str, Any] | None = None,
    custom_payload: Mapping[str, Any] | None = None,
    language: str | None = None,
    message_data: Mapping[str, Any] | None = None,
    send_at: SendAt | None = None,
    disable_message_retention: bool | None = None,
    send_to_unsubscribed: bool | None = None,
    queue_draft: bool | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Prepared:
    """Send a transactional push (POST /v1/send/push, operationId ``sendPush``).

    Args:
        transactional_message_id: the template (numeric id or trigger name).
        identifiers: the person, exactly one of ``{"id": ...}``, ``{"email": ...}``, ``{"cio_id": ...}``.
        to: ``"all"`` (the API's default), ``"last_used"`` or a device token of that person.
        title, message, image_url, link, sound, custom_data, custom_device, custom_payload,
            language: override the template's (see the API reference).
        message_data: values for liquid in the message.
        send_at: a timezone-aware ``datetime`` or unix seconds.
        extra_body: more JSON fields, merged last.

    Returns:
        SendPushResponse200 (``delivery_id``, ``queued_at``).
    """
    where = "send.push"
    fields = {
        "transactional_message_id": transactional_message_id,
        "identifiers": _identifiers(identifiers, where),
        "to": to,
        "title": title,
        "message": message,
        "image_url": image_url,
        "link": link,
        "sound": sound,
        "custom_data": custom_data,
        "custom_device": custom_device,
        "custom_payload": custom_payload,
        "language": language,
        "message_data": message_data,
        "send_at": send_at,
        "disable_message_retention": disable_message_retention,
        "send_to_unsubscribed": send_to_unsubscribed,
        "queue_draft": queue_draft,
    }
    return Prepared(_body(where, fields, extra_body))


def _sms(
    *,
    transactional_message_id: int | str,
    to: str,
    identifiers: Identifiers,
    from_: str | None = None,
    language: str | None = None,
    message_data: Mapping[str, Any] | None = None,
    send_at: SendAt | None = None,
    disable_message_retention: bool | None = None,
    send_to_unsubscribed: bool | None = None,
    queue_draft: bool | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Prepared:
    """Send a transactional SMS (POST /v1/send/sms, operationId ``sendSMS``).

    Args:
        transactional_message_id: the template (numeric id or trigger name).
        to: the phone number (E.164, e.g. ``+15551234567``) or liquid such as ``{{customer.phone}}``.
        identifiers: the person, exactly one of ``{"id": ...}``, ``{"email": ...}``, ``{"cio_id": ...}``.
        from_: sending number or sender ID (JSON ``from``).
        message_data: values for liquid in the message.
        send_at: a timezone-aware ``datetime`` or unix seconds.
        extra_body: more JSON fields, merged last.

    Returns:
        SendSmsResponse200 (``delivery_id``, ``queued_at``).
    """
    where = "send.sms"
    fields = {
        "transactional_message_id": transactional_message_id,
        "to": to,
        "identifiers": _identifiers(identifiers, where),
        "from": from_,
        "language": language,
        "message_data": message_data,
        "send_at": send_at,
        "disable_message_retention": disable_message_retention,
        "send_to_unsubscribed": send_to_unsubscribed,
        "queue_draft": queue_draft,
    }
    return Prepared(_body(where, fields, extra_body))


def _trigger(
    broadcast_id: int,
    *,
    data: Mapping[str, Any] | None = None,
    recipients: Mapping[str, Any] | None = None,
    emails: Sequence[str] | None = None,
    ids: Sequence[str | int] | None = None,
    per_user_data: Sequence[Mapping[str, Any]] | None = None,
    data_file_url: str | None = None,
    email_add_duplicates: bool | None = None,
    email_ignore_missing: bool | None = None,
    id_ignore_missing: bool | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Prepared:
    """Trigger an API-triggered broadcast (POST /v1/campaigns/{broadcast_id}/triggers, ``triggerBroadcast``).

    Without an audience argument the broadcast goes to its default audience (set in the UI);
    otherwise pass at most one of ``recipients`` (an audience filter), ``emails``, ``ids``,
    ``per_user_data`` (a list of ``{"id"|"email": ..., "data": {...}}``) or ``data_file_url``.
    Customer.io allows one trigger per broadcast every 10 seconds.

    Args:
        broadcast_id: the broadcast's id.
        data: values for liquid in the broadcast (``{{trigger.<key>}}``).
        email_add_duplicates, email_ignore_missing, id_ignore_missing: see the API reference.
        extra_body: more JSON fields, merged last.

    Returns:
        TriggerBroadcastResponse200 (``id``: the trigger id, for ``broadcasts.trigger_status``).
    """
    where = "broadcasts.trigger"
    if isinstance(broadcast_id, bool) or not isinstance(broadcast_id, int):
        raise TypeError(f"{where}: broadcast_id must be an int, got {type(broadcast_id).__name__}")
    audience = {
        "recipients": recipients,
        "emails": list(emails) if emails is not None else None,
        "ids": list(ids) if ids is not None else None,
        "per_user_data": [dict(u) for u in per_user_data] if per_user_data is not None else None,
        "data_file_url": data_file_url,
    }
    given = [name for name in _AUDIENCES if audience[name] is not None]
    if len(given) > 1:
        raise ValueError(f"{where}: pass at most one audience argument, got {', '.join(given)}")
    fields = {
        "data": data,
        **audience,
        "email_add_duplicates": email_add_duplicates,
        "email_ignore_missing": email_ignore_missing,
        "id_ignore_missing": id_ignore_missing,
    }
    return Prepared(_body(where, fields, extra_body), {"broadcast_id": broadcast_id})


def _send_email_response() -> type[SendEmailResponse200]:
    from customerio_app_api.models.send_email_response_200 import SendEmailResponse200

    return SendEmailResponse200


def _send_push_response() -> type[SendPushResponse200]:
    from customerio_app_api.models.send_push_response_200 import SendPushResponse200

    return SendPushResponse200


def _send_sms_response() -> type[SendSmsResponse200]:
    from customerio_app_api.models.send_sms_response_200 import SendSmsResponse200

    return SendSmsResponse200


def _trigger_broadcast_response() -> type[TriggerBroadcastResponse200]:
    from customerio_app_api.models.trigger_broadcast_response_200 import TriggerBroadcastResponse200

    return TriggerBroadcastResponse200


class SendMessages(Resource):
    """Transactional messages (``/v1/send/*``): ``email``, ``push``, ``sms``.

    With a service-account token (``sa_live_...``) these requests carry ``X-Workspace-Id``.
    """

    _operations: ClassVar[Mapping[str, str]] = {"email": "sendEmail", "push": "sendPush", "sms": "sendSMS"}

    email = sync_method(_email, "sendEmail", _send_email_response)
    push = sync_method(_push, "sendPush", _send_push_response)
    sms = sync_method(_sms, "sendSMS", _send_sms_response)


class AsyncSendMessages(Resource):
    """Transactional messages (``/v1/send/*``), asyncio: ``await app.send.email(...)``."""

    _operations: ClassVar[Mapping[str, str]] = {"email": "sendEmail", "push": "sendPush", "sms": "sendSMS"}

    email = async_method(_email, "sendEmail", _send_email_response)
    push = async_method(_push, "sendPush", _send_push_response)
    sms = async_method(_sms, "sendSMS", _send_sms_response)


class BroadcastTrigger(Resource):
    """``trigger``: send an API-triggered broadcast."""

    _operations: ClassVar[Mapping[str, str]] = {"trigger": "triggerBroadcast"}

    trigger = sync_method(_trigger, "triggerBroadcast", _trigger_broadcast_response)


class AsyncBroadcastTrigger(Resource):
    """``trigger``: send an API-triggered broadcast (asyncio)."""

    _operations: ClassVar[Mapping[str, str]] = {"trigger": "triggerBroadcast"}

    trigger = async_method(_trigger, "triggerBroadcast", _trigger_broadcast_response)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.send_push_body_sound import SendPushBodySound
from ..models.send_push_body_to import SendPushBodyTo
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.email_3 import Email3
    from ..models.id_3 import Id3
    from ..models.send_push_body_custom_data import SendPushBodyCustomData
    from ..models.send_push_body_custom_device import SendPushBodyCustomDevice
    from ..models.send_push_body_custom_payload import SendPushBodyCustomPayload
    from ..models.send_push_body_message_data import SendPushBodyMessageData


T = TypeVar("T", bound="SendPushBody")


@_attrs_define
class SendPushBody:
    """The payload of a transactional push message.

    Example:
        {'transactional_message_id': 44, 'title': 'Did you really login from a new location?', 'identifiers': {'id':
            12345}, 'message_data': {'password_reset_token': 'abcde-12345-fghij-d888', 'account_id': '123dj'}}

    Attributes:
        transactional_message_id (int | str): The transactional message template that you want to use for your message.
            You can call the template by its numerical ID or by the *Trigger Name* that you assigned the template (case
            insensitive).
        to (SendPushBodyTo): The person's device(s) you want to send this push to. One of `all`, `last_used`, or a
            custom device token which belongs to the profile from the Identifiers block. Defaults to 'all'. This overrides
            To from the transactional template (referenced by `transactional_message_id`). Default: SendPushBodyTo.ALL.
        identifiers (CioId3 | Email3 | Id3): Identifies the person represented by your transactional message by one of,
            and only one of, `id`, `email`, or `cio_id`.
        title (str | Unset): The title for your notification. This overrides the title of the transactional template
            (referenced by `transactional_message_id`).
        message (str | Unset): The message body for your notification. This overrides the notification body of the
            transactional template (referenced by `transactional_message_id`).
        image_url (str | Unset): An image URL to show in the push. This overrides Image from the transactional template
            (referenced by `transactional_message_id`).
        link (str | Unset): A deep link to open when the push is tapped. This overrides Link from the transactional
            template (referenced by `transactional_message_id`).
        sound (SendPushBodySound | Unset): **For iOS Only**: your notification can alert users with the device's default
            notification sound or play no sound at all.
             Default: SendPushBodySound.DEFAULT.
        custom_data (SendPushBodyCustomData | Unset): An optional list of key/value pairs to attach to the push payload.
            Due to a Firebase limitation we only support sending string key value pairs. This overrides Custom Data from the
            transactional template (referenced by `transactional_message_id`).
        custom_device (SendPushBodyCustomDevice | Unset): A device to perform an upsert operation at the time of send.
            The device will be added/updated on the profile from the Identifiers block.
        custom_payload (SendPushBodyCustomPayload | Unset): An optional list of key/value pairs to attach to the push
            payload. Due to a Firebase limitation we only support sending string key value pairs. This overrides every other
            parameter, including any Custom Payload from the transactional template (referenced by
            `transactional_message_id`).
        language (str | Unset): Overrides language preferences for the person you want to send your transactional
            message to. Use one of our [supported two- or four-letter language codes](/localization-getting-
            started/#supported-languages).
        message_data (SendPushBodyMessageData | Unset): An object containing the key-value pairs referenced using liquid
            in your message. Example: {'password_reset_token': 'abcde-12345-fghij-d888', 'account_id': '123dj'}.
        send_at (int | Unset): A unix timestamp (seconds since epoch) determining when the message will be sent. The
            timestamp can be up to 90 days in the future. If this value is in the past, your message is sent immediately.
        disable_message_retention (bool | Unset): If true, the message body is not retained in delivery history. Setting
            this value overrides the value set in the settings of your `transactional_message_id`. Default: False.
        send_to_unsubscribed (bool | Unset): If false, your message is not sent to unsubscribed recipients. Setting this
            value overrides the value set in the settings of your `transactional_message_id`. Default: True.
        queue_draft (bool | Unset): If true, your transactional message is held as a draft in Customer.io and not sent
            directly to your audience. You must go to the Deliveries and Drafts page to send your message. Default: False.
    """

    transactional_message_id: int | str
    identifiers: CioId3 | Email3 | Id3
    to: SendPushBodyTo = SendPushBodyTo.ALL
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    image_url: str | Unset = UNSET
    link: str | Unset = UNSET
    sound: SendPushBodySound | Unset = SendPushBodySound.DEFAULT
    custom_data: SendPushBodyCustomData | Unset = UNSET
    custom_device: SendPushBodyCustomDevice | Unset = UNSET
    custom_payload: SendPushBodyCustomPayload | Unset = UNSET
    language: str | Unset = UNSET
    message_data: SendPushBodyMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_message_retention: bool | Unset = False
    send_to_unsubscribed: bool | Unset = True
    queue_draft: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3

        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        to = self.to.value

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, Id3) or isinstance(self.identifiers, Email3):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        title = self.title

        message = self.message

        image_url = self.image_url

        link = self.link

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound.value

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        custom_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_device, Unset):
            custom_device = self.custom_device.to_dict()

        custom_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_payload, Unset):
            custom_payload = self.custom_payload.to_dict()

        language = self.language

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactional_message_id": transactional_message_id,
                "to": to,
                "identifiers": identifiers,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if link is not UNSET:
            field_dict["link"] = link
        if sound is not UNSET:
            field_dict["sound"] = sound
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if custom_device is not UNSET:
            field_dict["custom_device"] = custom_device
        if custom_payload is not UNSET:
            field_dict["custom_payload"] = custom_payload
        if language is not UNSET:
            field_dict["language"] = language
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3
        from ..models.send_push_body_custom_data import SendPushBodyCustomData
        from ..models.send_push_body_custom_device import SendPushBodyCustomDevice
        from ..models.send_push_body_custom_payload import SendPushBodyCustomPayload
        from ..models.send_push_body_message_data import SendPushBodyMessageData

        d = dict(expect_object(src_dict, "SendPushBody"))

        def _parse_transactional_message_id(data: object) -> int | str:
            return cast(int | str, data)

        transactional_message_id = _parse_transactional_message_id(
            d.pop("transactional_message_id")
        )

        to = SendPushBodyTo(d.pop("to"))

        def _parse_identifiers(data: object) -> CioId3 | Email3 | Id3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = Id3.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_1 = Email3.from_dict(data)

                return identifiers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_2 = CioId3.from_dict(data)

            return identifiers_type_2

        identifiers = _parse_identifiers(d.pop("identifiers"))

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "SendPushBody.title")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = expect_str(message, "SendPushBody.message")

        image_url = d.pop("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_str(image_url, "SendPushBody.image_url")

        link = d.pop("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = expect_str(link, "SendPushBody.link")

        _sound = d.pop("sound", UNSET)
        sound: SendPushBodySound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = SendPushBodySound(_sound)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: SendPushBodyCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = SendPushBodyCustomData.from_dict(_custom_data)

        _custom_device = d.pop("custom_device", UNSET)
        custom_device: SendPushBodyCustomDevice | Unset
        if isinstance(_custom_device, Unset):
            custom_device = UNSET
        else:
            custom_device = SendPushBodyCustomDevice.from_dict(_custom_device)

        _custom_payload = d.pop("custom_payload", UNSET)
        custom_payload: SendPushBodyCustomPayload | Unset
        if isinstance(_custom_payload, Unset):
            custom_payload = UNSET
        else:
            custom_payload = SendPushBodyCustomPayload.from_dict(_custom_payload)

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "SendPushBody.language")

        _message_data = d.pop("message_data", UNSET)
        message_data: SendPushBodyMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendPushBodyMessageData.from_dict(_message_data)

        send_at = d.pop("send_at", UNSET)
        if type(send_at) is not int and send_at is not UNSET:
            send_at = expect_int(send_at, "SendPushBody.send_at")

        disable_message_retention = d.pop("disable_message_retention", UNSET)
        if (
            type(disable_message_retention) is not bool
            and disable_message_retention is not UNSET
        ):
            disable_message_retention = expect_bool(
                disable_message_retention, "SendPushBody.disable_message_retention"
            )

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)
        if type(send_to_unsubscribed) is not bool and send_to_unsubscribed is not UNSET:
            send_to_unsubscribed = expect_bool(
                send_to_unsubscribed, "SendPushBody.send_to_unsubscribed"
            )

        queue_draft = d.pop("queue_draft", UNSET)
        if type(queue_draft) is not bool and queue_draft is not UNSET:
            queue_draft = expect_bool(queue_draft, "SendPushBody.queue_draft")

        send_push_body = cls(
            transactional_message_id=transactional_message_id,
            to=to,
            identifiers=identifiers,
            title=title,
            message=message,
            image_url=image_url,
            link=link,
            sound=sound,
            custom_data=custom_data,
            custom_device=custom_device,
            custom_payload=custom_payload,
            language=language,
            message_data=message_data,
            send_at=send_at,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            queue_draft=queue_draft,
        )

        send_push_body.additional_properties = d
        return send_push_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

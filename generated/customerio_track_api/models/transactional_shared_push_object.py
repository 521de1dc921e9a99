from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.transactional_shared_push_object_sound import (
    TransactionalSharedPushObjectSound,
)
from ..models.transactional_shared_push_object_to import TransactionalSharedPushObjectTo
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.transactional_shared_push_object_custom_data import (
        TransactionalSharedPushObjectCustomData,
    )
    from ..models.transactional_shared_push_object_custom_device import (
        TransactionalSharedPushObjectCustomDevice,
    )
    from ..models.transactional_shared_push_object_custom_payload import (
        TransactionalSharedPushObjectCustomPayload,
    )


T = TypeVar("T", bound="TransactionalSharedPushObject")


@_attrs_define
class TransactionalSharedPushObject:
    """
    Attributes:
        to (TransactionalSharedPushObjectTo | Unset): The person's device(s) you want to send this push to. One of
            `all`, `last_used`, or a custom device token which belongs to the profile from the Identifiers block. Defaults
            to 'all'. This overrides To from the transactional template (referenced by `transactional_message_id`). Default:
            TransactionalSharedPushObjectTo.ALL.
        title (str | Unset): The title for your notification. This overrides the title of the transactional template
            (referenced by `transactional_message_id`).
        message (str | Unset): The message body for your notification. This overrides the notification body of the
            transactional template (referenced by `transactional_message_id`).
        image_url (str | Unset): An image URL to show in the push. This overrides Image from the transactional template
            (referenced by `transactional_message_id`).
        link (str | Unset): A deep link to open when the push is tapped. This overrides Link from the transactional
            template (referenced by `transactional_message_id`).
        sound (TransactionalSharedPushObjectSound | Unset): **For iOS Only**: your notification can alert users with the
            device's default notification sound or play no sound at all.
             Default: TransactionalSharedPushObjectSound.DEFAULT.
        custom_data (TransactionalSharedPushObjectCustomData | Unset): An optional list of key/value pairs to attach to
            the push payload. Due to a Firebase limitation we only support sending string key value pairs. This overrides
            Custom Data from the transactional template (referenced by `transactional_message_id`).
        custom_device (TransactionalSharedPushObjectCustomDevice | Unset): A device to perform an upsert operation at
            the time of send. The device will be added/updated on the profile from the Identifiers block.
        custom_payload (TransactionalSharedPushObjectCustomPayload | Unset): An optional list of key/value pairs to
            attach to the push payload. Due to a Firebase limitation we only support sending string key value pairs. This
            overrides every other parameter, including any Custom Payload from the transactional template (referenced by
            `transactional_message_id`).
        language (str | Unset): Overrides language preferences for the person you want to send your transactional
            message to. Use one of our [supported two- or four-letter language codes](/localization-getting-
            started/#supported-languages).
    """

    to: TransactionalSharedPushObjectTo | Unset = TransactionalSharedPushObjectTo.ALL
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    image_url: str | Unset = UNSET
    link: str | Unset = UNSET
    sound: TransactionalSharedPushObjectSound | Unset = (
        TransactionalSharedPushObjectSound.DEFAULT
    )
    custom_data: TransactionalSharedPushObjectCustomData | Unset = UNSET
    custom_device: TransactionalSharedPushObjectCustomDevice | Unset = UNSET
    custom_payload: TransactionalSharedPushObjectCustomPayload | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transactional_shared_push_object_custom_data import (
            TransactionalSharedPushObjectCustomData,
        )
        from ..models.transactional_shared_push_object_custom_device import (
            TransactionalSharedPushObjectCustomDevice,
        )
        from ..models.transactional_shared_push_object_custom_payload import (
            TransactionalSharedPushObjectCustomPayload,
        )

        d = dict(expect_object(src_dict, "TransactionalSharedPushObject"))
        _to = d.pop("to", UNSET)
        to: TransactionalSharedPushObjectTo | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = TransactionalSharedPushObjectTo(_to)

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "TransactionalSharedPushObject.title")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = expect_str(message, "TransactionalSharedPushObject.message")

        image_url = d.pop("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_str(image_url, "TransactionalSharedPushObject.image_url")

        link = d.pop("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = expect_str(link, "TransactionalSharedPushObject.link")

        _sound = d.pop("sound", UNSET)
        sound: TransactionalSharedPushObjectSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = TransactionalSharedPushObjectSound(_sound)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: TransactionalSharedPushObjectCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = TransactionalSharedPushObjectCustomData.from_dict(
                _custom_data
            )

        _custom_device = d.pop("custom_device", UNSET)
        custom_device: TransactionalSharedPushObjectCustomDevice | Unset
        if isinstance(_custom_device, Unset):
            custom_device = UNSET
        else:
            custom_device = TransactionalSharedPushObjectCustomDevice.from_dict(
                _custom_device
            )

        _custom_payload = d.pop("custom_payload", UNSET)
        custom_payload: TransactionalSharedPushObjectCustomPayload | Unset
        if isinstance(_custom_payload, Unset):
            custom_payload = UNSET
        else:
            custom_payload = TransactionalSharedPushObjectCustomPayload.from_dict(
                _custom_payload
            )

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "TransactionalSharedPushObject.language")

        transactional_shared_push_object = cls(
            to=to,
            title=title,
            message=message,
            image_url=image_url,
            link=link,
            sound=sound,
            custom_data=custom_data,
            custom_device=custom_device,
            custom_payload=custom_payload,
            language=language,
        )

        transactional_shared_push_object.additional_properties = d
        return transactional_shared_push_object

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

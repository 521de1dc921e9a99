from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.send_push_body_custom_payload_fcm_message_apns import (
        SendPushBodyCustomPayloadFCMMessageApns,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadFCMMessage")


@_attrs_define
class SendPushBodyCustomPayloadFCMMessage:
    """The base object for all FCM payloads.

    Attributes:
        apns (SendPushBodyCustomPayloadFCMMessageApns): Defines a payload for iOS devices sent through Firebase Cloud
            Messaging (FCM).
    """

    apns: SendPushBodyCustomPayloadFCMMessageApns
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apns = self.apns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apns": apns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_push_body_custom_payload_fcm_message_apns import (
            SendPushBodyCustomPayloadFCMMessageApns,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadFCMMessage"))
        apns = SendPushBodyCustomPayloadFCMMessageApns.from_dict(d.pop("apns"))

        send_push_body_custom_payload_fcm_message = cls(
            apns=apns,
        )

        send_push_body_custom_payload_fcm_message.additional_properties = d
        return send_push_body_custom_payload_fcm_message

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.send_push_body_custom_payload_fcm_message_apns_headers import (
        SendPushBodyCustomPayloadFCMMessageApnsHeaders,
    )
    from ..models.send_push_body_custom_payload_fcm_message_apns_payload import (
        SendPushBodyCustomPayloadFCMMessageApnsPayload,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadFCMMessageApns")


@_attrs_define
class SendPushBodyCustomPayloadFCMMessageApns:
    """Defines a payload for iOS devices sent through Firebase Cloud Messaging (FCM).

    Attributes:
        payload (SendPushBodyCustomPayloadFCMMessageApnsPayload): Contains a push payload.
        headers (SendPushBodyCustomPayloadFCMMessageApnsHeaders | Unset): Headers defined by [Apple's payload reference]
            (https://developer.apple.com/documentation/usernotifications/setting_up_a_remote_notification_server/sending_not
            ification_requests_to_apns) that you want to pass through FCM.
    """

    payload: SendPushBodyCustomPayloadFCMMessageApnsPayload
    headers: SendPushBodyCustomPayloadFCMMessageApnsHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_push_body_custom_payload_fcm_message_apns_headers import (
            SendPushBodyCustomPayloadFCMMessageApnsHeaders,
        )
        from ..models.send_push_body_custom_payload_fcm_message_apns_payload import (
            SendPushBodyCustomPayloadFCMMessageApnsPayload,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadFCMMessageApns"))
        payload = SendPushBodyCustomPayloadFCMMessageApnsPayload.from_dict(
            d.pop("payload")
        )

        _headers = d.pop("headers", UNSET)
        headers: SendPushBodyCustomPayloadFCMMessageApnsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = SendPushBodyCustomPayloadFCMMessageApnsHeaders.from_dict(_headers)

        send_push_body_custom_payload_fcm_message_apns = cls(
            payload=payload,
            headers=headers,
        )

        send_push_body_custom_payload_fcm_message_apns.additional_properties = d
        return send_push_body_custom_payload_fcm_message_apns

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

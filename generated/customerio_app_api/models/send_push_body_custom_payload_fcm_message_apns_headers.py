from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="SendPushBodyCustomPayloadFCMMessageApnsHeaders")


@_attrs_define
class SendPushBodyCustomPayloadFCMMessageApnsHeaders:
    """Headers defined by [Apple's payload reference](https://developer.apple.com/documentation/usernotifications/setting_u
    p_a_remote_notification_server/sending_notification_requests_to_apns) that you want to pass through FCM.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "SendPushBodyCustomPayloadFCMMessageApnsHeaders")
        )
        send_push_body_custom_payload_fcm_message_apns_headers = cls()

        send_push_body_custom_payload_fcm_message_apns_headers.additional_properties = d
        return send_push_body_custom_payload_fcm_message_apns_headers

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

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
    from ..models.send_push_body_custom_payload_android_message_android_notification import (
        SendPushBodyCustomPayloadAndroidMessageAndroidNotification,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadAndroidMessageAndroid")


@_attrs_define
class SendPushBodyCustomPayloadAndroidMessageAndroid:
    """Contains custom push options for your notification.

    Attributes:
        notification (SendPushBodyCustomPayloadAndroidMessageAndroidNotification | Unset): Properties supported
            specifically by Android on FCM.
    """

    notification: SendPushBodyCustomPayloadAndroidMessageAndroidNotification | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_push_body_custom_payload_android_message_android_notification import (
            SendPushBodyCustomPayloadAndroidMessageAndroidNotification,
        )

        d = dict(
            expect_object(src_dict, "SendPushBodyCustomPayloadAndroidMessageAndroid")
        )
        _notification = d.pop("notification", UNSET)
        notification: SendPushBodyCustomPayloadAndroidMessageAndroidNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = (
                SendPushBodyCustomPayloadAndroidMessageAndroidNotification.from_dict(
                    _notification
                )
            )

        send_push_body_custom_payload_android_message_android = cls(
            notification=notification,
        )

        send_push_body_custom_payload_android_message_android.additional_properties = d
        return send_push_body_custom_payload_android_message_android

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

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
    from ..models.send_push_body_custom_payload_android_message_android import (
        SendPushBodyCustomPayloadAndroidMessageAndroid,
    )
    from ..models.send_push_body_custom_payload_android_message_data import (
        SendPushBodyCustomPayloadAndroidMessageData,
    )
    from ..models.send_push_body_custom_payload_android_message_notification import (
        SendPushBodyCustomPayloadAndroidMessageNotification,
    )


T = TypeVar("T", bound="SendPushBodyCustomPayloadAndroidMessage")


@_attrs_define
class SendPushBodyCustomPayloadAndroidMessage:
    """The parent object for Android custom push payloads.

    Attributes:
        notification (SendPushBodyCustomPayloadAndroidMessageNotification | Unset): Contains the push body and title.
        data (SendPushBodyCustomPayloadAndroidMessageData | Unset): Contains key-value pairs that your app interprets.
        android (SendPushBodyCustomPayloadAndroidMessageAndroid | Unset): Contains custom push options for your
            notification.
    """

    notification: SendPushBodyCustomPayloadAndroidMessageNotification | Unset = UNSET
    data: SendPushBodyCustomPayloadAndroidMessageData | Unset = UNSET
    android: SendPushBodyCustomPayloadAndroidMessageAndroid | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if data is not UNSET:
            field_dict["data"] = data
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_push_body_custom_payload_android_message_android import (
            SendPushBodyCustomPayloadAndroidMessageAndroid,
        )
        from ..models.send_push_body_custom_payload_android_message_data import (
            SendPushBodyCustomPayloadAndroidMessageData,
        )
        from ..models.send_push_body_custom_payload_android_message_notification import (
            SendPushBodyCustomPayloadAndroidMessageNotification,
        )

        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadAndroidMessage"))
        _notification = d.pop("notification", UNSET)
        notification: SendPushBodyCustomPayloadAndroidMessageNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = (
                SendPushBodyCustomPayloadAndroidMessageNotification.from_dict(
                    _notification
                )
            )

        _data = d.pop("data", UNSET)
        data: SendPushBodyCustomPayloadAndroidMessageData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SendPushBodyCustomPayloadAndroidMessageData.from_dict(_data)

        _android = d.pop("android", UNSET)
        android: SendPushBodyCustomPayloadAndroidMessageAndroid | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = SendPushBodyCustomPayloadAndroidMessageAndroid.from_dict(_android)

        send_push_body_custom_payload_android_message = cls(
            notification=notification,
            data=data,
            android=android,
        )

        send_push_body_custom_payload_android_message.additional_properties = d
        return send_push_body_custom_payload_android_message

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

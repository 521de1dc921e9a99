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
    from ..models.fcm_android_without_sdk_message_android import (
        FcmAndroidWithoutSdkMessageAndroid,
    )
    from ..models.fcm_android_without_sdk_message_data import (
        FcmAndroidWithoutSdkMessageData,
    )
    from ..models.fcm_android_without_sdk_message_notification import (
        FcmAndroidWithoutSdkMessageNotification,
    )


T = TypeVar("T", bound="FcmAndroidWithoutSdkMessage")


@_attrs_define
class FcmAndroidWithoutSdkMessage:
    """The parent object for Android custom push payloads.

    Attributes:
        notification (FcmAndroidWithoutSdkMessageNotification | Unset): Contains the push body and title.
        data (FcmAndroidWithoutSdkMessageData | Unset): Contains key-value pairs that your app interprets.
        android (FcmAndroidWithoutSdkMessageAndroid | Unset): Contains custom push options for your notification.
    """

    notification: FcmAndroidWithoutSdkMessageNotification | Unset = UNSET
    data: FcmAndroidWithoutSdkMessageData | Unset = UNSET
    android: FcmAndroidWithoutSdkMessageAndroid | Unset = UNSET
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
        from ..models.fcm_android_without_sdk_message_android import (
            FcmAndroidWithoutSdkMessageAndroid,
        )
        from ..models.fcm_android_without_sdk_message_data import (
            FcmAndroidWithoutSdkMessageData,
        )
        from ..models.fcm_android_without_sdk_message_notification import (
            FcmAndroidWithoutSdkMessageNotification,
        )

        d = dict(expect_object(src_dict, "FcmAndroidWithoutSdkMessage"))
        _notification = d.pop("notification", UNSET)
        notification: FcmAndroidWithoutSdkMessageNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = FcmAndroidWithoutSdkMessageNotification.from_dict(
                _notification
            )

        _data = d.pop("data", UNSET)
        data: FcmAndroidWithoutSdkMessageData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FcmAndroidWithoutSdkMessageData.from_dict(_data)

        _android = d.pop("android", UNSET)
        android: FcmAndroidWithoutSdkMessageAndroid | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = FcmAndroidWithoutSdkMessageAndroid.from_dict(_android)

        fcm_android_without_sdk_message = cls(
            notification=notification,
            data=data,
            android=android,
        )

        fcm_android_without_sdk_message.additional_properties = d
        return fcm_android_without_sdk_message

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

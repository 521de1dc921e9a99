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
    from ..models.notification_and_data_object_android import (
        NotificationAndDataObjectAndroid,
    )
    from ..models.notification_and_data_object_data import NotificationAndDataObjectData
    from ..models.notification_and_data_object_notification import (
        NotificationAndDataObjectNotification,
    )


T = TypeVar("T", bound="NotificationAndDataObject")


@_attrs_define
class NotificationAndDataObject:
    """
    Attributes:
        notification (NotificationAndDataObjectNotification): Contains properties interpreted by the SDK except for the
            `link`.
        data (NotificationAndDataObjectData | Unset): Contains the `link` property (interpreted by the SDK) and
            additional properties that you want to pass to your app.
        android (NotificationAndDataObjectAndroid | Unset): Contains properties that are **not** interpreted by the SDK
            but are defined by FCM. You need to write your own code to handle these Android push features.
    """

    notification: NotificationAndDataObjectNotification
    data: NotificationAndDataObjectData | Unset = UNSET
    android: NotificationAndDataObjectAndroid | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notification": notification,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_and_data_object_android import (
            NotificationAndDataObjectAndroid,
        )
        from ..models.notification_and_data_object_data import (
            NotificationAndDataObjectData,
        )
        from ..models.notification_and_data_object_notification import (
            NotificationAndDataObjectNotification,
        )

        d = dict(expect_object(src_dict, "NotificationAndDataObject"))
        notification = NotificationAndDataObjectNotification.from_dict(
            d.pop("notification")
        )

        _data = d.pop("data", UNSET)
        data: NotificationAndDataObjectData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = NotificationAndDataObjectData.from_dict(_data)

        _android = d.pop("android", UNSET)
        android: NotificationAndDataObjectAndroid | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = NotificationAndDataObjectAndroid.from_dict(_android)

        notification_and_data_object = cls(
            notification=notification,
            data=data,
            android=android,
        )

        notification_and_data_object.additional_properties = d
        return notification_and_data_object

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

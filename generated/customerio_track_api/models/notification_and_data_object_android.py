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
    from ..models.custom_android_props import CustomAndroidProps


T = TypeVar("T", bound="NotificationAndDataObjectAndroid")


@_attrs_define
class NotificationAndDataObjectAndroid:
    """Contains properties that are **not** interpreted by the SDK but are defined by FCM. You need to write your own code
    to handle these Android push features.

        Attributes:
            notification (CustomAndroidProps | Unset): Properties supported specifically by Android on FCM.
    """

    notification: CustomAndroidProps | Unset = UNSET
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
        from ..models.custom_android_props import CustomAndroidProps

        d = dict(expect_object(src_dict, "NotificationAndDataObjectAndroid"))
        _notification = d.pop("notification", UNSET)
        notification: CustomAndroidProps | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = CustomAndroidProps.from_dict(_notification)

        notification_and_data_object_android = cls(
            notification=notification,
        )

        notification_and_data_object_android.additional_properties = d
        return notification_and_data_object_android

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

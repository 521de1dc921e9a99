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
    from ..models.data_object_only import DataObjectOnly
    from ..models.notification_and_data_object import NotificationAndDataObject


T = TypeVar("T", bound="FcmAndroidWithSdk")


@_attrs_define
class FcmAndroidWithSdk:
    """
    Attributes:
        message (DataObjectOnly | NotificationAndDataObject): The parent object for all push payloads.
    """

    message: DataObjectOnly | NotificationAndDataObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_object_only import DataObjectOnly

        message: dict[str, Any]
        if isinstance(self.message, DataObjectOnly):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_object_only import DataObjectOnly
        from ..models.notification_and_data_object import NotificationAndDataObject

        d = dict(expect_object(src_dict, "FcmAndroidWithSdk"))

        def _parse_message(data: object) -> DataObjectOnly | NotificationAndDataObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = DataObjectOnly.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            message_type_1 = NotificationAndDataObject.from_dict(data)

            return message_type_1

        message = _parse_message(d.pop("message"))

        fcm_android_with_sdk = cls(
            message=message,
        )

        fcm_android_with_sdk.additional_properties = d
        return fcm_android_with_sdk

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

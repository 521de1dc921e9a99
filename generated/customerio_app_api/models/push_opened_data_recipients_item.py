from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_opened_data_recipients_item_device_platform import (
    PushOpenedDataRecipientsItemDevicePlatform,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="PushOpenedDataRecipientsItem")


@_attrs_define
class PushOpenedDataRecipientsItem:
    """Describes the device of the recipient who clicked/tapped the link.

    Attributes:
        device_id (str): The device identifier/token.
        device_platform (PushOpenedDataRecipientsItemDevicePlatform | Unset): The device's operating system. Example:
            ios.
    """

    device_id: str
    device_platform: PushOpenedDataRecipientsItemDevicePlatform | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        device_platform: str | Unset = UNSET
        if not isinstance(self.device_platform, Unset):
            device_platform = self.device_platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if device_platform is not UNSET:
            field_dict["device_platform"] = device_platform

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PushOpenedDataRecipientsItem"))
        device_id = d.pop("device_id")
        if type(device_id) is not str:
            device_id = expect_str(device_id, "PushOpenedDataRecipientsItem.device_id")

        _device_platform = d.pop("device_platform", UNSET)
        device_platform: PushOpenedDataRecipientsItemDevicePlatform | Unset
        if isinstance(_device_platform, Unset):
            device_platform = UNSET
        else:
            device_platform = PushOpenedDataRecipientsItemDevicePlatform(
                _device_platform
            )

        push_opened_data_recipients_item = cls(
            device_id=device_id,
            device_platform=device_platform,
        )

        push_opened_data_recipients_item.additional_properties = d
        return push_opened_data_recipients_item

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

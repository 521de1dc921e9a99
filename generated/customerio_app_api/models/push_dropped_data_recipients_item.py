from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_dropped_data_recipients_item_device_platform import (
    PushDroppedDataRecipientsItemDevicePlatform,
)
from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="PushDroppedDataRecipientsItem")


@_attrs_define
class PushDroppedDataRecipientsItem:
    """Describes the device of the recipient who tapped the link.

    Attributes:
        device_id (str): The device identifier/token.
        device_platform (PushDroppedDataRecipientsItemDevicePlatform): The device's operating system. Example: ios.
        failure_message (str): The reason the push failed for this particular recipient.
    """

    device_id: str
    device_platform: PushDroppedDataRecipientsItemDevicePlatform
    failure_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        device_platform = self.device_platform.value

        failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "device_platform": device_platform,
                "failure_message": failure_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PushDroppedDataRecipientsItem"))
        device_id = d.pop("device_id")
        if type(device_id) is not str:
            device_id = expect_str(device_id, "PushDroppedDataRecipientsItem.device_id")

        device_platform = PushDroppedDataRecipientsItemDevicePlatform(
            d.pop("device_platform")
        )

        failure_message = d.pop("failure_message")
        if type(failure_message) is not str:
            failure_message = expect_str(
                failure_message, "PushDroppedDataRecipientsItem.failure_message"
            )

        push_dropped_data_recipients_item = cls(
            device_id=device_id,
            device_platform=device_platform,
            failure_message=failure_message,
        )

        push_dropped_data_recipients_item.additional_properties = d
        return push_dropped_data_recipients_item

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

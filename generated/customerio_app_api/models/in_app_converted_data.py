from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="InAppConvertedData")


@_attrs_define
class InAppConvertedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        recipient (str): The ID or email address of the person the message was sent to. This identifier is determined by
            the settings in your message and the value you use to identify your app's users.
    """

    recipient: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "InAppConvertedData"))
        recipient = d.pop("recipient")
        if type(recipient) is not str:
            recipient = expect_str(recipient, "InAppConvertedData.recipient")

        in_app_converted_data = cls(
            recipient=recipient,
        )

        in_app_converted_data.additional_properties = d
        return in_app_converted_data

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

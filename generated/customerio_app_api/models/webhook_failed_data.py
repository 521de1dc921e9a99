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

T = TypeVar("T", bound="WebhookFailedData")


@_attrs_define
class WebhookFailedData:
    """Contains information about the event, specific to the `object_type` and `metric`.

    Attributes:
        failure_message (str): Indicates the reason that an attempted message failed. Example: Something went wrong!.
    """

    failure_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_message": failure_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "WebhookFailedData"))
        failure_message = d.pop("failure_message")
        if type(failure_message) is not str:
            failure_message = expect_str(
                failure_message, "WebhookFailedData.failure_message"
            )

        webhook_failed_data = cls(
            failure_message=failure_message,
        )

        webhook_failed_data.additional_properties = d
        return webhook_failed_data

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

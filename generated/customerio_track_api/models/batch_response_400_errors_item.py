from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="BatchResponse400ErrorsItem")


@_attrs_define
class BatchResponse400ErrorsItem:
    """
    Attributes:
        reason (str | Unset): The reason for the error.
        field (str | Unset): The field containing the error.
        message (str | Unset): A detailed description of the error in the offending field.
    """

    reason: str | Unset = UNSET
    field: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BatchResponse400ErrorsItem"))
        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = expect_str(reason, "BatchResponse400ErrorsItem.reason")

        field = d.pop("field", UNSET)
        if type(field) is not str and field is not UNSET:
            field = expect_str(field, "BatchResponse400ErrorsItem.field")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = expect_str(message, "BatchResponse400ErrorsItem.message")

        batch_response_400_errors_item = cls(
            reason=reason,
            field=field,
            message=message,
        )

        batch_response_400_errors_item.additional_properties = d
        return batch_response_400_errors_item

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

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

T = TypeVar("T", bound="SortsItem")


@_attrs_define
class SortsItem:
    """
    Attributes:
        type_ (str | Unset): The ID of the sort type.
        value (str | Unset): The ID of the selection type, like `ascending` or `descending`.
    """

    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SortsItem"))
        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_str(type_, "SortsItem.type")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = expect_str(value, "SortsItem.value")

        sorts_item = cls(
            type_=type_,
            value=value,
        )

        sorts_item.additional_properties = d
        return sorts_item

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

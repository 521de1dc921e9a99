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

T = TypeVar("T", bound="AnonymousUser8Properties")


@_attrs_define
class AnonymousUser8Properties:
    """Additional properties for your event.

    Attributes:
        category (str | Unset): The category of the page. This might be useful if you have a single page routes or have
            a flattened URL structure.
    """

    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AnonymousUser8Properties"))
        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = expect_str(category, "AnonymousUser8Properties.category")

        anonymous_user_8_properties = cls(
            category=category,
        )

        anonymous_user_8_properties.additional_properties = d
        return anonymous_user_8_properties

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

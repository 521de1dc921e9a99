from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ObjectActionsItem")


@_attrs_define
class ObjectActionsItem:
    """
    Attributes:
        type_ (str | Unset): The action type. Example: email.
        id (int | Unset): The identifier for the action. Example: 259.
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ObjectActionsItem"))
        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = expect_str(type_, "ObjectActionsItem.type")

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "ObjectActionsItem.id")

        object_actions_item = cls(
            type_=type_,
            id=id,
        )

        object_actions_item.additional_properties = d
        return object_actions_item

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

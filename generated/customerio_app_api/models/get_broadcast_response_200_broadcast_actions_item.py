from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_broadcast_response_200_broadcast_actions_item_type import (
    GetBroadcastResponse200BroadcastActionsItemType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="GetBroadcastResponse200BroadcastActionsItem")


@_attrs_define
class GetBroadcastResponse200BroadcastActionsItem:
    """
    Attributes:
        id (int | Unset): The identifier for the action.
        type_ (GetBroadcastResponse200BroadcastActionsItemType | Unset): The type of action.
    """

    id: int | Unset = UNSET
    type_: GetBroadcastResponse200BroadcastActionsItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetBroadcastResponse200BroadcastActionsItem"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetBroadcastResponse200BroadcastActionsItem.id")

        _type_ = d.pop("type", UNSET)
        type_: GetBroadcastResponse200BroadcastActionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetBroadcastResponse200BroadcastActionsItemType(_type_)

        get_broadcast_response_200_broadcast_actions_item = cls(
            id=id,
            type_=type_,
        )

        get_broadcast_response_200_broadcast_actions_item.additional_properties = d
        return get_broadcast_response_200_broadcast_actions_item

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

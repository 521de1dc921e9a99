from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.segment_4_msg_templates_item_type import Segment4MsgTemplatesItemType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="Segment4MsgTemplatesItem")


@_attrs_define
class Segment4MsgTemplatesItem:
    """
    Attributes:
        type_ (Segment4MsgTemplatesItemType | Unset): The message type the template represents.
        id (int | Unset): The identifier for the template.
    """

    type_: Segment4MsgTemplatesItemType | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        d = dict(expect_object(src_dict, "Segment4MsgTemplatesItem"))
        _type_ = d.pop("type", UNSET)
        type_: Segment4MsgTemplatesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = Segment4MsgTemplatesItemType(_type_)

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "Segment4MsgTemplatesItem.id")

        segment_4_msg_templates_item = cls(
            type_=type_,
            id=id,
        )

        segment_4_msg_templates_item.additional_properties = d
        return segment_4_msg_templates_item

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

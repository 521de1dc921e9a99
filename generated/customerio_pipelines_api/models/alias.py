from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.alias_type import AliasType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="Alias")


@_attrs_define
class Alias:
    """
    Attributes:
        previous_id (str): The userId that you want to merge into the canonical profile.
        user_id (str): The userId that you want to keep. This is required if you haven't already identified someone with
            one of our web or server-side libraries.
        type_ (AliasType | Unset): The event type. This is set automatically by the request method/endpoint.
    """

    previous_id: str
    user_id: str
    type_: AliasType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_id = self.previous_id

        user_id = self.user_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previousId": previous_id,
                "userId": user_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "Alias"))
        previous_id = d.pop("previousId")
        if type(previous_id) is not str:
            previous_id = expect_str(previous_id, "Alias.previousId")

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "Alias.userId")

        _type_ = d.pop("type", UNSET)
        type_: AliasType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AliasType(_type_)

        alias = cls(
            previous_id=previous_id,
            user_id=user_id,
            type_=type_,
        )

        alias.additional_properties = d
        return alias

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anonymous_user_6_type import AnonymousUser6Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.anonymous_user_6_traits import AnonymousUser6Traits


T = TypeVar("T", bound="AnonymousUser6")


@_attrs_define
class AnonymousUser6:
    """
    Attributes:
        anonymous_id (str): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        type_ (AnonymousUser6Type): The event type. This is set automatically by the request method/endpoint. Example:
            group.
        group_id (str): ID of the group Example: 0e8c78ea9d97a7b8185e8632.
        traits (AnonymousUser6Traits | Unset): Additional information about the group.
    """

    anonymous_id: str
    type_: AnonymousUser6Type
    group_id: str
    traits: AnonymousUser6Traits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_id = self.anonymous_id

        type_ = self.type_.value

        group_id = self.group_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymousId": anonymous_id,
                "type": type_,
                "groupId": group_id,
            }
        )
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anonymous_user_6_traits import AnonymousUser6Traits

        d = dict(expect_object(src_dict, "AnonymousUser6"))
        anonymous_id = d.pop("anonymousId")
        if type(anonymous_id) is not str:
            anonymous_id = expect_str(anonymous_id, "AnonymousUser6.anonymousId")

        type_ = AnonymousUser6Type(d.pop("type"))

        group_id = d.pop("groupId")
        if type(group_id) is not str:
            group_id = expect_str(group_id, "AnonymousUser6.groupId")

        _traits = d.pop("traits", UNSET)
        traits: AnonymousUser6Traits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = AnonymousUser6Traits.from_dict(_traits)

        anonymous_user_6 = cls(
            anonymous_id=anonymous_id,
            type_=type_,
            group_id=group_id,
            traits=traits,
        )

        anonymous_user_6.additional_properties = d
        return anonymous_user_6

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

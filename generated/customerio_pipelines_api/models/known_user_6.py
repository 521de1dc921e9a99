from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.known_user_6_type import KnownUser6Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.known_user_6_traits import KnownUser6Traits


T = TypeVar("T", bound="KnownUser6")


@_attrs_define
class KnownUser6:
    """
    Attributes:
        user_id (str): The unique identifier for a person. This value should be unique across systems, so you recognize
            the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        type_ (KnownUser6Type): The event type. This is set automatically by the request method/endpoint. Example:
            group.
        group_id (str): ID of the group Example: 0e8c78ea9d97a7b8185e8632.
        traits (KnownUser6Traits | Unset): Additional information about the group.
    """

    user_id: str
    type_: KnownUser6Type
    group_id: str
    traits: KnownUser6Traits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_ = self.type_.value

        group_id = self.group_id

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "type": type_,
                "groupId": group_id,
            }
        )
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.known_user_6_traits import KnownUser6Traits

        d = dict(expect_object(src_dict, "KnownUser6"))
        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "KnownUser6.userId")

        type_ = KnownUser6Type(d.pop("type"))

        group_id = d.pop("groupId")
        if type(group_id) is not str:
            group_id = expect_str(group_id, "KnownUser6.groupId")

        _traits = d.pop("traits", UNSET)
        traits: KnownUser6Traits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = KnownUser6Traits.from_dict(_traits)

        known_user_6 = cls(
            user_id=user_id,
            type_=type_,
            group_id=group_id,
            traits=traits,
        )

        known_user_6.additional_properties = d
        return known_user_6

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

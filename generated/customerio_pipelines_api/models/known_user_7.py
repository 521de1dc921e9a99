from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.known_user_7_type import KnownUser7Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.known_user_7_properties import KnownUser7Properties


T = TypeVar("T", bound="KnownUser7")


@_attrs_define
class KnownUser7:
    """
    Attributes:
        user_id (str): The unique identifier for a person. This value should be unique across systems, so you recognize
            the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        type_ (KnownUser7Type): The event type. This is set automatically by the request method/endpoint.
        name (str | Unset): The name of the screen the person visited. Example: home.
        properties (KnownUser7Properties | Unset): Additional properties for your screen.
    """

    user_id: str
    type_: KnownUser7Type
    name: str | Unset = UNSET
    properties: KnownUser7Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_ = self.type_.value

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.known_user_7_properties import KnownUser7Properties

        d = dict(expect_object(src_dict, "KnownUser7"))
        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "KnownUser7.userId")

        type_ = KnownUser7Type(d.pop("type"))

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "KnownUser7.name")

        _properties = d.pop("properties", UNSET)
        properties: KnownUser7Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = KnownUser7Properties.from_dict(_properties)

        known_user_7 = cls(
            user_id=user_id,
            type_=type_,
            name=name,
            properties=properties,
        )

        known_user_7.additional_properties = d
        return known_user_7

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

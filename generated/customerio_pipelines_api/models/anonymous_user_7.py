from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anonymous_user_7_type import AnonymousUser7Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.anonymous_user_7_properties import AnonymousUser7Properties


T = TypeVar("T", bound="AnonymousUser7")


@_attrs_define
class AnonymousUser7:
    """
    Attributes:
        anonymous_id (str): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        type_ (AnonymousUser7Type): The event type. This is set automatically by the request method/endpoint.
        name (str | Unset): The name of the screen the person visited. Example: home.
        properties (AnonymousUser7Properties | Unset): Additional properties for your screen.
    """

    anonymous_id: str
    type_: AnonymousUser7Type
    name: str | Unset = UNSET
    properties: AnonymousUser7Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_id = self.anonymous_id

        type_ = self.type_.value

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymousId": anonymous_id,
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
        from ..models.anonymous_user_7_properties import AnonymousUser7Properties

        d = dict(expect_object(src_dict, "AnonymousUser7"))
        anonymous_id = d.pop("anonymousId")
        if type(anonymous_id) is not str:
            anonymous_id = expect_str(anonymous_id, "AnonymousUser7.anonymousId")

        type_ = AnonymousUser7Type(d.pop("type"))

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "AnonymousUser7.name")

        _properties = d.pop("properties", UNSET)
        properties: AnonymousUser7Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnonymousUser7Properties.from_dict(_properties)

        anonymous_user_7 = cls(
            anonymous_id=anonymous_id,
            type_=type_,
            name=name,
            properties=properties,
        )

        anonymous_user_7.additional_properties = d
        return anonymous_user_7

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anonymous_user_9_type import AnonymousUser9Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.anonymous_user_9_properties import AnonymousUser9Properties


T = TypeVar("T", bound="AnonymousUser9")


@_attrs_define
class AnonymousUser9:
    """
    Attributes:
        type_ (AnonymousUser9Type): The event type. This is set automatically by the request method/endpoint.
        event (str): The name of the event Example: new_account.
        anonymous_id (str | Unset): A unique substitute for a User ID in cases when you don’t have an absolutely unique
            identifier. Our libraries generate this value automatically to help you track people before they sign up, log
            in, provide their email, etc. Example: c0e5cae6-6f04-46e4-97a8-25076e8bdc0b.
        properties (AnonymousUser9Properties | Unset): Additional properties for your event.
    """

    type_: AnonymousUser9Type
    event: str
    anonymous_id: str | Unset = UNSET
    properties: AnonymousUser9Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        event = self.event

        anonymous_id = self.anonymous_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymousId"] = anonymous_id
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anonymous_user_9_properties import AnonymousUser9Properties

        d = dict(expect_object(src_dict, "AnonymousUser9"))
        type_ = AnonymousUser9Type(d.pop("type"))

        event = d.pop("event")
        if type(event) is not str:
            event = expect_str(event, "AnonymousUser9.event")

        anonymous_id = d.pop("anonymousId", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "AnonymousUser9.anonymousId")

        _properties = d.pop("properties", UNSET)
        properties: AnonymousUser9Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AnonymousUser9Properties.from_dict(_properties)

        anonymous_user_9 = cls(
            type_=type_,
            event=event,
            anonymous_id=anonymous_id,
            properties=properties,
        )

        anonymous_user_9.additional_properties = d
        return anonymous_user_9

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

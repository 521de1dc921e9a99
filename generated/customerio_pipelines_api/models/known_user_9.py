from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.known_user_9_type import KnownUser9Type
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.known_user_9_properties import KnownUser9Properties


T = TypeVar("T", bound="KnownUser9")


@_attrs_define
class KnownUser9:
    """
    Attributes:
        user_id (str): The unique identifier for a person. This value should be unique across systems, so you recognize
            the same person in your sources _and_ destinations. Example: 241ma8mf4a.
        type_ (KnownUser9Type): The event type. This is set automatically by the request method/endpoint.
        event (str): The name of the event Example: new_account.
        properties (KnownUser9Properties | Unset): Additional properties for your event.
    """

    user_id: str
    type_: KnownUser9Type
    event: str
    properties: KnownUser9Properties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        type_ = self.type_.value

        event = self.event

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "type": type_,
                "event": event,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.known_user_9_properties import KnownUser9Properties

        d = dict(expect_object(src_dict, "KnownUser9"))
        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "KnownUser9.userId")

        type_ = KnownUser9Type(d.pop("type"))

        event = d.pop("event")
        if type(event) is not str:
            event = expect_str(event, "KnownUser9.event")

        _properties = d.pop("properties", UNSET)
        properties: KnownUser9Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = KnownUser9Properties.from_dict(_properties)

        known_user_9 = cls(
            user_id=user_id,
            type_=type_,
            event=event,
            properties=properties,
        )

        known_user_9.additional_properties = d
        return known_user_9

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.unsuppress_person_event import UnsuppressPersonEvent
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.unsuppress_person_properties import UnsuppressPersonProperties


T = TypeVar("T", bound="UnsuppressPerson")


@_attrs_define
class UnsuppressPerson:
    """Allow a userId to be added back to your Customer.io workspace. This does not restore information from a person you
    previously suppressed. It only allows you to add a person back to your workspace using the same identifier.

        Example:
            {'type': 'track', 'event': 'User Unsuppressed', 'userId': '42', 'timestamp': '2021-07-14T19:10:25.000Z'}

        Attributes:
            event (UnsuppressPersonEvent): The event name.
            user_id (str): The user's unique identifier.
            timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event occurred.
            properties (UnsuppressPersonProperties | Unset): Properties for the event. These aren't typically useful in
                Customer.io when unsuppressing people, but you might use them in other places—like an analytics tool (e.g.
                Mixpanel).
    """

    event: UnsuppressPersonEvent
    user_id: str
    timestamp: datetime.datetime | Unset = UNSET
    properties: UnsuppressPersonProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        user_id = self.user_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = rfc3339(self.timestamp)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "userId": user_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unsuppress_person_properties import UnsuppressPersonProperties

        d = dict(expect_object(src_dict, "UnsuppressPerson"))
        event = UnsuppressPersonEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "UnsuppressPerson.userId")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        _properties = d.pop("properties", UNSET)
        properties: UnsuppressPersonProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = UnsuppressPersonProperties.from_dict(_properties)

        unsuppress_person = cls(
            event=event,
            user_id=user_id,
            timestamp=timestamp,
            properties=properties,
        )

        unsuppress_person.additional_properties = d
        return unsuppress_person

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.suppress_person_event import SuppressPersonEvent
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.suppress_person_properties import SuppressPersonProperties


T = TypeVar("T", bound="SuppressPerson")


@_attrs_define
class SuppressPerson:
    """Remove a person from your Customer.io workspace _and_ prevent them from being added back to your workspace using the
    same identifier. In general you should **only send this event for compliance reasons**, like when someone invokes
    their right to be forgotten in accordance with GDPR or CAN-SPAM regulations.

        Example:
            {'type': 'track', 'event': 'User Suppressed', 'userId': '42', 'timestamp': '2021-07-14T19:10:25.000Z'}

        Attributes:
            event (SuppressPersonEvent): The event name.
            user_id (str): The user's unique identifier.
            timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event occurred.
            properties (SuppressPersonProperties | Unset): Properties for the event. These aren't typically useful in
                Customer.io when suppressing people, but you might use them in other places—like an analytics tool (e.g.
                Mixpanel).
    """

    event: SuppressPersonEvent
    user_id: str
    timestamp: datetime.datetime | Unset = UNSET
    properties: SuppressPersonProperties | Unset = UNSET
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
        from ..models.suppress_person_properties import SuppressPersonProperties

        d = dict(expect_object(src_dict, "SuppressPerson"))
        event = SuppressPersonEvent(d.pop("event"))

        user_id = d.pop("userId")
        if type(user_id) is not str:
            user_id = expect_str(user_id, "SuppressPerson.userId")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        _properties = d.pop("properties", UNSET)
        properties: SuppressPersonProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SuppressPersonProperties.from_dict(_properties)

        suppress_person = cls(
            event=event,
            user_id=user_id,
            timestamp=timestamp,
            properties=properties,
        )

        suppress_person.additional_properties = d
        return suppress_person

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

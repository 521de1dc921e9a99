from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.standard_anonymous_event_type import StandardAnonymousEventType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.standard_anonymous_event_data import StandardAnonymousEventData


T = TypeVar("T", bound="StandardAnonymousEvent")


@_attrs_define
class StandardAnonymousEvent:
    """
    Example:
        {'name': 'watched_video', 'anonymous_id': 'abc123', 'data': {'video': 'intro-to-platform'}}

    Attributes:
        name (str): The name of the event. This is how you'll reference the event in campaigns or segments.
        anonymous_id (str | Unset): An identifier for an anonymous event, like a cookie. If set as an attribute on a
            person, any events bearing the same anonymous value are associated with this person. This value must be unique
            and is not reusable.
        id (str | Unset): An identifier used to deduplicate events. This value must be a
            [ULID](https://github.com/ulid/spec). If an event has the same value as an event we previously received, we
            won't show or process the duplicate. Note - our Python and Ruby libraries do not pass this id.
        type_ (StandardAnonymousEventType | Unset): Sets the event type. If your event isn't a `page` or `screen` type
            event, we automatically set this property to `event`.
        timestamp (int | Unset): The unix timestamp when the event took place. If you don't provide this value, we use
            the date-time when we receive the event.
        data (StandardAnonymousEventData | Unset): Additional information that you might want to reference in a message
            using liquid or use to set attributes on your customer (referenced by `customer_id`). You can include
            `from_address` and `reply_to`, but the event can only trigger a campaign if it is associated with a person
            within 72 hours of its timestamp.
    """

    name: str
    anonymous_id: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: StandardAnonymousEventType | Unset = UNSET
    timestamp: int | Unset = UNSET
    data: StandardAnonymousEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        anonymous_id = self.anonymous_id

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.standard_anonymous_event_data import StandardAnonymousEventData

        d = dict(expect_object(src_dict, "StandardAnonymousEvent"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "StandardAnonymousEvent.name")

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(
                anonymous_id, "StandardAnonymousEvent.anonymous_id"
            )

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "StandardAnonymousEvent.id")

        _type_ = d.pop("type", UNSET)
        type_: StandardAnonymousEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StandardAnonymousEventType(_type_)

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "StandardAnonymousEvent.timestamp")

        _data = d.pop("data", UNSET)
        data: StandardAnonymousEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StandardAnonymousEventData.from_dict(_data)

        standard_anonymous_event = cls(
            name=name,
            anonymous_id=anonymous_id,
            id=id,
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        standard_anonymous_event.additional_properties = d
        return standard_anonymous_event

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

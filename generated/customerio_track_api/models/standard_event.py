from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.standard_event_type import StandardEventType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.standard_event_data import StandardEventData


T = TypeVar("T", bound="StandardEvent")


@_attrs_define
class StandardEvent:
    """
    Example:
        {'name': 'purchase', 'data': {'price': 23.45, 'product': 'socks'}}

    Attributes:
        name (str): The name of the event. This is how you'll reference the event in campaigns or segments.
        id (str | Unset): An identifier used to deduplicate events. This value must be a
            [ULID](https://github.com/ulid/spec). If an event has the same value as an event we previously received, we
            won't show or process the duplicate. Note - our Python and Ruby libraries do not pass this id.
        type_ (StandardEventType | Unset): Sets the event type. If your event isn't a `page` or `screen` type event, we
            automatically set this property to `event`.
        timestamp (int | Unset): The unix timestamp when the event took place. If you don't provide this value, we use
            the date-time when we receive the event.

            **NOTE**: Events with a timestamp in the past 72 hours can trigger campaigns.
        data (StandardEventData | Unset): Additional information that you might want to reference in a message using
            liquid or use to set attributes on your customer (referenced by `customer_id`).
    """

    name: str
    id: str | Unset = UNSET
    type_: StandardEventType | Unset = UNSET
    timestamp: int | Unset = UNSET
    data: StandardEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        from ..models.standard_event_data import StandardEventData

        d = dict(expect_object(src_dict, "StandardEvent"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "StandardEvent.name")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "StandardEvent.id")

        _type_ = d.pop("type", UNSET)
        type_: StandardEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StandardEventType(_type_)

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "StandardEvent.timestamp")

        _data = d.pop("data", UNSET)
        data: StandardEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StandardEventData.from_dict(_data)

        standard_event = cls(
            name=name,
            id=id,
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        standard_event.additional_properties = d
        return standard_event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_delivery_event_event import ReportDeliveryEventEvent
from ..types import (
    UNSET,
    Unset,
    expect_object,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.report_delivery_event_properties import ReportDeliveryEventProperties


T = TypeVar("T", bound="ReportDeliveryEvent")


@_attrs_define
class ReportDeliveryEvent:
    """Reports delivery events for messages. In general, we use this event with our JavaScript snippet to report delivery
    events for in-app messages back to your Customer.io workspace.

    While Customer.io knows about messages that are sent, we use this event to determine when an in-app message is
    delivered, clicked, and so on. Each message contains a unique `deliveryId` that we trace back to the person,
    campaign/broadcast, and other items in your Customer.io workspace.

        Example:
            {'type': 'track', 'event': 'Report Delivery Event', 'timestamp': '2021-07-14T19:10:25.000Z', 'properties':
                {'deliveryId': '42', 'metric': 'clicked', 'recipient': 'device_token', 'actionValue': 'enable_push', 'href':
                'myapp://settings/enable_push'}}

        Attributes:
            event (ReportDeliveryEventEvent): The event name.
            properties (ReportDeliveryEventProperties): Properties for the event. These aren't typically useful in
                Customer.io when suppressing people, but you might use them in other places—like an analytics tool (e.g.
                Mixpanel).
            timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event occurred.
    """

    event: ReportDeliveryEventEvent
    properties: ReportDeliveryEventProperties
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        properties = self.properties.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = rfc3339(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "properties": properties,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_delivery_event_properties import (
            ReportDeliveryEventProperties,
        )

        d = dict(expect_object(src_dict, "ReportDeliveryEvent"))
        event = ReportDeliveryEventEvent(d.pop("event"))

        properties = ReportDeliveryEventProperties.from_dict(d.pop("properties"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        report_delivery_event = cls(
            event=event,
            properties=properties,
            timestamp=timestamp,
        )

        report_delivery_event.additional_properties = d
        return report_delivery_event

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

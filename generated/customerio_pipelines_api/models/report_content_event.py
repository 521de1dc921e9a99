from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_content_event_event import ReportContentEventEvent
from ..types import (
    UNSET,
    Unset,
    expect_object,
    parse_datetime,
    rfc3339,
)

if TYPE_CHECKING:
    from ..models.report_content_event_properties import ReportContentEventProperties


T = TypeVar("T", bound="ReportContentEvent")


@_attrs_define
class ReportContentEvent:
    """**You don't need to send this event yourself.**

    Our [JavaScript source snippet](/cdp/sources/connections/javascript) sends this event automatically to report
    impressions and clicks for your anonymous messages.

        Example:
            {'type': 'track', 'event': 'Report Content Event', 'timestamp': '2024-12-14T19:10:25.000Z', 'properties':
                {'actionType': 'clicked_content', 'templateId': 10, 'contentId': 5}}

        Attributes:
            event (ReportContentEventEvent): The event name.
            properties (ReportContentEventProperties): Properties for the event. These aren't typically useful in
                Customer.io when suppressing people, but you might use them in other places—like an analytics tool (e.g.
                Mixpanel).
            timestamp (datetime.datetime | Unset): The ISO-8601 timestamp when the event occurred.
    """

    event: ReportContentEventEvent
    properties: ReportContentEventProperties
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
        from ..models.report_content_event_properties import (
            ReportContentEventProperties,
        )

        d = dict(expect_object(src_dict, "ReportContentEvent"))
        event = ReportContentEventEvent(d.pop("event"))

        properties = ReportContentEventProperties.from_dict(d.pop("properties"))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        report_content_event = cls(
            event=event,
            properties=properties,
            timestamp=timestamp,
        )

        report_content_event.additional_properties = d
        return report_content_event

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

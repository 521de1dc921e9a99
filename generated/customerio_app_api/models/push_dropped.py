from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_dropped_metric import PushDroppedMetric
from ..models.push_dropped_object_type import PushDroppedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.push_dropped_data import PushDroppedData


T = TypeVar("T", bound="PushDropped")


@_attrs_define
class PushDropped:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (PushDroppedObjectType): The event relates to an push notification.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (PushDroppedMetric): A push notification wasn't sent because at least one device token previously
            bounced.
        data (PushDroppedData): Contains information about the event, specific to the `object_type` and `metric`.
    """

    event_id: str
    object_type: PushDroppedObjectType
    timestamp: int
    metric: PushDroppedMetric
    data: PushDroppedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        object_type = self.object_type.value

        timestamp = self.timestamp

        metric = self.metric.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "object_type": object_type,
                "timestamp": timestamp,
                "metric": metric,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_dropped_data import PushDroppedData

        d = dict(expect_object(src_dict, "PushDropped"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "PushDropped.event_id")

        object_type = PushDroppedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "PushDropped.timestamp")

        metric = PushDroppedMetric(d.pop("metric"))

        data = PushDroppedData.from_dict(d.pop("data"))

        push_dropped = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        push_dropped.additional_properties = d
        return push_dropped

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

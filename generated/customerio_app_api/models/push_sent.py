from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_sent_metric import PushSentMetric
from ..models.push_sent_object_type import PushSentObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.push_sent_data import PushSentData


T = TypeVar("T", bound="PushSent")


@_attrs_define
class PushSent:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (PushSentObjectType): The event relates to an push notification.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (PushSentMetric): A push notification was sent to a recipient. If you enabled the *Body Content* option
            with your webhook, the payload includes the `content` of your message.
        data (PushSentData): Contains information about the event, specific to the `object_type` and `metric`.
    """

    event_id: str
    object_type: PushSentObjectType
    timestamp: int
    metric: PushSentMetric
    data: PushSentData
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
        from ..models.push_sent_data import PushSentData

        d = dict(expect_object(src_dict, "PushSent"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "PushSent.event_id")

        object_type = PushSentObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "PushSent.timestamp")

        metric = PushSentMetric(d.pop("metric"))

        data = PushSentData.from_dict(d.pop("data"))

        push_sent = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        push_sent.additional_properties = d
        return push_sent

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

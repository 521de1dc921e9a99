from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.in_app_sent_metric import InAppSentMetric
from ..models.in_app_sent_object_type import InAppSentObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.in_app_sent_data import InAppSentData


T = TypeVar("T", bound="InAppSent")


@_attrs_define
class InAppSent:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (InAppSentObjectType): The event relates to an in-app message.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (InAppSentMetric): An in-app message was sent from Customer.io. Because in-app messages are only
            delivered when a person's app is open, there may be a significant delay between when a message is sent and when
            it's "opened". If you enabled the *Body Content* option with your webhook, the payload includes the `content` of
            your message.
        data (InAppSentData): Contains information about the event, specific to the `object_type` and `metric`.
    """

    event_id: str
    object_type: InAppSentObjectType
    timestamp: int
    metric: InAppSentMetric
    data: InAppSentData
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
        from ..models.in_app_sent_data import InAppSentData

        d = dict(expect_object(src_dict, "InAppSent"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "InAppSent.event_id")

        object_type = InAppSentObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "InAppSent.timestamp")

        metric = InAppSentMetric(d.pop("metric"))

        data = InAppSentData.from_dict(d.pop("data"))

        in_app_sent = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        in_app_sent.additional_properties = d
        return in_app_sent

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

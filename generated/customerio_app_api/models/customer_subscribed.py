from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.customer_subscribed_metric import CustomerSubscribedMetric
from ..models.customer_subscribed_object_type import CustomerSubscribedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.customer_subscribed_data import CustomerSubscribedData


T = TypeVar("T", bound="CustomerSubscribed")


@_attrs_define
class CustomerSubscribed:
    """A person subscribed to messages from you—their `unsubscribed` attribute was set to `false`.

    Attributes:
        metric (CustomerSubscribedMetric): The metric recorded by the event. For `customer` events, this is whether the
            customer explicitly subscribed or unsubscribed.
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (CustomerSubscribedObjectType): The channel that triggered the subscription change. If the
            subscription change wasn't triggered from a message, or we can't determine which message triggered the change,
            the `object_type` is `customer`. Example: customer.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        data (CustomerSubscribedData): Contains information about the event, specific to the `object_type` and `metric`.
    """

    metric: CustomerSubscribedMetric
    event_id: str
    object_type: CustomerSubscribedObjectType
    timestamp: int
    data: CustomerSubscribedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.value

        event_id = self.event_id

        object_type = self.object_type.value

        timestamp = self.timestamp

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "event_id": event_id,
                "object_type": object_type,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_subscribed_data import CustomerSubscribedData

        d = dict(expect_object(src_dict, "CustomerSubscribed"))
        metric = CustomerSubscribedMetric(d.pop("metric"))

        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "CustomerSubscribed.event_id")

        object_type = CustomerSubscribedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "CustomerSubscribed.timestamp")

        data = CustomerSubscribedData.from_dict(d.pop("data"))

        customer_subscribed = cls(
            metric=metric,
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            data=data,
        )

        customer_subscribed.additional_properties = d
        return customer_subscribed

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

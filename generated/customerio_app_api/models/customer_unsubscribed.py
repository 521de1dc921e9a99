from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.customer_unsubscribed_metric import CustomerUnsubscribedMetric
from ..models.customer_unsubscribed_object_type import CustomerUnsubscribedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.customer_unsubscribed_data import CustomerUnsubscribedData


T = TypeVar("T", bound="CustomerUnsubscribed")


@_attrs_define
class CustomerUnsubscribed:
    """A person unsubscribed to messages from you—their `unsubscribed` attribute was set to `true`.

    Attributes:
        metric (CustomerUnsubscribedMetric): The metric recorded by the event. For `customer` events, this is whether
            the customer explicitly subscribed or unsubscribed.
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (CustomerUnsubscribedObjectType): The channel that triggered the subscription change. If the
            subscription change wasn't triggered from a message, or we can't determine which message triggered the change,
            the `object_type` is `customer`. Example: customer.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        data (CustomerUnsubscribedData): Contains information about the event, specific to the `object_type` and
            `metric`.
    """

    metric: CustomerUnsubscribedMetric
    event_id: str
    object_type: CustomerUnsubscribedObjectType
    timestamp: int
    data: CustomerUnsubscribedData
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
        from ..models.customer_unsubscribed_data import CustomerUnsubscribedData

        d = dict(expect_object(src_dict, "CustomerUnsubscribed"))
        metric = CustomerUnsubscribedMetric(d.pop("metric"))

        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "CustomerUnsubscribed.event_id")

        object_type = CustomerUnsubscribedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "CustomerUnsubscribed.timestamp")

        data = CustomerUnsubscribedData.from_dict(d.pop("data"))

        customer_unsubscribed = cls(
            metric=metric,
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            data=data,
        )

        customer_unsubscribed.additional_properties = d
        return customer_unsubscribed

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

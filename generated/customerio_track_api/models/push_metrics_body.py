from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_metrics_body_event import PushMetricsBodyEvent
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="PushMetricsBody")


@_attrs_define
class PushMetricsBody:
    """
    Attributes:
        delivery_id (str | Unset): The CIO-Delivery-ID from the notification that you want to associate the `event`
            with. Example: RPILAgUBcRhIBqSfeiIwdIYJKxTY.
        event (PushMetricsBodyEvent | Unset): The type of device-side event you want to report back to Customer.io.
        device_id (str | Unset): The CIO-Delivery-Token representing the device that received the original notification.
            Example: CIO-Delivery-Token from the notification.
        timestamp (int | Unset): The unix timestamp when the event occurred. Example: 1613063089.
    """

    delivery_id: str | Unset = UNSET
    event: PushMetricsBodyEvent | Unset = UNSET
    device_id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        device_id = self.device_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if event is not UNSET:
            field_dict["event"] = event
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PushMetricsBody"))
        delivery_id = d.pop("delivery_id", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(delivery_id, "PushMetricsBody.delivery_id")

        _event = d.pop("event", UNSET)
        event: PushMetricsBodyEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = PushMetricsBodyEvent(_event)

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(device_id, "PushMetricsBody.device_id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "PushMetricsBody.timestamp")

        push_metrics_body = cls(
            delivery_id=delivery_id,
            event=event,
            device_id=device_id,
            timestamp=timestamp,
        )

        push_metrics_body.additional_properties = d
        return push_metrics_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="TrackMetrics")


@_attrs_define
class TrackMetrics:
    """The base properties shared across multiple metric types.

    Attributes:
        delivery_id (str): The CIO-Delivery-ID from the notification that you want to associate the `event` with.
            Example: RPILAgUBcRhIBqSfeiIwdIYJKxTY.
        timestamp (int | Unset): The unix timestamp when the event occurred. Example: 1613063089.
    """

    delivery_id: str
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "TrackMetrics"))
        delivery_id = d.pop("delivery_id")
        if type(delivery_id) is not str:
            delivery_id = expect_str(delivery_id, "TrackMetrics.delivery_id")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "TrackMetrics.timestamp")

        track_metrics = cls(
            delivery_id=delivery_id,
            timestamp=timestamp,
        )

        track_metrics.additional_properties = d
        return track_metrics

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

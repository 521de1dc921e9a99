from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.in_app_clicked_metric import InAppClickedMetric
from ..models.in_app_clicked_object_type import InAppClickedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.in_app_clicked_data import InAppClickedData


T = TypeVar("T", bound="InAppClicked")


@_attrs_define
class InAppClicked:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (InAppClickedObjectType): The event relates to an in-app message.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (InAppClickedMetric): The in-app message recipient clicked/tapped a component in a message with **Track
            Clicks** enabled. The *Track Clicks* setting is enabled by default for in-app messages. The payload includes a
            `tracked_response` key containing the *Action Name* of the component the person clicked/tapped. [Learn more
            about tracked responses and action names](/journeys/tracked-responses).
        data (InAppClickedData): Contains information about the event, specific to the `object_type` and `metric`.
    """

    event_id: str
    object_type: InAppClickedObjectType
    timestamp: int
    metric: InAppClickedMetric
    data: InAppClickedData
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
        from ..models.in_app_clicked_data import InAppClickedData

        d = dict(expect_object(src_dict, "InAppClicked"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "InAppClicked.event_id")

        object_type = InAppClickedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "InAppClicked.timestamp")

        metric = InAppClickedMetric(d.pop("metric"))

        data = InAppClickedData.from_dict(d.pop("data"))

        in_app_clicked = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        in_app_clicked.additional_properties = d
        return in_app_clicked

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

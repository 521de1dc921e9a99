from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.in_app_opened_metric import InAppOpenedMetric
from ..models.in_app_opened_object_type import InAppOpenedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.api_triggered_broadcast import APITriggeredBroadcast
    from ..models.campaign import Campaign
    from ..models.newsletter import Newsletter


T = TypeVar("T", bound="InAppOpened")


@_attrs_define
class InAppOpened:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (InAppOpenedObjectType): The event relates to an in-app message.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (InAppOpenedMetric): A device opened an in-app message. Because messages appear automatically when a
            person opens your app (to the right page if using page rules), "opened" is essentially an "impression"—a person
            saw your message.
        data (APITriggeredBroadcast | Campaign | Newsletter):
    """

    event_id: str
    object_type: InAppOpenedObjectType
    timestamp: int
    metric: InAppOpenedMetric
    data: APITriggeredBroadcast | Campaign | Newsletter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_triggered_broadcast import APITriggeredBroadcast
        from ..models.campaign import Campaign

        event_id = self.event_id

        object_type = self.object_type.value

        timestamp = self.timestamp

        metric = self.metric.value

        data: dict[str, Any]
        if isinstance(self.data, APITriggeredBroadcast) or isinstance(
            self.data, Campaign
        ):
            data = self.data.to_dict()
        else:
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
        from ..models.api_triggered_broadcast import APITriggeredBroadcast
        from ..models.campaign import Campaign
        from ..models.newsletter import Newsletter

        d = dict(expect_object(src_dict, "InAppOpened"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "InAppOpened.event_id")

        object_type = InAppOpenedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "InAppOpened.timestamp")

        metric = InAppOpenedMetric(d.pop("metric"))

        def _parse_data(data: object) -> APITriggeredBroadcast | Campaign | Newsletter:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = APITriggeredBroadcast.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = Campaign.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_2 = Newsletter.from_dict(data)

            return data_type_2

        data = _parse_data(d.pop("data"))

        in_app_opened = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        in_app_opened.additional_properties = d
        return in_app_opened

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

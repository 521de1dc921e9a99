from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.slack_drafted_metric import SlackDraftedMetric
from ..models.slack_drafted_object_type import SlackDraftedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.api_triggered_broadcast import APITriggeredBroadcast
    from ..models.campaign import Campaign
    from ..models.newsletter import Newsletter


T = TypeVar("T", bound="SlackDrafted")


@_attrs_define
class SlackDrafted:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (SlackDraftedObjectType): The event relates to a Slack message.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (SlackDraftedMetric): A slack message was drafted.
        data (APITriggeredBroadcast | Campaign | Newsletter):
    """

    event_id: str
    object_type: SlackDraftedObjectType
    timestamp: int
    metric: SlackDraftedMetric
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

        d = dict(expect_object(src_dict, "SlackDrafted"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "SlackDrafted.event_id")

        object_type = SlackDraftedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "SlackDrafted.timestamp")

        metric = SlackDraftedMetric(d.pop("metric"))

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

        slack_drafted = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        slack_drafted.additional_properties = d
        return slack_drafted

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

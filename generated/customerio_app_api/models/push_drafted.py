from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.push_drafted_metric import PushDraftedMetric
from ..models.push_drafted_object_type import PushDraftedObjectType
from ..types import (
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.api_triggered_broadcast import APITriggeredBroadcast
    from ..models.campaign import Campaign
    from ..models.newsletter import Newsletter
    from ..models.transactional_message import TransactionalMessage


T = TypeVar("T", bound="PushDrafted")


@_attrs_define
class PushDrafted:
    """
    Attributes:
        event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
        object_type (PushDraftedObjectType): The event relates to an push notification.
        timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
        metric (PushDraftedMetric): A push notification was drafted.
        data (APITriggeredBroadcast | Campaign | Newsletter | TransactionalMessage):
    """

    event_id: str
    object_type: PushDraftedObjectType
    timestamp: int
    metric: PushDraftedMetric
    data: APITriggeredBroadcast | Campaign | Newsletter | TransactionalMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_triggered_broadcast import APITriggeredBroadcast
        from ..models.campaign import Campaign
        from ..models.newsletter import Newsletter

        event_id = self.event_id

        object_type = self.object_type.value

        timestamp = self.timestamp

        metric = self.metric.value

        data: dict[str, Any]
        if (
            isinstance(self.data, APITriggeredBroadcast)
            or isinstance(self.data, Campaign)
            or isinstance(self.data, Newsletter)
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
        from ..models.transactional_message import TransactionalMessage

        d = dict(expect_object(src_dict, "PushDrafted"))
        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(event_id, "PushDrafted.event_id")

        object_type = PushDraftedObjectType(d.pop("object_type"))

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(timestamp, "PushDrafted.timestamp")

        metric = PushDraftedMetric(d.pop("metric"))

        def _parse_data(
            data: object,
        ) -> APITriggeredBroadcast | Campaign | Newsletter | TransactionalMessage:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = Newsletter.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_3 = TransactionalMessage.from_dict(data)

            return data_type_3

        data = _parse_data(d.pop("data"))

        push_drafted = cls(
            event_id=event_id,
            object_type=object_type,
            timestamp=timestamp,
            metric=metric,
            data=data,
        )

        push_drafted.additional_properties = d
        return push_drafted

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.customer_cio_subscription_preferences_changed_metric import (
    CustomerCioSubscriptionPreferencesChangedMetric,
)
from ..models.customer_cio_subscription_preferences_changed_object_type_type import (
    CustomerCioSubscriptionPreferencesChangedObjectTypeType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.customer_cio_subscription_preferences_changed_data import (
        CustomerCioSubscriptionPreferencesChangedData,
    )


T = TypeVar("T", bound="CustomerCioSubscriptionPreferencesChanged")


@_attrs_define
class CustomerCioSubscriptionPreferencesChanged:
    """A person changed their subscription preferences through our subscription center or you changed their
    `cio_subscription_preferences` attribute values.

    Some fields in the `data` object change based on whether the message that resulted in the change originated from a
    broadcast, campaign, or newsletter.

        Attributes:
            metric (CustomerCioSubscriptionPreferencesChangedMetric): The event we're reporting to your webhook endpoint. In
                this case, a person changed their subscription preferences.
            event_id (str): The unique ID of the reporting webhook event being sent. Example: 01E4C4CT6YDC7Y5M7FE1GWWPQJ.
            timestamp (int): The unix timestamp when the event occurred. Example: 1613063089.
            data (CustomerCioSubscriptionPreferencesChangedData):
            object_type_type (CustomerCioSubscriptionPreferencesChangedObjectTypeType | Unset): The channel that triggered
                the change to the person's subscription preferences. If the subscription change wasn't triggered from a message,
                or we can't determine which message triggered the change, the `object_type` is `customer`. Most subscription
                changes are triggered by `email` or are `customer` initiated. Example: email.
    """

    metric: CustomerCioSubscriptionPreferencesChangedMetric
    event_id: str
    timestamp: int
    data: CustomerCioSubscriptionPreferencesChangedData
    object_type_type: (
        CustomerCioSubscriptionPreferencesChangedObjectTypeType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.value

        event_id = self.event_id

        timestamp = self.timestamp

        data = self.data.to_dict()

        object_type_type: str | Unset = UNSET
        if not isinstance(self.object_type_type, Unset):
            object_type_type = self.object_type_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "event_id": event_id,
                "timestamp": timestamp,
                "data": data,
            }
        )
        if object_type_type is not UNSET:
            field_dict["object_type_type"] = object_type_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_cio_subscription_preferences_changed_data import (
            CustomerCioSubscriptionPreferencesChangedData,
        )

        d = dict(expect_object(src_dict, "CustomerCioSubscriptionPreferencesChanged"))
        metric = CustomerCioSubscriptionPreferencesChangedMetric(d.pop("metric"))

        event_id = d.pop("event_id")
        if type(event_id) is not str:
            event_id = expect_str(
                event_id, "CustomerCioSubscriptionPreferencesChanged.event_id"
            )

        timestamp = d.pop("timestamp")
        if type(timestamp) is not int:
            timestamp = expect_int(
                timestamp, "CustomerCioSubscriptionPreferencesChanged.timestamp"
            )

        data = CustomerCioSubscriptionPreferencesChangedData.from_dict(d.pop("data"))

        _object_type_type = d.pop("object_type_type", UNSET)
        object_type_type: (
            CustomerCioSubscriptionPreferencesChangedObjectTypeType | Unset
        )
        if isinstance(_object_type_type, Unset):
            object_type_type = UNSET
        else:
            object_type_type = CustomerCioSubscriptionPreferencesChangedObjectTypeType(
                _object_type_type
            )

        customer_cio_subscription_preferences_changed = cls(
            metric=metric,
            event_id=event_id,
            timestamp=timestamp,
            data=data,
            object_type_type=object_type_type,
        )

        customer_cio_subscription_preferences_changed.additional_properties = d
        return customer_cio_subscription_preferences_changed

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

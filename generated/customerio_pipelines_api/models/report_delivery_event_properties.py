from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_delivery_event_properties_metric import (
    ReportDeliveryEventPropertiesMetric,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="ReportDeliveryEventProperties")


@_attrs_define
class ReportDeliveryEventProperties:
    """Properties for the event. These aren't typically useful in Customer.io when suppressing people, but you might use
    them in other places—like an analytics tool (e.g. Mixpanel).

        Attributes:
            delivery_id (str | Unset): The ID of the message delivery.
            metric (ReportDeliveryEventPropertiesMetric | Unset): The metric you're reporting. Remember, these are metrics
                that occur outside of Customer.io—after the message is sent. Because this event typically tracks in-app
                messages, you'll generally see metrics like delivered, opened, clicked, etc.
            recipient (str | Unset): The recipient of the message. This field changes depending on the type of message. For
                in-app messages, this is the person's `deviceId`; for SMS it's the recipient's phone number; for push
                notifications, it's their device token.
            reason (str | Unset): If the message failed for some reason, this field contains the reason why.
            action_value (str | Unset): For in-app messages that are `clicked`, this value represents the value of the
                action the recipient clicked.
            href (str | Unset): For in-app messages that are `clicked`, this value represents the URL/link the recipient
                clicked.
    """

    delivery_id: str | Unset = UNSET
    metric: ReportDeliveryEventPropertiesMetric | Unset = UNSET
    recipient: str | Unset = UNSET
    reason: str | Unset = UNSET
    action_value: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        recipient = self.recipient

        reason = self.reason

        action_value = self.action_value

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if metric is not UNSET:
            field_dict["metric"] = metric
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if reason is not UNSET:
            field_dict["reason"] = reason
        if action_value is not UNSET:
            field_dict["actionValue"] = action_value
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ReportDeliveryEventProperties"))
        delivery_id = d.pop("deliveryId", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(
                delivery_id, "ReportDeliveryEventProperties.deliveryId"
            )

        _metric = d.pop("metric", UNSET)
        metric: ReportDeliveryEventPropertiesMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ReportDeliveryEventPropertiesMetric(_metric)

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "ReportDeliveryEventProperties.recipient")

        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = expect_str(reason, "ReportDeliveryEventProperties.reason")

        action_value = d.pop("actionValue", UNSET)
        if type(action_value) is not str and action_value is not UNSET:
            action_value = expect_str(
                action_value, "ReportDeliveryEventProperties.actionValue"
            )

        href = d.pop("href", UNSET)
        if type(href) is not str and href is not UNSET:
            href = expect_str(href, "ReportDeliveryEventProperties.href")

        report_delivery_event_properties = cls(
            delivery_id=delivery_id,
            metric=metric,
            recipient=recipient,
            reason=reason,
            action_value=action_value,
            href=href,
        )

        report_delivery_event_properties.additional_properties = d
        return report_delivery_event_properties

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

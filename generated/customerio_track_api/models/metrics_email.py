from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.metrics_email_metric import MetricsEmailMetric
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="MetricsEmail")


@_attrs_define
class MetricsEmail:
    """
    Attributes:
        delivery_id (str): The CIO-Delivery-ID from the notification that you want to associate the `event` with.
            Example: RPILAgUBcRhIBqSfeiIwdIYJKxTY.
        metric (MetricsEmailMetric): The email metric you want to report back to Customer.io.
        timestamp (int | Unset): The unix timestamp when the event occurred. Example: 1613063089.
        recipient (str | Unset): The email of the person who received the message.
        reason (str | Unset): For metrics indicating a failure (like `bounced`), this field provides the reason for the
            failure.
        href (str | Unset): For `clicked` metrics, this is the link the recipient clicked.
    """

    delivery_id: str
    metric: MetricsEmailMetric
    timestamp: int | Unset = UNSET
    recipient: str | Unset = UNSET
    reason: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        metric = self.metric.value

        timestamp = self.timestamp

        recipient = self.recipient

        reason = self.reason

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "metric": metric,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if reason is not UNSET:
            field_dict["reason"] = reason
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MetricsEmail"))
        delivery_id = d.pop("delivery_id")
        if type(delivery_id) is not str:
            delivery_id = expect_str(delivery_id, "MetricsEmail.delivery_id")

        metric = MetricsEmailMetric(d.pop("metric"))

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = expect_int(timestamp, "MetricsEmail.timestamp")

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "MetricsEmail.recipient")

        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = expect_str(reason, "MetricsEmail.reason")

        href = d.pop("href", UNSET)
        if type(href) is not str and href is not UNSET:
            href = expect_str(href, "MetricsEmail.href")

        metrics_email = cls(
            delivery_id=delivery_id,
            metric=metric,
            timestamp=timestamp,
            recipient=recipient,
            reason=reason,
            href=href,
        )

        metrics_email.additional_properties = d
        return metrics_email

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
)

T = TypeVar("T", bound="WebhookEvents")


@_attrs_define
class WebhookEvents:
    """Describes the webhook events reported from Customer.io to a webhook.

    Attributes:
        webhook_attempted (bool | Unset): Reports when a webhook could not be sent and will retry. Set to true to report
            this event type.
        webhook_clicked (bool | Unset): Reports when a tracked link in a webhook payload is opened. Set to true to
            report this event type.
        webhook_drafted (bool | Unset): A webhook draft is created. Set to true to report this event type.
        webhook_failed (bool | Unset): Reports when a webhook couldn't be sent to the webhook URL. Set to true to report
            this event type.
        webhook_sent (bool | Unset): Reports when a webhook is sent from Customer.io to the webhook URL. Set to true to
            report this event type.
    """

    webhook_attempted: bool | Unset = UNSET
    webhook_clicked: bool | Unset = UNSET
    webhook_drafted: bool | Unset = UNSET
    webhook_failed: bool | Unset = UNSET
    webhook_sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_attempted = self.webhook_attempted

        webhook_clicked = self.webhook_clicked

        webhook_drafted = self.webhook_drafted

        webhook_failed = self.webhook_failed

        webhook_sent = self.webhook_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_attempted is not UNSET:
            field_dict["webhook_attempted"] = webhook_attempted
        if webhook_clicked is not UNSET:
            field_dict["webhook_clicked"] = webhook_clicked
        if webhook_drafted is not UNSET:
            field_dict["webhook_drafted"] = webhook_drafted
        if webhook_failed is not UNSET:
            field_dict["webhook_failed"] = webhook_failed
        if webhook_sent is not UNSET:
            field_dict["webhook_sent"] = webhook_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "WebhookEvents"))
        webhook_attempted = d.pop("webhook_attempted", UNSET)
        if type(webhook_attempted) is not bool and webhook_attempted is not UNSET:
            webhook_attempted = expect_bool(
                webhook_attempted, "WebhookEvents.webhook_attempted"
            )

        webhook_clicked = d.pop("webhook_clicked", UNSET)
        if type(webhook_clicked) is not bool and webhook_clicked is not UNSET:
            webhook_clicked = expect_bool(
                webhook_clicked, "WebhookEvents.webhook_clicked"
            )

        webhook_drafted = d.pop("webhook_drafted", UNSET)
        if type(webhook_drafted) is not bool and webhook_drafted is not UNSET:
            webhook_drafted = expect_bool(
                webhook_drafted, "WebhookEvents.webhook_drafted"
            )

        webhook_failed = d.pop("webhook_failed", UNSET)
        if type(webhook_failed) is not bool and webhook_failed is not UNSET:
            webhook_failed = expect_bool(webhook_failed, "WebhookEvents.webhook_failed")

        webhook_sent = d.pop("webhook_sent", UNSET)
        if type(webhook_sent) is not bool and webhook_sent is not UNSET:
            webhook_sent = expect_bool(webhook_sent, "WebhookEvents.webhook_sent")

        webhook_events = cls(
            webhook_attempted=webhook_attempted,
            webhook_clicked=webhook_clicked,
            webhook_drafted=webhook_drafted,
            webhook_failed=webhook_failed,
            webhook_sent=webhook_sent,
        )

        webhook_events.additional_properties = d
        return webhook_events

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

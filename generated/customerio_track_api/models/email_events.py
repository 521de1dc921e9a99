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

T = TypeVar("T", bound="EmailEvents")


@_attrs_define
class EmailEvents:
    """Describes the email events reported from Customer.io to a webhook.

    Attributes:
        email_attempted (bool | Unset): Reports when a message cannot be sent to the delivery provider and will retry.
            Set to true to report this event type.
        email_bounced (bool | Unset): Reports when the delivery provider is unable to deliver a message. Set to true to
            report this event type.
        email_clicked (bool | Unset): Reports when a person clicks a tracked link in a message. Set to true to report
            this event type.
        email_converted (bool | Unset): Reports a conversion. Set to true to report this event type.
        email_deferred (bool | Unset): Reports when the delivery provider couldn't send a message and will retry. Set to
            true to report this event type.
        email_delivered (bool | Unset): Reports when the delivery provider reports that a message is delivered to an
            inbox. Set to true to report this event type.
        email_drafted (bool | Unset): Reports when a message draft is created. Set to true to report this event type.
        email_dropped (bool | Unset): Reports when a message isn't sent because the recipient is suppressed. Set to true
            to report this event type.
        email_failed (bool | Unset): Reports when an email couldn't be sent to the delivery provider. Set to true to
            report this event type.
        email_opened (bool | Unset): Reports when a recipient opens a message. Set to true to report this event type.
        email_sent (bool | Unset): Reports when a message is sent from Customer.io to the delivery provider. Set to true
            to report this event type.
        email_spammed (bool | Unset): Reports a recipient marks a message as spam. Set to true to report this even type.
        email_unsubscribed (bool | Unset): Reports when a person unsubscribes through a particular email. Set to true to
            report this event type.
    """

    email_attempted: bool | Unset = UNSET
    email_bounced: bool | Unset = UNSET
    email_clicked: bool | Unset = UNSET
    email_converted: bool | Unset = UNSET
    email_deferred: bool | Unset = UNSET
    email_delivered: bool | Unset = UNSET
    email_drafted: bool | Unset = UNSET
    email_dropped: bool | Unset = UNSET
    email_failed: bool | Unset = UNSET
    email_opened: bool | Unset = UNSET
    email_sent: bool | Unset = UNSET
    email_spammed: bool | Unset = UNSET
    email_unsubscribed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_attempted = self.email_attempted

        email_bounced = self.email_bounced

        email_clicked = self.email_clicked

        email_converted = self.email_converted

        email_deferred = self.email_deferred

        email_delivered = self.email_delivered

        email_drafted = self.email_drafted

        email_dropped = self.email_dropped

        email_failed = self.email_failed

        email_opened = self.email_opened

        email_sent = self.email_sent

        email_spammed = self.email_spammed

        email_unsubscribed = self.email_unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_attempted is not UNSET:
            field_dict["email_attempted"] = email_attempted
        if email_bounced is not UNSET:
            field_dict["email_bounced"] = email_bounced
        if email_clicked is not UNSET:
            field_dict["email_clicked"] = email_clicked
        if email_converted is not UNSET:
            field_dict["email_converted"] = email_converted
        if email_deferred is not UNSET:
            field_dict["email_deferred"] = email_deferred
        if email_delivered is not UNSET:
            field_dict["email_delivered"] = email_delivered
        if email_drafted is not UNSET:
            field_dict["email_drafted"] = email_drafted
        if email_dropped is not UNSET:
            field_dict["email_dropped"] = email_dropped
        if email_failed is not UNSET:
            field_dict["email_failed"] = email_failed
        if email_opened is not UNSET:
            field_dict["email_opened"] = email_opened
        if email_sent is not UNSET:
            field_dict["email_sent"] = email_sent
        if email_spammed is not UNSET:
            field_dict["email_spammed"] = email_spammed
        if email_unsubscribed is not UNSET:
            field_dict["email_unsubscribed"] = email_unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailEvents"))
        email_attempted = d.pop("email_attempted", UNSET)
        if type(email_attempted) is not bool and email_attempted is not UNSET:
            email_attempted = expect_bool(
                email_attempted, "EmailEvents.email_attempted"
            )

        email_bounced = d.pop("email_bounced", UNSET)
        if type(email_bounced) is not bool and email_bounced is not UNSET:
            email_bounced = expect_bool(email_bounced, "EmailEvents.email_bounced")

        email_clicked = d.pop("email_clicked", UNSET)
        if type(email_clicked) is not bool and email_clicked is not UNSET:
            email_clicked = expect_bool(email_clicked, "EmailEvents.email_clicked")

        email_converted = d.pop("email_converted", UNSET)
        if type(email_converted) is not bool and email_converted is not UNSET:
            email_converted = expect_bool(
                email_converted, "EmailEvents.email_converted"
            )

        email_deferred = d.pop("email_deferred", UNSET)
        if type(email_deferred) is not bool and email_deferred is not UNSET:
            email_deferred = expect_bool(email_deferred, "EmailEvents.email_deferred")

        email_delivered = d.pop("email_delivered", UNSET)
        if type(email_delivered) is not bool and email_delivered is not UNSET:
            email_delivered = expect_bool(
                email_delivered, "EmailEvents.email_delivered"
            )

        email_drafted = d.pop("email_drafted", UNSET)
        if type(email_drafted) is not bool and email_drafted is not UNSET:
            email_drafted = expect_bool(email_drafted, "EmailEvents.email_drafted")

        email_dropped = d.pop("email_dropped", UNSET)
        if type(email_dropped) is not bool and email_dropped is not UNSET:
            email_dropped = expect_bool(email_dropped, "EmailEvents.email_dropped")

        email_failed = d.pop("email_failed", UNSET)
        if type(email_failed) is not bool and email_failed is not UNSET:
            email_failed = expect_bool(email_failed, "EmailEvents.email_failed")

        email_opened = d.pop("email_opened", UNSET)
        if type(email_opened) is not bool and email_opened is not UNSET:
            email_opened = expect_bool(email_opened, "EmailEvents.email_opened")

        email_sent = d.pop("email_sent", UNSET)
        if type(email_sent) is not bool and email_sent is not UNSET:
            email_sent = expect_bool(email_sent, "EmailEvents.email_sent")

        email_spammed = d.pop("email_spammed", UNSET)
        if type(email_spammed) is not bool and email_spammed is not UNSET:
            email_spammed = expect_bool(email_spammed, "EmailEvents.email_spammed")

        email_unsubscribed = d.pop("email_unsubscribed", UNSET)
        if type(email_unsubscribed) is not bool and email_unsubscribed is not UNSET:
            email_unsubscribed = expect_bool(
                email_unsubscribed, "EmailEvents.email_unsubscribed"
            )

        email_events = cls(
            email_attempted=email_attempted,
            email_bounced=email_bounced,
            email_clicked=email_clicked,
            email_converted=email_converted,
            email_deferred=email_deferred,
            email_delivered=email_delivered,
            email_drafted=email_drafted,
            email_dropped=email_dropped,
            email_failed=email_failed,
            email_opened=email_opened,
            email_sent=email_sent,
            email_spammed=email_spammed,
            email_unsubscribed=email_unsubscribed,
        )

        email_events.additional_properties = d
        return email_events

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

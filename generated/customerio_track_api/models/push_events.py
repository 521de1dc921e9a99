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

T = TypeVar("T", bound="PushEvents")


@_attrs_define
class PushEvents:
    """Describes the push events reported from Customer.io to a webhook.

    Attributes:
        push_attempted (bool | Unset): Reports when a push notification could not be sent to the delivery provider will
            retry. Set to true to report this event type.
        push_bounced (bool | Unset): Reports when the delivery provider is unable to deliver a message. Set to true to
            report this event type.
        push_clicked (bool | Unset): Reports when a person clicks a tracked link in a message. Set to true to report
            this event type.
        push_converted (bool | Unset): Reports a conversion. Set to true to report this event type.
        push_delivered (bool | Unset): An app reports that the recipient's device received a message. Set to true to
            report this event type.
        push_drafted (bool | Unset): Reports when a message draft is created. Set to true to report this event type.
        push_dropped (bool | Unset): Reports when a message isn't sent because the recipient is suppressed. Set to true
            to report this event type.
        push_failed (bool | Unset): Reports when a message couldn't be sent to the delivery provider. Set to true to
            report this event type.
        push_opened (bool | Unset): The app on a recipient's device reports that the recipient opened the message. Set
            to true to report this event type.
        push_sent (bool | Unset): Reports when a message is sent from Customer.io to the delivery provider. Set to true
            to report this event type.
    """

    push_attempted: bool | Unset = UNSET
    push_bounced: bool | Unset = UNSET
    push_clicked: bool | Unset = UNSET
    push_converted: bool | Unset = UNSET
    push_delivered: bool | Unset = UNSET
    push_drafted: bool | Unset = UNSET
    push_dropped: bool | Unset = UNSET
    push_failed: bool | Unset = UNSET
    push_opened: bool | Unset = UNSET
    push_sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push_attempted = self.push_attempted

        push_bounced = self.push_bounced

        push_clicked = self.push_clicked

        push_converted = self.push_converted

        push_delivered = self.push_delivered

        push_drafted = self.push_drafted

        push_dropped = self.push_dropped

        push_failed = self.push_failed

        push_opened = self.push_opened

        push_sent = self.push_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if push_attempted is not UNSET:
            field_dict["push_attempted"] = push_attempted
        if push_bounced is not UNSET:
            field_dict["push_bounced"] = push_bounced
        if push_clicked is not UNSET:
            field_dict["push_clicked"] = push_clicked
        if push_converted is not UNSET:
            field_dict["push_converted"] = push_converted
        if push_delivered is not UNSET:
            field_dict["push_delivered"] = push_delivered
        if push_drafted is not UNSET:
            field_dict["push_drafted"] = push_drafted
        if push_dropped is not UNSET:
            field_dict["push_dropped"] = push_dropped
        if push_failed is not UNSET:
            field_dict["push_failed"] = push_failed
        if push_opened is not UNSET:
            field_dict["push_opened"] = push_opened
        if push_sent is not UNSET:
            field_dict["push_sent"] = push_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PushEvents"))
        push_attempted = d.pop("push_attempted", UNSET)
        if type(push_attempted) is not bool and push_attempted is not UNSET:
            push_attempted = expect_bool(push_attempted, "PushEvents.push_attempted")

        push_bounced = d.pop("push_bounced", UNSET)
        if type(push_bounced) is not bool and push_bounced is not UNSET:
            push_bounced = expect_bool(push_bounced, "PushEvents.push_bounced")

        push_clicked = d.pop("push_clicked", UNSET)
        if type(push_clicked) is not bool and push_clicked is not UNSET:
            push_clicked = expect_bool(push_clicked, "PushEvents.push_clicked")

        push_converted = d.pop("push_converted", UNSET)
        if type(push_converted) is not bool and push_converted is not UNSET:
            push_converted = expect_bool(push_converted, "PushEvents.push_converted")

        push_delivered = d.pop("push_delivered", UNSET)
        if type(push_delivered) is not bool and push_delivered is not UNSET:
            push_delivered = expect_bool(push_delivered, "PushEvents.push_delivered")

        push_drafted = d.pop("push_drafted", UNSET)
        if type(push_drafted) is not bool and push_drafted is not UNSET:
            push_drafted = expect_bool(push_drafted, "PushEvents.push_drafted")

        push_dropped = d.pop("push_dropped", UNSET)
        if type(push_dropped) is not bool and push_dropped is not UNSET:
            push_dropped = expect_bool(push_dropped, "PushEvents.push_dropped")

        push_failed = d.pop("push_failed", UNSET)
        if type(push_failed) is not bool and push_failed is not UNSET:
            push_failed = expect_bool(push_failed, "PushEvents.push_failed")

        push_opened = d.pop("push_opened", UNSET)
        if type(push_opened) is not bool and push_opened is not UNSET:
            push_opened = expect_bool(push_opened, "PushEvents.push_opened")

        push_sent = d.pop("push_sent", UNSET)
        if type(push_sent) is not bool and push_sent is not UNSET:
            push_sent = expect_bool(push_sent, "PushEvents.push_sent")

        push_events = cls(
            push_attempted=push_attempted,
            push_bounced=push_bounced,
            push_clicked=push_clicked,
            push_converted=push_converted,
            push_delivered=push_delivered,
            push_drafted=push_drafted,
            push_dropped=push_dropped,
            push_failed=push_failed,
            push_opened=push_opened,
            push_sent=push_sent,
        )

        push_events.additional_properties = d
        return push_events

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

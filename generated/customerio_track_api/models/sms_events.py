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

T = TypeVar("T", bound="SmsEvents")


@_attrs_define
class SmsEvents:
    """Describes the SMS events reported from Customer.io to a webhook.

    Attributes:
        sms_attempted (bool | Unset): Reports when a push notification could not be sent to the delivery provider will
            retry. Set to true to report this event type.
        sms_bounced (bool | Unset): Reports when the delivery provider is unable to deliver a message to the recipient.
            Set to true to report this event type.
        sms_clicked (bool | Unset): Reports when a person clicks a tracked link in a message. Set to true to report this
            event type.
        sms_converted (bool | Unset): Reports when a person matches conversion criteria attributed to a a message. Set
            to true to report this event type.
        sms_delivered (bool | Unset): The delivery provider reports that the message is delivered. Set to true to report
            this event type.
        sms_drafted (bool | Unset): Reports when a message draft is created. Set to true to report this event type.
        sms_failed (bool | Unset): Reports when a message couldn't be sent to the delivery provider. Set to true to
            report this event type.
        sms_sent (bool | Unset): Reports when a message is sent from Customer.io to the delivery provider. Set to true
            to report this event type.
    """

    sms_attempted: bool | Unset = UNSET
    sms_bounced: bool | Unset = UNSET
    sms_clicked: bool | Unset = UNSET
    sms_converted: bool | Unset = UNSET
    sms_delivered: bool | Unset = UNSET
    sms_drafted: bool | Unset = UNSET
    sms_failed: bool | Unset = UNSET
    sms_sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_attempted = self.sms_attempted

        sms_bounced = self.sms_bounced

        sms_clicked = self.sms_clicked

        sms_converted = self.sms_converted

        sms_delivered = self.sms_delivered

        sms_drafted = self.sms_drafted

        sms_failed = self.sms_failed

        sms_sent = self.sms_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms_attempted is not UNSET:
            field_dict["sms_attempted"] = sms_attempted
        if sms_bounced is not UNSET:
            field_dict["sms_bounced"] = sms_bounced
        if sms_clicked is not UNSET:
            field_dict["sms_clicked"] = sms_clicked
        if sms_converted is not UNSET:
            field_dict["sms_converted"] = sms_converted
        if sms_delivered is not UNSET:
            field_dict["sms_delivered"] = sms_delivered
        if sms_drafted is not UNSET:
            field_dict["sms_drafted"] = sms_drafted
        if sms_failed is not UNSET:
            field_dict["sms_failed"] = sms_failed
        if sms_sent is not UNSET:
            field_dict["sms_sent"] = sms_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SmsEvents"))
        sms_attempted = d.pop("sms_attempted", UNSET)
        if type(sms_attempted) is not bool and sms_attempted is not UNSET:
            sms_attempted = expect_bool(sms_attempted, "SmsEvents.sms_attempted")

        sms_bounced = d.pop("sms_bounced", UNSET)
        if type(sms_bounced) is not bool and sms_bounced is not UNSET:
            sms_bounced = expect_bool(sms_bounced, "SmsEvents.sms_bounced")

        sms_clicked = d.pop("sms_clicked", UNSET)
        if type(sms_clicked) is not bool and sms_clicked is not UNSET:
            sms_clicked = expect_bool(sms_clicked, "SmsEvents.sms_clicked")

        sms_converted = d.pop("sms_converted", UNSET)
        if type(sms_converted) is not bool and sms_converted is not UNSET:
            sms_converted = expect_bool(sms_converted, "SmsEvents.sms_converted")

        sms_delivered = d.pop("sms_delivered", UNSET)
        if type(sms_delivered) is not bool and sms_delivered is not UNSET:
            sms_delivered = expect_bool(sms_delivered, "SmsEvents.sms_delivered")

        sms_drafted = d.pop("sms_drafted", UNSET)
        if type(sms_drafted) is not bool and sms_drafted is not UNSET:
            sms_drafted = expect_bool(sms_drafted, "SmsEvents.sms_drafted")

        sms_failed = d.pop("sms_failed", UNSET)
        if type(sms_failed) is not bool and sms_failed is not UNSET:
            sms_failed = expect_bool(sms_failed, "SmsEvents.sms_failed")

        sms_sent = d.pop("sms_sent", UNSET)
        if type(sms_sent) is not bool and sms_sent is not UNSET:
            sms_sent = expect_bool(sms_sent, "SmsEvents.sms_sent")

        sms_events = cls(
            sms_attempted=sms_attempted,
            sms_bounced=sms_bounced,
            sms_clicked=sms_clicked,
            sms_converted=sms_converted,
            sms_delivered=sms_delivered,
            sms_drafted=sms_drafted,
            sms_failed=sms_failed,
            sms_sent=sms_sent,
        )

        sms_events.additional_properties = d
        return sms_events

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

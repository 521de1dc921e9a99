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

T = TypeVar("T", bound="SlackEvents")


@_attrs_define
class SlackEvents:
    """Describes the slack events reported from Customer.io to a webhook.

    Attributes:
        slack_attempted (bool | Unset): Reports when a message could not be sent to the delivery provider will retry.
            Set to true to report this event type.
        slack_clicked (bool | Unset): Reports when a person clicks a tracked link in a message. Set to true to report
            this event type.
        slack_converted (bool | Unset): Reports when a person matches conversion criteria attributed to a a message. Set
            to true to report this event type.
        slack_drafted (bool | Unset): Reports when a message draft is created. Set to true to report this event type.
        slack_failed (bool | Unset): Reports when a message couldn't be sent to the delivery provider. Set to true to
            report this event type.
        slack_sent (bool | Unset): Reports when a message is sent from Customer.io to the delivery provider. Set to true
            to report this event type.
    """

    slack_attempted: bool | Unset = UNSET
    slack_clicked: bool | Unset = UNSET
    slack_converted: bool | Unset = UNSET
    slack_drafted: bool | Unset = UNSET
    slack_failed: bool | Unset = UNSET
    slack_sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slack_attempted = self.slack_attempted

        slack_clicked = self.slack_clicked

        slack_converted = self.slack_converted

        slack_drafted = self.slack_drafted

        slack_failed = self.slack_failed

        slack_sent = self.slack_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slack_attempted is not UNSET:
            field_dict["slack_attempted"] = slack_attempted
        if slack_clicked is not UNSET:
            field_dict["slack_clicked"] = slack_clicked
        if slack_converted is not UNSET:
            field_dict["slack_converted"] = slack_converted
        if slack_drafted is not UNSET:
            field_dict["slack_drafted"] = slack_drafted
        if slack_failed is not UNSET:
            field_dict["slack_failed"] = slack_failed
        if slack_sent is not UNSET:
            field_dict["slack_sent"] = slack_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SlackEvents"))
        slack_attempted = d.pop("slack_attempted", UNSET)
        if type(slack_attempted) is not bool and slack_attempted is not UNSET:
            slack_attempted = expect_bool(
                slack_attempted, "SlackEvents.slack_attempted"
            )

        slack_clicked = d.pop("slack_clicked", UNSET)
        if type(slack_clicked) is not bool and slack_clicked is not UNSET:
            slack_clicked = expect_bool(slack_clicked, "SlackEvents.slack_clicked")

        slack_converted = d.pop("slack_converted", UNSET)
        if type(slack_converted) is not bool and slack_converted is not UNSET:
            slack_converted = expect_bool(
                slack_converted, "SlackEvents.slack_converted"
            )

        slack_drafted = d.pop("slack_drafted", UNSET)
        if type(slack_drafted) is not bool and slack_drafted is not UNSET:
            slack_drafted = expect_bool(slack_drafted, "SlackEvents.slack_drafted")

        slack_failed = d.pop("slack_failed", UNSET)
        if type(slack_failed) is not bool and slack_failed is not UNSET:
            slack_failed = expect_bool(slack_failed, "SlackEvents.slack_failed")

        slack_sent = d.pop("slack_sent", UNSET)
        if type(slack_sent) is not bool and slack_sent is not UNSET:
            slack_sent = expect_bool(slack_sent, "SlackEvents.slack_sent")

        slack_events = cls(
            slack_attempted=slack_attempted,
            slack_clicked=slack_clicked,
            slack_converted=slack_converted,
            slack_drafted=slack_drafted,
            slack_failed=slack_failed,
            slack_sent=slack_sent,
        )

        slack_events.additional_properties = d
        return slack_events

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="MessageTotalMetrics")


@_attrs_define
class MessageTotalMetrics:
    """Total metrics over the lifespan of the requested item.

    Attributes:
        bounced (int | Unset): The number of `bounced` messages.
        clicked (int | Unset): The number of `clicked` messages.
        converted (int | Unset): The number of `converted` messages.
        created (int | Unset): The number of `created` messages.
        delivered (int | Unset): The number of `delivered` messages.
        drafted (int | Unset): The number of `drafted` messages.
        dropped (int | Unset): The number of `dropped` messages.
        failed (int | Unset): The number of `failed` messages.
        opened (int | Unset): The number of `opened` messages
        sent (int | Unset): The number of `sent` messages
        spammed (int | Unset): The number of messages marked as spam.
        undeliverable (int | Unset): The number of `undeliverable` messages.
        unsubscribed (int | Unset): The number of unsubscribes attributed to messages.
    """

    bounced: int | Unset = UNSET
    clicked: int | Unset = UNSET
    converted: int | Unset = UNSET
    created: int | Unset = UNSET
    delivered: int | Unset = UNSET
    drafted: int | Unset = UNSET
    dropped: int | Unset = UNSET
    failed: int | Unset = UNSET
    opened: int | Unset = UNSET
    sent: int | Unset = UNSET
    spammed: int | Unset = UNSET
    undeliverable: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounced = self.bounced

        clicked = self.clicked

        converted = self.converted

        created = self.created

        delivered = self.delivered

        drafted = self.drafted

        dropped = self.dropped

        failed = self.failed

        opened = self.opened

        sent = self.sent

        spammed = self.spammed

        undeliverable = self.undeliverable

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if converted is not UNSET:
            field_dict["converted"] = converted
        if created is not UNSET:
            field_dict["created"] = created
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if drafted is not UNSET:
            field_dict["drafted"] = drafted
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if failed is not UNSET:
            field_dict["failed"] = failed
        if opened is not UNSET:
            field_dict["opened"] = opened
        if sent is not UNSET:
            field_dict["sent"] = sent
        if spammed is not UNSET:
            field_dict["spammed"] = spammed
        if undeliverable is not UNSET:
            field_dict["undeliverable"] = undeliverable
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MessageTotalMetrics"))
        bounced = expect_int(d.pop("bounced", UNSET), "MessageTotalMetrics.bounced")

        clicked = expect_int(d.pop("clicked", UNSET), "MessageTotalMetrics.clicked")

        converted = expect_int(
            d.pop("converted", UNSET), "MessageTotalMetrics.converted"
        )

        created = expect_int(d.pop("created", UNSET), "MessageTotalMetrics.created")

        delivered = expect_int(
            d.pop("delivered", UNSET), "MessageTotalMetrics.delivered"
        )

        drafted = expect_int(d.pop("drafted", UNSET), "MessageTotalMetrics.drafted")

        dropped = expect_int(d.pop("dropped", UNSET), "MessageTotalMetrics.dropped")

        failed = expect_int(d.pop("failed", UNSET), "MessageTotalMetrics.failed")

        opened = expect_int(d.pop("opened", UNSET), "MessageTotalMetrics.opened")

        sent = expect_int(d.pop("sent", UNSET), "MessageTotalMetrics.sent")

        spammed = expect_int(d.pop("spammed", UNSET), "MessageTotalMetrics.spammed")

        undeliverable = expect_int(
            d.pop("undeliverable", UNSET), "MessageTotalMetrics.undeliverable"
        )

        unsubscribed = expect_int(
            d.pop("unsubscribed", UNSET), "MessageTotalMetrics.unsubscribed"
        )

        message_total_metrics = cls(
            bounced=bounced,
            clicked=clicked,
            converted=converted,
            created=created,
            delivered=delivered,
            drafted=drafted,
            dropped=dropped,
            failed=failed,
            opened=opened,
            sent=sent,
            spammed=spammed,
            undeliverable=undeliverable,
            unsubscribed=unsubscribed,
        )

        message_total_metrics.additional_properties = d
        return message_total_metrics

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

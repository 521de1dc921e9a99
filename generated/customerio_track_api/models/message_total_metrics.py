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
        bounced = d.pop("bounced", UNSET)
        if type(bounced) is not int and bounced is not UNSET:
            bounced = expect_int(bounced, "MessageTotalMetrics.bounced")

        clicked = d.pop("clicked", UNSET)
        if type(clicked) is not int and clicked is not UNSET:
            clicked = expect_int(clicked, "MessageTotalMetrics.clicked")

        converted = d.pop("converted", UNSET)
        if type(converted) is not int and converted is not UNSET:
            converted = expect_int(converted, "MessageTotalMetrics.converted")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "MessageTotalMetrics.created")

        delivered = d.pop("delivered", UNSET)
        if type(delivered) is not int and delivered is not UNSET:
            delivered = expect_int(delivered, "MessageTotalMetrics.delivered")

        drafted = d.pop("drafted", UNSET)
        if type(drafted) is not int and drafted is not UNSET:
            drafted = expect_int(drafted, "MessageTotalMetrics.drafted")

        dropped = d.pop("dropped", UNSET)
        if type(dropped) is not int and dropped is not UNSET:
            dropped = expect_int(dropped, "MessageTotalMetrics.dropped")

        failed = d.pop("failed", UNSET)
        if type(failed) is not int and failed is not UNSET:
            failed = expect_int(failed, "MessageTotalMetrics.failed")

        opened = d.pop("opened", UNSET)
        if type(opened) is not int and opened is not UNSET:
            opened = expect_int(opened, "MessageTotalMetrics.opened")

        sent = d.pop("sent", UNSET)
        if type(sent) is not int and sent is not UNSET:
            sent = expect_int(sent, "MessageTotalMetrics.sent")

        spammed = d.pop("spammed", UNSET)
        if type(spammed) is not int and spammed is not UNSET:
            spammed = expect_int(spammed, "MessageTotalMetrics.spammed")

        undeliverable = d.pop("undeliverable", UNSET)
        if type(undeliverable) is not int and undeliverable is not UNSET:
            undeliverable = expect_int(
                undeliverable, "MessageTotalMetrics.undeliverable"
            )

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not int and unsubscribed is not UNSET:
            unsubscribed = expect_int(unsubscribed, "MessageTotalMetrics.unsubscribed")

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

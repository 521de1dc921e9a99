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

T = TypeVar("T", bound="TransactionalMessagesResponse200MessagesItemMetrics")


@_attrs_define
class TransactionalMessagesResponse200MessagesItemMetrics:
    """Metrics for an individual instance of a message; each item in the object represents the timestamp when a message
    achieved a particular metric. This object only contains metrics that have been recorded.

        Attributes:
            bounced (int | Unset): The timestamp when the message `bounced`.
            clicked (int | Unset): The timestamp when the message was `clicked`.
            human_clicked (int | Unset): The number of `clicked` messages excluding machine clicks. This metric is reliable
                starting April 20, 2025. [Learn more](/journeys/analytics/#delivery-metrics).
            prefetch_clicked (int | Unset): The number of `clicked` messages attributed to machines. This metric is reliable
                starting April 20, 2025.
            converted (int | Unset): The timestamp when the message was `converted`.
            created (int | Unset): The timestamp when the message was `created`.
            delivered (int | Unset): The timestamp when the message was `delivered`.
            drafted (int | Unset): The timestamp when the message was `drafted`.
            dropped (int | Unset): The timestamp when the message was `dropped`.
            failed (int | Unset): The timestamp when the message `failed`.
            opened (int | Unset): The timestamp when the message was `opened`.
            human_opened (int | Unset): The number of `opened` messages excluding machine opens. This metric is reliable
                starting March 20, 2025. [Learn more](/journeys/analytics/#delivery-metrics).
            prefetch_opened (int | Unset): The number of `opened` messages attributed to machines. This metric is reliable
                starting March 20, 2025.
            sent (int | Unset): The timestamp when the message was `sent`.
            spammed (int | Unset): The timestamp when the message was marked as spam.
            undeliverable (int | Unset): The timestamp when the message became `undeliverable`.
            unsubscribed (int | Unset): The timestamp when a person unsubscribed based on this message.
    """

    bounced: int | Unset = UNSET
    clicked: int | Unset = UNSET
    human_clicked: int | Unset = UNSET
    prefetch_clicked: int | Unset = UNSET
    converted: int | Unset = UNSET
    created: int | Unset = UNSET
    delivered: int | Unset = UNSET
    drafted: int | Unset = UNSET
    dropped: int | Unset = UNSET
    failed: int | Unset = UNSET
    opened: int | Unset = UNSET
    human_opened: int | Unset = UNSET
    prefetch_opened: int | Unset = UNSET
    sent: int | Unset = UNSET
    spammed: int | Unset = UNSET
    undeliverable: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounced = self.bounced

        clicked = self.clicked

        human_clicked = self.human_clicked

        prefetch_clicked = self.prefetch_clicked

        converted = self.converted

        created = self.created

        delivered = self.delivered

        drafted = self.drafted

        dropped = self.dropped

        failed = self.failed

        opened = self.opened

        human_opened = self.human_opened

        prefetch_opened = self.prefetch_opened

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
        if human_clicked is not UNSET:
            field_dict["human_clicked"] = human_clicked
        if prefetch_clicked is not UNSET:
            field_dict["prefetch_clicked"] = prefetch_clicked
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
        if human_opened is not UNSET:
            field_dict["human_opened"] = human_opened
        if prefetch_opened is not UNSET:
            field_dict["prefetch_opened"] = prefetch_opened
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
        d = dict(
            expect_object(
                src_dict, "TransactionalMessagesResponse200MessagesItemMetrics"
            )
        )
        bounced = d.pop("bounced", UNSET)
        if type(bounced) is not int and bounced is not UNSET:
            bounced = expect_int(
                bounced, "TransactionalMessagesResponse200MessagesItemMetrics.bounced"
            )

        clicked = d.pop("clicked", UNSET)
        if type(clicked) is not int and clicked is not UNSET:
            clicked = expect_int(
                clicked, "TransactionalMessagesResponse200MessagesItemMetrics.clicked"
            )

        human_clicked = d.pop("human_clicked", UNSET)
        if type(human_clicked) is not int and human_clicked is not UNSET:
            human_clicked = expect_int(
                human_clicked,
                "TransactionalMessagesResponse200MessagesItemMetrics.human_clicked",
            )

        prefetch_clicked = d.pop("prefetch_clicked", UNSET)
        if type(prefetch_clicked) is not int and prefetch_clicked is not UNSET:
            prefetch_clicked = expect_int(
                prefetch_clicked,
                "TransactionalMessagesResponse200MessagesItemMetrics.prefetch_clicked",
            )

        converted = d.pop("converted", UNSET)
        if type(converted) is not int and converted is not UNSET:
            converted = expect_int(
                converted,
                "TransactionalMessagesResponse200MessagesItemMetrics.converted",
            )

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(
                created, "TransactionalMessagesResponse200MessagesItemMetrics.created"
            )

        delivered = d.pop("delivered", UNSET)
        if type(delivered) is not int and delivered is not UNSET:
            delivered = expect_int(
                delivered,
                "TransactionalMessagesResponse200MessagesItemMetrics.delivered",
            )

        drafted = d.pop("drafted", UNSET)
        if type(drafted) is not int and drafted is not UNSET:
            drafted = expect_int(
                drafted, "TransactionalMessagesResponse200MessagesItemMetrics.drafted"
            )

        dropped = d.pop("dropped", UNSET)
        if type(dropped) is not int and dropped is not UNSET:
            dropped = expect_int(
                dropped, "TransactionalMessagesResponse200MessagesItemMetrics.dropped"
            )

        failed = d.pop("failed", UNSET)
        if type(failed) is not int and failed is not UNSET:
            failed = expect_int(
                failed, "TransactionalMessagesResponse200MessagesItemMetrics.failed"
            )

        opened = d.pop("opened", UNSET)
        if type(opened) is not int and opened is not UNSET:
            opened = expect_int(
                opened, "TransactionalMessagesResponse200MessagesItemMetrics.opened"
            )

        human_opened = d.pop("human_opened", UNSET)
        if type(human_opened) is not int and human_opened is not UNSET:
            human_opened = expect_int(
                human_opened,
                "TransactionalMessagesResponse200MessagesItemMetrics.human_opened",
            )

        prefetch_opened = d.pop("prefetch_opened", UNSET)
        if type(prefetch_opened) is not int and prefetch_opened is not UNSET:
            prefetch_opened = expect_int(
                prefetch_opened,
                "TransactionalMessagesResponse200MessagesItemMetrics.prefetch_opened",
            )

        sent = d.pop("sent", UNSET)
        if type(sent) is not int and sent is not UNSET:
            sent = expect_int(
                sent, "TransactionalMessagesResponse200MessagesItemMetrics.sent"
            )

        spammed = d.pop("spammed", UNSET)
        if type(spammed) is not int and spammed is not UNSET:
            spammed = expect_int(
                spammed, "TransactionalMessagesResponse200MessagesItemMetrics.spammed"
            )

        undeliverable = d.pop("undeliverable", UNSET)
        if type(undeliverable) is not int and undeliverable is not UNSET:
            undeliverable = expect_int(
                undeliverable,
                "TransactionalMessagesResponse200MessagesItemMetrics.undeliverable",
            )

        unsubscribed = d.pop("unsubscribed", UNSET)
        if type(unsubscribed) is not int and unsubscribed is not UNSET:
            unsubscribed = expect_int(
                unsubscribed,
                "TransactionalMessagesResponse200MessagesItemMetrics.unsubscribed",
            )

        transactional_messages_response_200_messages_item_metrics = cls(
            bounced=bounced,
            clicked=clicked,
            human_clicked=human_clicked,
            prefetch_clicked=prefetch_clicked,
            converted=converted,
            created=created,
            delivered=delivered,
            drafted=drafted,
            dropped=dropped,
            failed=failed,
            opened=opened,
            human_opened=human_opened,
            prefetch_opened=prefetch_opened,
            sent=sent,
            spammed=spammed,
            undeliverable=undeliverable,
            unsubscribed=unsubscribed,
        )

        transactional_messages_response_200_messages_item_metrics.additional_properties = d
        return transactional_messages_response_200_messages_item_metrics

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

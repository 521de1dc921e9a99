from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastMetricsResponse200MetricSeries")


@_attrs_define
class BroadcastMetricsResponse200MetricSeries:
    """
    Attributes:
        field_2xx (list[int] | Unset): 2xx responses by period, representative of webhook performance.
        field_3xx (list[int] | Unset): 3xx responses by period, representative of webhook performance.
        field_4xx (list[int] | Unset): 4xx responses by period, representative of webhook performance.
        field_5xx (list[int] | Unset): 5xx responses by period, representative of webhook performance.
        attempted (list[int] | Unset): The number of `attempted` messages.
        bounced (list[int] | Unset): The number of `bounced` messages.
        clicked (list[int] | Unset): The number of `clicked` messages.
        human_clicked (list[int] | Unset): The number of `clicked` emails excluding machine clicks. This metric is
            reliable starting April 20, 2025. [Learn more](/journeys/analytics/#delivery-metrics).
        prefetch_clicked (list[int] | Unset): The number of `clicked` emails attributed to machines. This metric is
            reliable starting April 20, 2025.
        converted (list[int] | Unset): The number of `converted` messages.
        created (list[int] | Unset): The number of `created` messages.
        deferred (list[int] | Unset): The number of `deferred` messages.
        delivered (list[int] | Unset): The number of `delivered` messages.
        drafted (list[int] | Unset): The number of `drafted` messages.
        failed (list[int] | Unset): The number of `failed` messages.
        opened (list[int] | Unset): The number of `opened` messages.
        human_opened (list[int] | Unset): The number of `opened` emails excluding machine opens. This metric is reliable
            starting March 20, 2025. [Learn more](/journeys/analytics/#delivery-metrics).
        prefetch_opened (list[int] | Unset): The number of `opened` emails attributed to machines. This metric is
            reliable starting March 20, 2025.
        sent (list[int] | Unset): The number of sent messages.
        spammed (list[int] | Unset): The number of spam complaints.
        suppressed (list[int] | Unset): The number of `suppressed` messages.
        undeliverable (list[int] | Unset): The number of `undeliverable` messages.
        topic_unsubscribed (list[int] | Unset): The number of topic unsubscribes in a given period.
        unsubscribed (list[int] | Unset): The number of unsubscribes attributed to the campaign or message.
    """

    field_2xx: list[int] | Unset = UNSET
    field_3xx: list[int] | Unset = UNSET
    field_4xx: list[int] | Unset = UNSET
    field_5xx: list[int] | Unset = UNSET
    attempted: list[int] | Unset = UNSET
    bounced: list[int] | Unset = UNSET
    clicked: list[int] | Unset = UNSET
    human_clicked: list[int] | Unset = UNSET
    prefetch_clicked: list[int] | Unset = UNSET
    converted: list[int] | Unset = UNSET
    created: list[int] | Unset = UNSET
    deferred: list[int] | Unset = UNSET
    delivered: list[int] | Unset = UNSET
    drafted: list[int] | Unset = UNSET
    failed: list[int] | Unset = UNSET
    opened: list[int] | Unset = UNSET
    human_opened: list[int] | Unset = UNSET
    prefetch_opened: list[int] | Unset = UNSET
    sent: list[int] | Unset = UNSET
    spammed: list[int] | Unset = UNSET
    suppressed: list[int] | Unset = UNSET
    undeliverable: list[int] | Unset = UNSET
    topic_unsubscribed: list[int] | Unset = UNSET
    unsubscribed: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_2xx: list[int] | Unset = UNSET
        if not isinstance(self.field_2xx, Unset):
            field_2xx = self.field_2xx

        field_3xx: list[int] | Unset = UNSET
        if not isinstance(self.field_3xx, Unset):
            field_3xx = self.field_3xx

        field_4xx: list[int] | Unset = UNSET
        if not isinstance(self.field_4xx, Unset):
            field_4xx = self.field_4xx

        field_5xx: list[int] | Unset = UNSET
        if not isinstance(self.field_5xx, Unset):
            field_5xx = self.field_5xx

        attempted: list[int] | Unset = UNSET
        if not isinstance(self.attempted, Unset):
            attempted = self.attempted

        bounced: list[int] | Unset = UNSET
        if not isinstance(self.bounced, Unset):
            bounced = self.bounced

        clicked: list[int] | Unset = UNSET
        if not isinstance(self.clicked, Unset):
            clicked = self.clicked

        human_clicked: list[int] | Unset = UNSET
        if not isinstance(self.human_clicked, Unset):
            human_clicked = self.human_clicked

        prefetch_clicked: list[int] | Unset = UNSET
        if not isinstance(self.prefetch_clicked, Unset):
            prefetch_clicked = self.prefetch_clicked

        converted: list[int] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted

        created: list[int] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created

        deferred: list[int] | Unset = UNSET
        if not isinstance(self.deferred, Unset):
            deferred = self.deferred

        delivered: list[int] | Unset = UNSET
        if not isinstance(self.delivered, Unset):
            delivered = self.delivered

        drafted: list[int] | Unset = UNSET
        if not isinstance(self.drafted, Unset):
            drafted = self.drafted

        failed: list[int] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        opened: list[int] | Unset = UNSET
        if not isinstance(self.opened, Unset):
            opened = self.opened

        human_opened: list[int] | Unset = UNSET
        if not isinstance(self.human_opened, Unset):
            human_opened = self.human_opened

        prefetch_opened: list[int] | Unset = UNSET
        if not isinstance(self.prefetch_opened, Unset):
            prefetch_opened = self.prefetch_opened

        sent: list[int] | Unset = UNSET
        if not isinstance(self.sent, Unset):
            sent = self.sent

        spammed: list[int] | Unset = UNSET
        if not isinstance(self.spammed, Unset):
            spammed = self.spammed

        suppressed: list[int] | Unset = UNSET
        if not isinstance(self.suppressed, Unset):
            suppressed = self.suppressed

        undeliverable: list[int] | Unset = UNSET
        if not isinstance(self.undeliverable, Unset):
            undeliverable = self.undeliverable

        topic_unsubscribed: list[int] | Unset = UNSET
        if not isinstance(self.topic_unsubscribed, Unset):
            topic_unsubscribed = self.topic_unsubscribed

        unsubscribed: list[int] | Unset = UNSET
        if not isinstance(self.unsubscribed, Unset):
            unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_2xx is not UNSET:
            field_dict["2xx"] = field_2xx
        if field_3xx is not UNSET:
            field_dict["3xx"] = field_3xx
        if field_4xx is not UNSET:
            field_dict["4xx"] = field_4xx
        if field_5xx is not UNSET:
            field_dict["5xx"] = field_5xx
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
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
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if drafted is not UNSET:
            field_dict["drafted"] = drafted
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
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if undeliverable is not UNSET:
            field_dict["undeliverable"] = undeliverable
        if topic_unsubscribed is not UNSET:
            field_dict["topic_unsubscribed"] = topic_unsubscribed
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_2xx = cast(list[int], d.pop("2xx", UNSET))

        field_3xx = cast(list[int], d.pop("3xx", UNSET))

        field_4xx = cast(list[int], d.pop("4xx", UNSET))

        field_5xx = cast(list[int], d.pop("5xx", UNSET))

        attempted = cast(list[int], d.pop("attempted", UNSET))

        bounced = cast(list[int], d.pop("bounced", UNSET))

        clicked = cast(list[int], d.pop("clicked", UNSET))

        human_clicked = cast(list[int], d.pop("human_clicked", UNSET))

        prefetch_clicked = cast(list[int], d.pop("prefetch_clicked", UNSET))

        converted = cast(list[int], d.pop("converted", UNSET))

        created = cast(list[int], d.pop("created", UNSET))

        deferred = cast(list[int], d.pop("deferred", UNSET))

        delivered = cast(list[int], d.pop("delivered", UNSET))

        drafted = cast(list[int], d.pop("drafted", UNSET))

        failed = cast(list[int], d.pop("failed", UNSET))

        opened = cast(list[int], d.pop("opened", UNSET))

        human_opened = cast(list[int], d.pop("human_opened", UNSET))

        prefetch_opened = cast(list[int], d.pop("prefetch_opened", UNSET))

        sent = cast(list[int], d.pop("sent", UNSET))

        spammed = cast(list[int], d.pop("spammed", UNSET))

        suppressed = cast(list[int], d.pop("suppressed", UNSET))

        undeliverable = cast(list[int], d.pop("undeliverable", UNSET))

        topic_unsubscribed = cast(list[int], d.pop("topic_unsubscribed", UNSET))

        unsubscribed = cast(list[int], d.pop("unsubscribed", UNSET))

        broadcast_metrics_response_200_metric_series = cls(
            field_2xx=field_2xx,
            field_3xx=field_3xx,
            field_4xx=field_4xx,
            field_5xx=field_5xx,
            attempted=attempted,
            bounced=bounced,
            clicked=clicked,
            human_clicked=human_clicked,
            prefetch_clicked=prefetch_clicked,
            converted=converted,
            created=created,
            deferred=deferred,
            delivered=delivered,
            drafted=drafted,
            failed=failed,
            opened=opened,
            human_opened=human_opened,
            prefetch_opened=prefetch_opened,
            sent=sent,
            spammed=spammed,
            suppressed=suppressed,
            undeliverable=undeliverable,
            topic_unsubscribed=topic_unsubscribed,
            unsubscribed=unsubscribed,
        )

        broadcast_metrics_response_200_metric_series.additional_properties = d
        return broadcast_metrics_response_200_metric_series

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="PeriodWebhookMetricsDeprecated")


@_attrs_define
class PeriodWebhookMetricsDeprecated:
    """Returns metrics in accordance with the `period` you requested. Each property in this object is an array and each
    entry in the array represents a metric period, i.e. if your `period` is days `[0, 1]` would represent 0 metrics for
    the first day, 1 for the second, etc.

        Attributes:
            field_2xx (list[int] | Unset): 2xx responses by period, representative of webhook performance.
            field_3xx (list[int] | Unset): 3xx responses by period, representative of webhook performance.
            field_4xx (list[int] | Unset): 4xx responses by period, representative of webhook performance.
            field_5xx (list[int] | Unset): 5xx responses by period, representative of webhook performance.
    """

    field_2xx: list[int] | Unset = UNSET
    field_3xx: list[int] | Unset = UNSET
    field_4xx: list[int] | Unset = UNSET
    field_5xx: list[int] | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "PeriodWebhookMetricsDeprecated"))
        field_2xx = cast(
            list[int],
            expect_list(d.pop("2xx", UNSET), "PeriodWebhookMetricsDeprecated.2xx"),
        )

        field_3xx = cast(
            list[int],
            expect_list(d.pop("3xx", UNSET), "PeriodWebhookMetricsDeprecated.3xx"),
        )

        field_4xx = cast(
            list[int],
            expect_list(d.pop("4xx", UNSET), "PeriodWebhookMetricsDeprecated.4xx"),
        )

        field_5xx = cast(
            list[int],
            expect_list(d.pop("5xx", UNSET), "PeriodWebhookMetricsDeprecated.5xx"),
        )

        period_webhook_metrics_deprecated = cls(
            field_2xx=field_2xx,
            field_3xx=field_3xx,
            field_4xx=field_4xx,
            field_5xx=field_5xx,
        )

        period_webhook_metrics_deprecated.additional_properties = d
        return period_webhook_metrics_deprecated

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

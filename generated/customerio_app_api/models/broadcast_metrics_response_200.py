from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_metrics_response_200_metric import (
        BroadcastMetricsResponse200Metric,
    )


T = TypeVar("T", bound="BroadcastMetricsResponse200")


@_attrs_define
class BroadcastMetricsResponse200:
    """
    Attributes:
        metric (BroadcastMetricsResponse200Metric | Unset):
    """

    metric: BroadcastMetricsResponse200Metric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.broadcast_metrics_response_200_metric import (
            BroadcastMetricsResponse200Metric,
        )

        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: BroadcastMetricsResponse200Metric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = BroadcastMetricsResponse200Metric.from_dict(_metric)

        broadcast_metrics_response_200 = cls(
            metric=metric,
        )

        broadcast_metrics_response_200.additional_properties = d
        return broadcast_metrics_response_200

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

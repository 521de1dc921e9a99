from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_action_metrics_response_200_metric_series import (
        BroadcastActionMetricsResponse200MetricSeries,
    )


T = TypeVar("T", bound="BroadcastActionMetricsResponse200Metric")


@_attrs_define
class BroadcastActionMetricsResponse200Metric:
    """
    Attributes:
        series (BroadcastActionMetricsResponse200MetricSeries | Unset):
    """

    series: BroadcastActionMetricsResponse200MetricSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.broadcast_action_metrics_response_200_metric_series import (
            BroadcastActionMetricsResponse200MetricSeries,
        )

        d = dict(src_dict)
        _series = d.pop("series", UNSET)
        series: BroadcastActionMetricsResponse200MetricSeries | Unset
        if isinstance(_series, Unset):
            series = UNSET
        else:
            series = BroadcastActionMetricsResponse200MetricSeries.from_dict(_series)

        broadcast_action_metrics_response_200_metric = cls(
            series=series,
        )

        broadcast_action_metrics_response_200_metric.additional_properties = d
        return broadcast_action_metrics_response_200_metric

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.campaign_journey_metrics_response_200_journey_metric import (
        CampaignJourneyMetricsResponse200JourneyMetric,
    )


T = TypeVar("T", bound="CampaignJourneyMetricsResponse200")


@_attrs_define
class CampaignJourneyMetricsResponse200:
    """
    Attributes:
        journey_metric (CampaignJourneyMetricsResponse200JourneyMetric | Unset):
    """

    journey_metric: CampaignJourneyMetricsResponse200JourneyMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journey_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journey_metric, Unset):
            journey_metric = self.journey_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if journey_metric is not UNSET:
            field_dict["journey_metric"] = journey_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_journey_metrics_response_200_journey_metric import (
            CampaignJourneyMetricsResponse200JourneyMetric,
        )

        d = dict(expect_object(src_dict, "CampaignJourneyMetricsResponse200"))
        _journey_metric = d.pop("journey_metric", UNSET)
        journey_metric: CampaignJourneyMetricsResponse200JourneyMetric | Unset
        if isinstance(_journey_metric, Unset):
            journey_metric = UNSET
        else:
            journey_metric = CampaignJourneyMetricsResponse200JourneyMetric.from_dict(
                _journey_metric
            )

        campaign_journey_metrics_response_200 = cls(
            journey_metric=journey_metric,
        )

        campaign_journey_metrics_response_200.additional_properties = d
        return campaign_journey_metrics_response_200

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

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

T = TypeVar("T", bound="CampaignLinkMetricsResponse200LinksItemMetricSeries")


@_attrs_define
class CampaignLinkMetricsResponse200LinksItemMetricSeries:
    """
    Attributes:
        clicked (list[int] | Unset): An array of results from oldest to newest, where each result indicates a period.
            Example: [1, 3, 5, 7].
    """

    clicked: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clicked: list[int] | Unset = UNSET
        if not isinstance(self.clicked, Unset):
            clicked = self.clicked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clicked is not UNSET:
            field_dict["clicked"] = clicked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "CampaignLinkMetricsResponse200LinksItemMetricSeries"
            )
        )
        clicked = cast(
            list[int],
            expect_list(
                d.pop("clicked", UNSET),
                "CampaignLinkMetricsResponse200LinksItemMetricSeries.clicked",
            ),
        )

        campaign_link_metrics_response_200_links_item_metric_series = cls(
            clicked=clicked,
        )

        campaign_link_metrics_response_200_links_item_metric_series.additional_properties = d
        return campaign_link_metrics_response_200_links_item_metric_series

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

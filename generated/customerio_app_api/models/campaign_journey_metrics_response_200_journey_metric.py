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

T = TypeVar("T", bound="CampaignJourneyMetricsResponse200JourneyMetric")


@_attrs_define
class CampaignJourneyMetricsResponse200JourneyMetric:
    """
    Attributes:
        started (list[int] | Unset): The total number of people who meet the trigger criteria for a journey. This count
            occurs before filters are applied.
        activated (list[int] | Unset): People who started a journey and were not filtered out before they experienced an
            action.
        exited_early (list[int] | Unset): People who started a journey but stopped meeting the campaign trigger/filter
            criteria.
        finished (list[int] | Unset): People who finished the journey.
        converted (list[int] | Unset): People who matched the conversion criteria for the campaign.
        never_activated (list[int] | Unset): People who started a journey but were filtered out before they could
            experience any of the actions in the journey.
        messaged (list[int] | Unset): People who experienced at least one non-delay action in the journey. This metric
            typically represents journeys in progress.
    """

    started: list[int] | Unset = UNSET
    activated: list[int] | Unset = UNSET
    exited_early: list[int] | Unset = UNSET
    finished: list[int] | Unset = UNSET
    converted: list[int] | Unset = UNSET
    never_activated: list[int] | Unset = UNSET
    messaged: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started: list[int] | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started

        activated: list[int] | Unset = UNSET
        if not isinstance(self.activated, Unset):
            activated = self.activated

        exited_early: list[int] | Unset = UNSET
        if not isinstance(self.exited_early, Unset):
            exited_early = self.exited_early

        finished: list[int] | Unset = UNSET
        if not isinstance(self.finished, Unset):
            finished = self.finished

        converted: list[int] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted

        never_activated: list[int] | Unset = UNSET
        if not isinstance(self.never_activated, Unset):
            never_activated = self.never_activated

        messaged: list[int] | Unset = UNSET
        if not isinstance(self.messaged, Unset):
            messaged = self.messaged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started is not UNSET:
            field_dict["started"] = started
        if activated is not UNSET:
            field_dict["activated"] = activated
        if exited_early is not UNSET:
            field_dict["exited_early"] = exited_early
        if finished is not UNSET:
            field_dict["finished"] = finished
        if converted is not UNSET:
            field_dict["converted"] = converted
        if never_activated is not UNSET:
            field_dict["never_activated"] = never_activated
        if messaged is not UNSET:
            field_dict["messaged"] = messaged

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "CampaignJourneyMetricsResponse200JourneyMetric")
        )
        started = cast(
            list[int],
            expect_list(
                d.pop("started", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.started",
            ),
        )

        activated = cast(
            list[int],
            expect_list(
                d.pop("activated", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.activated",
            ),
        )

        exited_early = cast(
            list[int],
            expect_list(
                d.pop("exited_early", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.exited_early",
            ),
        )

        finished = cast(
            list[int],
            expect_list(
                d.pop("finished", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.finished",
            ),
        )

        converted = cast(
            list[int],
            expect_list(
                d.pop("converted", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.converted",
            ),
        )

        never_activated = cast(
            list[int],
            expect_list(
                d.pop("never_activated", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.never_activated",
            ),
        )

        messaged = cast(
            list[int],
            expect_list(
                d.pop("messaged", UNSET),
                "CampaignJourneyMetricsResponse200JourneyMetric.messaged",
            ),
        )

        campaign_journey_metrics_response_200_journey_metric = cls(
            started=started,
            activated=activated,
            exited_early=exited_early,
            finished=finished,
            converted=converted,
            never_activated=never_activated,
            messaged=messaged,
        )

        campaign_journey_metrics_response_200_journey_metric.additional_properties = d
        return campaign_journey_metrics_response_200_journey_metric

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

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
    from ..models.campaign_action_links_response_200_links_item_link import (
        CampaignActionLinksResponse200LinksItemLink,
    )
    from ..models.campaign_action_links_response_200_links_item_metric import (
        CampaignActionLinksResponse200LinksItemMetric,
    )


T = TypeVar("T", bound="CampaignActionLinksResponse200LinksItem")


@_attrs_define
class CampaignActionLinksResponse200LinksItem:
    """
    Attributes:
        link (CampaignActionLinksResponse200LinksItemLink | Unset):
        metric (CampaignActionLinksResponse200LinksItemMetric | Unset): Contains metrics for the link.
    """

    link: CampaignActionLinksResponse200LinksItemLink | Unset = UNSET
    metric: CampaignActionLinksResponse200LinksItemMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_action_links_response_200_links_item_link import (
            CampaignActionLinksResponse200LinksItemLink,
        )
        from ..models.campaign_action_links_response_200_links_item_metric import (
            CampaignActionLinksResponse200LinksItemMetric,
        )

        d = dict(expect_object(src_dict, "CampaignActionLinksResponse200LinksItem"))
        _link = d.pop("link", UNSET)
        link: CampaignActionLinksResponse200LinksItemLink | Unset
        if isinstance(_link, Unset):
            link = UNSET
        else:
            link = CampaignActionLinksResponse200LinksItemLink.from_dict(_link)

        _metric = d.pop("metric", UNSET)
        metric: CampaignActionLinksResponse200LinksItemMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = CampaignActionLinksResponse200LinksItemMetric.from_dict(_metric)

        campaign_action_links_response_200_links_item = cls(
            link=link,
            metric=metric,
        )

        campaign_action_links_response_200_links_item.additional_properties = d
        return campaign_action_links_response_200_links_item

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

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
    from ..models.date import Date
    from ..models.event import Event
    from ..models.form import Form
    from ..models.object_ import Object
    from ..models.relationship import Relationship
    from ..models.segment_4 import Segment4
    from ..models.webhook_3 import Webhook3


T = TypeVar("T", bound="GetCampaignsResponse200")


@_attrs_define
class GetCampaignsResponse200:
    """
    Attributes:
        campaign (Date | Event | Form | Object | Relationship | Segment4 | Unset | Webhook3): A campaign in your
            workspace with one of seven types of campaign triggers.
    """

    campaign: (
        Date | Event | Form | Object | Relationship | Segment4 | Unset | Webhook3
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date import Date
        from ..models.event import Event
        from ..models.form import Form
        from ..models.object_ import Object
        from ..models.relationship import Relationship
        from ..models.segment_4 import Segment4

        campaign: dict[str, Any] | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif (
            isinstance(self.campaign, Segment4)
            or isinstance(self.campaign, Event)
            or isinstance(self.campaign, Form)
            or isinstance(self.campaign, Date)
            or isinstance(self.campaign, Relationship)
            or isinstance(self.campaign, Object)
        ):
            campaign = self.campaign.to_dict()
        else:
            campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date import Date
        from ..models.event import Event
        from ..models.form import Form
        from ..models.object_ import Object
        from ..models.relationship import Relationship
        from ..models.segment_4 import Segment4
        from ..models.webhook_3 import Webhook3

        d = dict(expect_object(src_dict, "GetCampaignsResponse200"))

        def _parse_campaign(
            data: object,
        ) -> Date | Event | Form | Object | Relationship | Segment4 | Unset | Webhook3:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_0 = Segment4.from_dict(data)

                return campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_1 = Event.from_dict(data)

                return campaign_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_2 = Form.from_dict(data)

                return campaign_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_3 = Date.from_dict(data)

                return campaign_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_4 = Relationship.from_dict(data)

                return campaign_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_5 = Object.from_dict(data)

                return campaign_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            campaign_type_6 = Webhook3.from_dict(data)

            return campaign_type_6

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        get_campaigns_response_200 = cls(
            campaign=campaign,
        )

        get_campaigns_response_200.additional_properties = d
        return get_campaigns_response_200

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

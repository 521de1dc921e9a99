from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
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


T = TypeVar("T", bound="ListCampaignsResponse200")


@_attrs_define
class ListCampaignsResponse200:
    """
    Attributes:
        campaigns (list[Date | Event | Form | Object | Relationship | Segment4 | Webhook3] | Unset): Each object is a
            campaign in your workspace with one of seven types of campaign triggers.
    """

    campaigns: (
        list[Date | Event | Form | Object | Relationship | Segment4 | Webhook3] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.date import Date
        from ..models.event import Event
        from ..models.form import Form
        from ..models.object_ import Object
        from ..models.relationship import Relationship
        from ..models.segment_4 import Segment4

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item: dict[str, Any]
                if (
                    isinstance(campaigns_item_data, Segment4)
                    or isinstance(campaigns_item_data, Event)
                    or isinstance(campaigns_item_data, Form)
                    or isinstance(campaigns_item_data, Date)
                    or isinstance(campaigns_item_data, Relationship)
                    or isinstance(campaigns_item_data, Object)
                ):
                    campaigns_item = campaigns_item_data.to_dict()
                else:
                    campaigns_item = campaigns_item_data.to_dict()

                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

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

        d = dict(expect_object(src_dict, "ListCampaignsResponse200"))
        _campaigns = expect_list(
            d.pop("campaigns", UNSET), "ListCampaignsResponse200.campaigns"
        )
        campaigns: (
            list[Date | Event | Form | Object | Relationship | Segment4 | Webhook3]
            | Unset
        ) = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:

                def _parse_campaigns_item(
                    data: object,
                ) -> Date | Event | Form | Object | Relationship | Segment4 | Webhook3:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_0 = Segment4.from_dict(data)

                        return campaigns_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_1 = Event.from_dict(data)

                        return campaigns_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_2 = Form.from_dict(data)

                        return campaigns_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_3 = Date.from_dict(data)

                        return campaigns_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_4 = Relationship.from_dict(data)

                        return campaigns_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_item_type_5 = Object.from_dict(data)

                        return campaigns_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    campaigns_item_type_6 = Webhook3.from_dict(data)

                    return campaigns_item_type_6

                campaigns_item = _parse_campaigns_item(campaigns_item_data)

                campaigns.append(campaigns_item)

        list_campaigns_response_200 = cls(
            campaigns=campaigns,
        )

        list_campaigns_response_200.additional_properties = d
        return list_campaigns_response_200

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

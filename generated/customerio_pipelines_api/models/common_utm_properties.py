from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="CommonUtmProperties")


@_attrs_define
class CommonUtmProperties:
    """UTM Tracking Properties

    Attributes:
        utm_source (str | Unset):  Default: '$.context.campaign.source'.
        utm_medium (str | Unset):  Default: '$.context.campaign.medium'.
        utm_campaign (str | Unset):  Default: '$.context.campaign.name'.
        utm_term (str | Unset):  Default: '$.context.campaign.term'.
        utm_content (str | Unset):  Default: '$.context.campaign.content'.
    """

    utm_source: str | Unset = "$.context.campaign.source"
    utm_medium: str | Unset = "$.context.campaign.medium"
    utm_campaign: str | Unset = "$.context.campaign.name"
    utm_term: str | Unset = "$.context.campaign.term"
    utm_content: str | Unset = "$.context.campaign.content"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_campaign = self.utm_campaign

        utm_term = self.utm_term

        utm_content = self.utm_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CommonUtmProperties"))
        utm_source = d.pop("utm_source", UNSET)
        if type(utm_source) is not str and utm_source is not UNSET:
            utm_source = expect_str(utm_source, "CommonUtmProperties.utm_source")

        utm_medium = d.pop("utm_medium", UNSET)
        if type(utm_medium) is not str and utm_medium is not UNSET:
            utm_medium = expect_str(utm_medium, "CommonUtmProperties.utm_medium")

        utm_campaign = d.pop("utm_campaign", UNSET)
        if type(utm_campaign) is not str and utm_campaign is not UNSET:
            utm_campaign = expect_str(utm_campaign, "CommonUtmProperties.utm_campaign")

        utm_term = d.pop("utm_term", UNSET)
        if type(utm_term) is not str and utm_term is not UNSET:
            utm_term = expect_str(utm_term, "CommonUtmProperties.utm_term")

        utm_content = d.pop("utm_content", UNSET)
        if type(utm_content) is not str and utm_content is not UNSET:
            utm_content = expect_str(utm_content, "CommonUtmProperties.utm_content")

        common_utm_properties = cls(
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
        )

        common_utm_properties.additional_properties = d
        return common_utm_properties

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

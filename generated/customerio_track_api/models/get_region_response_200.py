from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_region_response_200_region import GetRegionResponse200Region
from ..models.get_region_response_200_url import GetRegionResponse200Url
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="GetRegionResponse200")


@_attrs_define
class GetRegionResponse200:
    """
    Attributes:
        url (GetRegionResponse200Url | Unset): The URL you will use for future Track API calls. Example:
            https://track.customer.io.
        region (GetRegionResponse200Region | Unset): The 'region' that your account is in. While the `url` relates to
            the Track API, this tells you which region of the Customer.io API to use. If this value is `eu`, you can append
            the subdomain any of the Customer.io API URLs with `-eu` to route your request to the appropriate region.
            Example: us.
        environment_id (int | Unset): The identifier for the workspace that your credentials grant access to. Example:
            3.
    """

    url: GetRegionResponse200Url | Unset = UNSET
    region: GetRegionResponse200Region | Unset = UNSET
    environment_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: str | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = self.url.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if region is not UNSET:
            field_dict["region"] = region
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetRegionResponse200"))
        _url = d.pop("url", UNSET)
        url: GetRegionResponse200Url | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = GetRegionResponse200Url(_url)

        _region = d.pop("region", UNSET)
        region: GetRegionResponse200Region | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = GetRegionResponse200Region(_region)

        environment_id = d.pop("environment_id", UNSET)
        if type(environment_id) is not int and environment_id is not UNSET:
            environment_id = expect_int(
                environment_id, "GetRegionResponse200.environment_id"
            )

        get_region_response_200 = cls(
            url=url,
            region=region,
            environment_id=environment_id,
        )

        get_region_response_200.additional_properties = d
        return get_region_response_200

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

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

T = TypeVar("T", bound="GetCioAllowlistResponse200")


@_attrs_define
class GetCioAllowlistResponse200:
    """
    Attributes:
        ip_addresses (list[str] | Unset):  Example: ['35.188.196.183', '104.198.177.219', '104.154.232.87',
            '130.211.229.195', '104.198.221.24', '104.197.27.15', '35.194.9.154', '104.154.144.51', '104.197.210.12',
            '35.225.6.73'].
    """

    ip_addresses: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.ip_addresses, Unset):
            ip_addresses = self.ip_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_addresses is not UNSET:
            field_dict["ip_addresses"] = ip_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetCioAllowlistResponse200"))
        ip_addresses = cast(
            list[str],
            expect_list(
                d.pop("ip_addresses", UNSET), "GetCioAllowlistResponse200.ip_addresses"
            ),
        )

        get_cio_allowlist_response_200 = cls(
            ip_addresses=ip_addresses,
        )

        get_cio_allowlist_response_200.additional_properties = d
        return get_cio_allowlist_response_200

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

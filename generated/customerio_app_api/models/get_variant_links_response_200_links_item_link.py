from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetVariantLinksResponse200LinksItemLink")


@_attrs_define
class GetVariantLinksResponse200LinksItemLink:
    """
    Attributes:
        id (int | Unset): The ID of the link. Example: 1234.
        href (str | Unset): The link destination—a URL, mailto, etc. Example: https://docs.customer.io.
    """

    id: int | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetVariantLinksResponse200LinksItemLink"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "GetVariantLinksResponse200LinksItemLink.id")

        href = d.pop("href", UNSET)
        if type(href) is not str and href is not UNSET:
            href = expect_str(href, "GetVariantLinksResponse200LinksItemLink.href")

        get_variant_links_response_200_links_item_link = cls(
            id=id,
            href=href,
        )

        get_variant_links_response_200_links_item_link.additional_properties = d
        return get_variant_links_response_200_links_item_link

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

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
    from ..models.get_variant_links_response_200_links_item import (
        GetVariantLinksResponse200LinksItem,
    )


T = TypeVar("T", bound="GetVariantLinksResponse200")


@_attrs_define
class GetVariantLinksResponse200:
    """
    Attributes:
        links (list[GetVariantLinksResponse200LinksItem] | Unset): Each object in the array represents a link in your
            newsletter variant.
    """

    links: list[GetVariantLinksResponse200LinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_variant_links_response_200_links_item import (
            GetVariantLinksResponse200LinksItem,
        )

        d = dict(expect_object(src_dict, "GetVariantLinksResponse200"))
        _links = expect_list(d.pop("links", UNSET), "GetVariantLinksResponse200.links")
        links: list[GetVariantLinksResponse200LinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = GetVariantLinksResponse200LinksItem.from_dict(
                    links_item_data
                )

                links.append(links_item)

        get_variant_links_response_200 = cls(
            links=links,
        )

        get_variant_links_response_200.additional_properties = d
        return get_variant_links_response_200

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

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
    from ..models.get_collections_response_200_collections_item import (
        GetCollectionsResponse200CollectionsItem,
    )


T = TypeVar("T", bound="GetCollectionsResponse200")


@_attrs_define
class GetCollectionsResponse200:
    """
    Attributes:
        collections (list[GetCollectionsResponse200CollectionsItem] | Unset):
    """

    collections: list[GetCollectionsResponse200CollectionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collections is not UNSET:
            field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_collections_response_200_collections_item import (
            GetCollectionsResponse200CollectionsItem,
        )

        d = dict(expect_object(src_dict, "GetCollectionsResponse200"))
        _collections = expect_list(
            d.pop("collections", UNSET), "GetCollectionsResponse200.collections"
        )
        collections: list[GetCollectionsResponse200CollectionsItem] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = GetCollectionsResponse200CollectionsItem.from_dict(
                    collections_item_data
                )

                collections.append(collections_item)

        get_collections_response_200 = cls(
            collections=collections,
        )

        get_collections_response_200.additional_properties = d
        return get_collections_response_200

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

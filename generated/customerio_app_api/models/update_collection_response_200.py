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
    from ..models.update_collection_response_200_collection import (
        UpdateCollectionResponse200Collection,
    )


T = TypeVar("T", bound="UpdateCollectionResponse200")


@_attrs_define
class UpdateCollectionResponse200:
    """
    Attributes:
        collection (UpdateCollectionResponse200Collection | Unset):
    """

    collection: UpdateCollectionResponse200Collection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collection is not UNSET:
            field_dict["collection"] = collection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_collection_response_200_collection import (
            UpdateCollectionResponse200Collection,
        )

        d = dict(expect_object(src_dict, "UpdateCollectionResponse200"))
        _collection = d.pop("collection", UNSET)
        collection: UpdateCollectionResponse200Collection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = UpdateCollectionResponse200Collection.from_dict(_collection)

        update_collection_response_200 = cls(
            collection=collection,
        )

        update_collection_response_200.additional_properties = d
        return update_collection_response_200

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

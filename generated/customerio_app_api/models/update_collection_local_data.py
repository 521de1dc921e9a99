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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.update_collection_local_data_data_item import (
        UpdateCollectionLocalDataDataItem,
    )


T = TypeVar("T", bound="UpdateCollectionLocalData")


@_attrs_define
class UpdateCollectionLocalData:
    """
    Attributes:
        name (str | Unset): The name of the collection. This is how you'll reference your collection in
            messages—`{{collection_name.data-property}}`.
        data (list[UpdateCollectionLocalDataDataItem] | Unset): An array of data objects that you want to reference in
            this collection.
    """

    name: str | Unset = UNSET
    data: list[UpdateCollectionLocalDataDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_collection_local_data_data_item import (
            UpdateCollectionLocalDataDataItem,
        )

        d = dict(expect_object(src_dict, "UpdateCollectionLocalData"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "UpdateCollectionLocalData.name")

        _data = expect_list(d.pop("data", UNSET), "UpdateCollectionLocalData.data")
        data: list[UpdateCollectionLocalDataDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = UpdateCollectionLocalDataDataItem.from_dict(data_item_data)

                data.append(data_item)

        update_collection_local_data = cls(
            name=name,
            data=data,
        )

        update_collection_local_data.additional_properties = d
        return update_collection_local_data

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

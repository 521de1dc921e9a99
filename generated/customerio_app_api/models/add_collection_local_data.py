from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.add_collection_local_data_data_item import (
        AddCollectionLocalDataDataItem,
    )


T = TypeVar("T", bound="AddCollectionLocalData")


@_attrs_define
class AddCollectionLocalData:
    """
    Attributes:
        name (str): The name of the collection. This is how you'll reference your collection in
            messages—`{{collection_name.data-property}}`.
        data (list[AddCollectionLocalDataDataItem]): An array of data objects that you want to reference in this
            collection.
    """

    name: str
    data: list[AddCollectionLocalDataDataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.add_collection_local_data_data_item import (
            AddCollectionLocalDataDataItem,
        )

        d = dict(expect_object(src_dict, "AddCollectionLocalData"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "AddCollectionLocalData.name")

        data = []
        _data = expect_list(d.pop("data"), "AddCollectionLocalData.data")
        for data_item_data in _data:
            data_item = AddCollectionLocalDataDataItem.from_dict(data_item_data)

            data.append(data_item)

        add_collection_local_data = cls(
            name=name,
            data=data,
        )

        add_collection_local_data.additional_properties = d
        return add_collection_local_data

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

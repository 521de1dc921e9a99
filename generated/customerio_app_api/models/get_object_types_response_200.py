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
    from ..models.get_object_types_response_200_types_item import (
        GetObjectTypesResponse200TypesItem,
    )


T = TypeVar("T", bound="GetObjectTypesResponse200")


@_attrs_define
class GetObjectTypesResponse200:
    """
    Attributes:
        types (list[GetObjectTypesResponse200TypesItem] | Unset):
    """

    types: list[GetObjectTypesResponse200TypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_object_types_response_200_types_item import (
            GetObjectTypesResponse200TypesItem,
        )

        d = dict(expect_object(src_dict, "GetObjectTypesResponse200"))
        _types = expect_list(d.pop("types", UNSET), "GetObjectTypesResponse200.types")
        types: list[GetObjectTypesResponse200TypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = GetObjectTypesResponse200TypesItem.from_dict(
                    types_item_data
                )

                types.append(types_item)

        get_object_types_response_200 = cls(
            types=types,
        )

        get_object_types_response_200.additional_properties = d
        return get_object_types_response_200

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

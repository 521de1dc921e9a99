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
    from ..models.list_exports_response_200_exports_item import (
        ListExportsResponse200ExportsItem,
    )


T = TypeVar("T", bound="ListExportsResponse200")


@_attrs_define
class ListExportsResponse200:
    """
    Attributes:
        exports (list[ListExportsResponse200ExportsItem] | Unset):
    """

    exports: list[ListExportsResponse200ExportsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exports, Unset):
            exports = []
            for exports_item_data in self.exports:
                exports_item = exports_item_data.to_dict()
                exports.append(exports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exports is not UNSET:
            field_dict["exports"] = exports

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_exports_response_200_exports_item import (
            ListExportsResponse200ExportsItem,
        )

        d = dict(expect_object(src_dict, "ListExportsResponse200"))
        _exports = expect_list(
            d.pop("exports", UNSET), "ListExportsResponse200.exports"
        )
        exports: list[ListExportsResponse200ExportsItem] | Unset = UNSET
        if _exports is not UNSET:
            exports = []
            for exports_item_data in _exports:
                exports_item = ListExportsResponse200ExportsItem.from_dict(
                    exports_item_data
                )

                exports.append(exports_item)

        list_exports_response_200 = cls(
            exports=exports,
        )

        list_exports_response_200.additional_properties = d
        return list_exports_response_200

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

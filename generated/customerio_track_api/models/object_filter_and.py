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
    from ..models.object_filter_and_and_item import ObjectFilterAndAndItem


T = TypeVar("T", bound="ObjectFilterAnd")


@_attrs_define
class ObjectFilterAnd:
    """
    Attributes:
        and_ (list[ObjectFilterAndAndItem] | Unset): Match *all* conditions to return results.
    """

    and_: list[ObjectFilterAndAndItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item = and_item_data.to_dict()
                and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_filter_and_and_item import ObjectFilterAndAndItem

        d = dict(expect_object(src_dict, "ObjectFilterAnd"))
        _and_ = expect_list(d.pop("and", UNSET), "ObjectFilterAnd.and")
        and_: list[ObjectFilterAndAndItem] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:
                and_item = ObjectFilterAndAndItem.from_dict(and_item_data)

                and_.append(and_item)

        object_filter_and = cls(
            and_=and_,
        )

        object_filter_and.additional_properties = d
        return object_filter_and

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

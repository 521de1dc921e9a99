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
    from ..models.object_filter_or_or_item import ObjectFilterOrOrItem


T = TypeVar("T", bound="ObjectFilterOr")


@_attrs_define
class ObjectFilterOr:
    """
    Attributes:
        or_ (list[ObjectFilterOrOrItem] | Unset): Match *any* condition to return results.
    """

    or_: list[ObjectFilterOrOrItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item = or_item_data.to_dict()
                or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if or_ is not UNSET:
            field_dict["or"] = or_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_filter_or_or_item import ObjectFilterOrOrItem

        d = dict(expect_object(src_dict, "ObjectFilterOr"))
        _or_ = expect_list(d.pop("or", UNSET), "ObjectFilterOr.or")
        or_: list[ObjectFilterOrOrItem] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:
                or_item = ObjectFilterOrOrItem.from_dict(or_item_data)

                or_.append(or_item)

        object_filter_or = cls(
            or_=or_,
        )

        object_filter_or.additional_properties = d
        return object_filter_or

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

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
    from ..models.get_objects_filter_body_or_or_item import GetObjectsFilterBodyOrOrItem


T = TypeVar("T", bound="GetObjectsFilterBodyOr")


@_attrs_define
class GetObjectsFilterBodyOr:
    """
    Attributes:
        or_ (list[GetObjectsFilterBodyOrOrItem] | Unset): Match *any* condition to return results.
    """

    or_: list[GetObjectsFilterBodyOrOrItem] | Unset = UNSET
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
        from ..models.get_objects_filter_body_or_or_item import (
            GetObjectsFilterBodyOrOrItem,
        )

        d = dict(expect_object(src_dict, "GetObjectsFilterBodyOr"))
        _or_ = expect_list(d.pop("or", UNSET), "GetObjectsFilterBodyOr.or")
        or_: list[GetObjectsFilterBodyOrOrItem] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:
                or_item = GetObjectsFilterBodyOrOrItem.from_dict(or_item_data)

                or_.append(or_item)

        get_objects_filter_body_or = cls(
            or_=or_,
        )

        get_objects_filter_body_or.additional_properties = d
        return get_objects_filter_body_or

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

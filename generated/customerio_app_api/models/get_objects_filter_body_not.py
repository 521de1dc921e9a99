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
    from ..models.get_objects_filter_body_not_not import GetObjectsFilterBodyNotNot


T = TypeVar("T", bound="GetObjectsFilterBodyNot")


@_attrs_define
class GetObjectsFilterBodyNot:
    """
    Attributes:
        not_ (GetObjectsFilterBodyNotNot | Unset): Returns results if a condition is false. While and/or support an
            array of items, `not` supports a single condition.
    """

    not_: GetObjectsFilterBodyNotNot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_, Unset):
            not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if not_ is not UNSET:
            field_dict["not"] = not_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_objects_filter_body_not_not import GetObjectsFilterBodyNotNot

        d = dict(expect_object(src_dict, "GetObjectsFilterBodyNot"))
        _not_ = d.pop("not", UNSET)
        not_: GetObjectsFilterBodyNotNot | Unset
        if isinstance(_not_, Unset):
            not_ = UNSET
        else:
            not_ = GetObjectsFilterBodyNotNot.from_dict(_not_)

        get_objects_filter_body_not = cls(
            not_=not_,
        )

        get_objects_filter_body_not.additional_properties = d
        return get_objects_filter_body_not

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

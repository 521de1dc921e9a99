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
    from ..models.object_attribute import ObjectAttribute


T = TypeVar("T", bound="GetObjectsFilterBodyOrOrItem")


@_attrs_define
class GetObjectsFilterBodyOrOrItem:
    """
    Attributes:
        object_attribute (ObjectAttribute | Unset): Filter your objects by their attributes. Example: {'field':
            'cancelled', 'operator': 'eq', 'value': True, 'type_id': 1}.
    """

    object_attribute: ObjectAttribute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_attribute, Unset):
            object_attribute = self.object_attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_attribute is not UNSET:
            field_dict["object_attribute"] = object_attribute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_attribute import ObjectAttribute

        d = dict(expect_object(src_dict, "GetObjectsFilterBodyOrOrItem"))
        _object_attribute = d.pop("object_attribute", UNSET)
        object_attribute: ObjectAttribute | Unset
        if isinstance(_object_attribute, Unset):
            object_attribute = UNSET
        else:
            object_attribute = ObjectAttribute.from_dict(_object_attribute)

        get_objects_filter_body_or_or_item = cls(
            object_attribute=object_attribute,
        )

        get_objects_filter_body_or_or_item.additional_properties = d
        return get_objects_filter_body_or_or_item

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

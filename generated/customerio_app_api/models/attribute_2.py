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
    from ..models.attribute import Attribute


T = TypeVar("T", bound="Attribute2")


@_attrs_define
class Attribute2:
    """
    Attributes:
        attribute (Attribute | Unset): Filter your audience by attribute. Example: {'field': 'unsubscribed', 'operator':
            'eq', 'value': True}.
    """

    attribute: Attribute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute import Attribute

        d = dict(expect_object(src_dict, "Attribute2"))
        _attribute = d.pop("attribute", UNSET)
        attribute: Attribute | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = Attribute.from_dict(_attribute)

        attribute_2 = cls(
            attribute=attribute,
        )

        attribute_2.additional_properties = d
        return attribute_2

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

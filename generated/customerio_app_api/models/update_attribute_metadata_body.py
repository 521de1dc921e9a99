from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.update_attribute_metadata_body_attributes_item import (
        UpdateAttributeMetadataBodyAttributesItem,
    )


T = TypeVar("T", bound="UpdateAttributeMetadataBody")


@_attrs_define
class UpdateAttributeMetadataBody:
    """
    Attributes:
        attributes (list[UpdateAttributeMetadataBodyAttributesItem]): Array of attribute updates
    """

    attributes: list[UpdateAttributeMetadataBodyAttributesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_attribute_metadata_body_attributes_item import (
            UpdateAttributeMetadataBodyAttributesItem,
        )

        d = dict(expect_object(src_dict, "UpdateAttributeMetadataBody"))
        attributes = []
        _attributes = expect_list(
            d.pop("attributes"), "UpdateAttributeMetadataBody.attributes"
        )
        for attributes_item_data in _attributes:
            attributes_item = UpdateAttributeMetadataBodyAttributesItem.from_dict(
                attributes_item_data
            )

            attributes.append(attributes_item)

        update_attribute_metadata_body = cls(
            attributes=attributes,
        )

        update_attribute_metadata_body.additional_properties = d
        return update_attribute_metadata_body

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

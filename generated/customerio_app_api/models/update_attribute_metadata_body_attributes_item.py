from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.update_attribute_metadata_body_attributes_item_privacy_level import (
    UpdateAttributeMetadataBodyAttributesItemPrivacyLevel,
)
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="UpdateAttributeMetadataBodyAttributesItem")


@_attrs_define
class UpdateAttributeMetadataBodyAttributesItem:
    """
    Attributes:
        name (str): The name of the attribute to update Example: last_active.
        description (str | Unset): The purpose of the attribute. This helps our AI tools understand your data. Example:
            The last time the user clicked something on our app after logging in..
        privacy_level (UpdateAttributeMetadataBodyAttributesItemPrivacyLevel | Unset): Available on Premium plans. This
            indicates whether an attribute is sensitive or not.

            0 means NOT sensitive.

            1 means sensitive.
             Example: 0.
    """

    name: str
    description: str | Unset = UNSET
    privacy_level: UpdateAttributeMetadataBodyAttributesItemPrivacyLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        privacy_level: int | Unset = UNSET
        if not isinstance(self.privacy_level, Unset):
            privacy_level = self.privacy_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if privacy_level is not UNSET:
            field_dict["privacy_level"] = privacy_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "UpdateAttributeMetadataBodyAttributesItem"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "UpdateAttributeMetadataBodyAttributesItem.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "UpdateAttributeMetadataBodyAttributesItem.description"
            )

        _privacy_level = d.pop("privacy_level", UNSET)
        privacy_level: UpdateAttributeMetadataBodyAttributesItemPrivacyLevel | Unset
        if isinstance(_privacy_level, Unset):
            privacy_level = UNSET
        else:
            privacy_level = UpdateAttributeMetadataBodyAttributesItemPrivacyLevel(
                _privacy_level
            )

        update_attribute_metadata_body_attributes_item = cls(
            name=name,
            description=description,
            privacy_level=privacy_level,
        )

        update_attribute_metadata_body_attributes_item.additional_properties = d
        return update_attribute_metadata_body_attributes_item

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

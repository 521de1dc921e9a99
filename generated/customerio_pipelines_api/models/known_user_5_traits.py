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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.known_user_5_traits_relationship_attributes import (
        KnownUser5TraitsRelationshipAttributes,
    )


T = TypeVar("T", bound="KnownUser5Traits")


@_attrs_define
class KnownUser5Traits:
    """Additional information about the group.

    Attributes:
        object_type_id (str | Unset): If you use Customer.io Journeys as a destination, this value is the type of
            group/object your group belongs to; object type IDs are stringified integers. If you don't include this value,
            we assume the object type ID is `1`. See [objects in Customer.io Journeys](/journeys/object-types/) for more
            information. Example: 1.
        relationship_attributes (KnownUser5TraitsRelationshipAttributes | Unset): Attributes that you want to set for
            the relationship between the person and the group. Example: {'role': 'primary_contact'}.
    """

    object_type_id: str | Unset = UNSET
    relationship_attributes: KnownUser5TraitsRelationshipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if relationship_attributes is not UNSET:
            field_dict["relationshipAttributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.known_user_5_traits_relationship_attributes import (
            KnownUser5TraitsRelationshipAttributes,
        )

        d = dict(expect_object(src_dict, "KnownUser5Traits"))
        object_type_id = d.pop("object_type_id", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(
                object_type_id, "KnownUser5Traits.object_type_id"
            )

        _relationship_attributes = d.pop("relationshipAttributes", UNSET)
        relationship_attributes: KnownUser5TraitsRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset):
            relationship_attributes = UNSET
        else:
            relationship_attributes = KnownUser5TraitsRelationshipAttributes.from_dict(
                _relationship_attributes
            )

        known_user_5_traits = cls(
            object_type_id=object_type_id,
            relationship_attributes=relationship_attributes,
        )

        known_user_5_traits.additional_properties = d
        return known_user_5_traits

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

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
    from ..models.identify_anonymous_cio_relationships_item_identifiers import (
        IdentifyAnonymousCioRelationshipsItemIdentifiers,
    )
    from ..models.identify_anonymous_cio_relationships_item_relationship_attributes import (
        IdentifyAnonymousCioRelationshipsItemRelationshipAttributes,
    )


T = TypeVar("T", bound="IdentifyAnonymousCioRelationshipsItem")


@_attrs_define
class IdentifyAnonymousCioRelationshipsItem:
    """
    Attributes:
        identifiers (IdentifyAnonymousCioRelationshipsItemIdentifiers | Unset):
        relationship_attributes (IdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset): Coming October
            2023 - The attributes associated with a relationship. Passing null or an empty string removes the attribute from
            the relationship.
    """

    identifiers: IdentifyAnonymousCioRelationshipsItemIdentifiers | Unset = UNSET
    relationship_attributes: (
        IdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if relationship_attributes is not UNSET:
            field_dict["relationship_attributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identify_anonymous_cio_relationships_item_identifiers import (
            IdentifyAnonymousCioRelationshipsItemIdentifiers,
        )
        from ..models.identify_anonymous_cio_relationships_item_relationship_attributes import (
            IdentifyAnonymousCioRelationshipsItemRelationshipAttributes,
        )

        d = dict(expect_object(src_dict, "IdentifyAnonymousCioRelationshipsItem"))
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: IdentifyAnonymousCioRelationshipsItemIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = IdentifyAnonymousCioRelationshipsItemIdentifiers.from_dict(
                _identifiers
            )

        _relationship_attributes = d.pop("relationship_attributes", UNSET)
        relationship_attributes: (
            IdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset
        )
        if isinstance(_relationship_attributes, Unset):
            relationship_attributes = UNSET
        else:
            relationship_attributes = (
                IdentifyAnonymousCioRelationshipsItemRelationshipAttributes.from_dict(
                    _relationship_attributes
                )
            )

        identify_anonymous_cio_relationships_item = cls(
            identifiers=identifiers,
            relationship_attributes=relationship_attributes,
        )

        identify_anonymous_cio_relationships_item.additional_properties = d
        return identify_anonymous_cio_relationships_item

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

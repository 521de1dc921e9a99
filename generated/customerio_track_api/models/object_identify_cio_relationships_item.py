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
    from ..models.cio_id_4 import CioId4
    from ..models.email_3 import Email3
    from ..models.id_3 import Id3
    from ..models.object_identify_cio_relationships_item_relationship_attributes import (
        ObjectIdentifyCioRelationshipsItemRelationshipAttributes,
    )


T = TypeVar("T", bound="ObjectIdentifyCioRelationshipsItem")


@_attrs_define
class ObjectIdentifyCioRelationshipsItem:
    """
    Example:
        {'identifiers': {'id': '42'}, 'relationship_attributes': {'role': 'admin', 'date_created': 1702480414}}

    Attributes:
        identifiers (CioId4 | Email3 | Id3 | Unset):
        relationship_attributes (ObjectIdentifyCioRelationshipsItemRelationshipAttributes | Unset): The attributes
            associated with a relationship. Passing null or an empty string removes the attribute from the relationship.
    """

    identifiers: CioId4 | Email3 | Id3 | Unset = UNSET
    relationship_attributes: (
        ObjectIdentifyCioRelationshipsItemRelationshipAttributes | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3

        identifiers: dict[str, Any] | Unset
        if isinstance(self.identifiers, Unset):
            identifiers = UNSET
        elif isinstance(self.identifiers, Id3) or isinstance(self.identifiers, Email3):
            identifiers = self.identifiers.to_dict()
        else:
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
        from ..models.cio_id_4 import CioId4
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3
        from ..models.object_identify_cio_relationships_item_relationship_attributes import (
            ObjectIdentifyCioRelationshipsItemRelationshipAttributes,
        )

        d = dict(expect_object(src_dict, "ObjectIdentifyCioRelationshipsItem"))

        def _parse_identifiers(data: object) -> CioId4 | Email3 | Id3 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = Id3.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_1 = Email3.from_dict(data)

                return identifiers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_2 = CioId4.from_dict(data)

            return identifiers_type_2

        identifiers = _parse_identifiers(d.pop("identifiers", UNSET))

        _relationship_attributes = d.pop("relationship_attributes", UNSET)
        relationship_attributes: (
            ObjectIdentifyCioRelationshipsItemRelationshipAttributes | Unset
        )
        if isinstance(_relationship_attributes, Unset):
            relationship_attributes = UNSET
        else:
            relationship_attributes = (
                ObjectIdentifyCioRelationshipsItemRelationshipAttributes.from_dict(
                    _relationship_attributes
                )
            )

        object_identify_cio_relationships_item = cls(
            identifiers=identifiers,
            relationship_attributes=relationship_attributes,
        )

        object_identify_cio_relationships_item.additional_properties = d
        return object_identify_cio_relationships_item

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

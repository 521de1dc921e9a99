from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_person_relationships_response_200_cio_relationships_item_attributes import (
        GetPersonRelationshipsResponse200CioRelationshipsItemAttributes,
    )
    from ..models.get_person_relationships_response_200_cio_relationships_item_identifiers import (
        GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers,
    )
    from ..models.get_person_relationships_response_200_cio_relationships_item_timestamps import (
        GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps,
    )


T = TypeVar("T", bound="GetPersonRelationshipsResponse200CioRelationshipsItem")


@_attrs_define
class GetPersonRelationshipsResponse200CioRelationshipsItem:
    """
    Attributes:
        object_type_id (int | Unset): The type of object that the customer is related to.
        identifiers (GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset): The `object_id` and
            `cio_object_id` that a person is related to.
        attributes (GetPersonRelationshipsResponse200CioRelationshipsItemAttributes | Unset): Attributes for the
            relationship between the person and the object.
        timestamps (GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps | Unset): Unix timestamps when the
            object's attributes were last updated.
    """

    object_type_id: int | Unset = UNSET
    identifiers: (
        GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset
    ) = UNSET
    attributes: (
        GetPersonRelationshipsResponse200CioRelationshipsItemAttributes | Unset
    ) = UNSET
    timestamps: (
        GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_relationships_response_200_cio_relationships_item_attributes import (
            GetPersonRelationshipsResponse200CioRelationshipsItemAttributes,
        )
        from ..models.get_person_relationships_response_200_cio_relationships_item_identifiers import (
            GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers,
        )
        from ..models.get_person_relationships_response_200_cio_relationships_item_timestamps import (
            GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps,
        )

        d = dict(
            expect_object(
                src_dict, "GetPersonRelationshipsResponse200CioRelationshipsItem"
            )
        )
        object_type_id = d.pop("object_type_id", UNSET)
        if type(object_type_id) is not int and object_type_id is not UNSET:
            object_type_id = expect_int(
                object_type_id,
                "GetPersonRelationshipsResponse200CioRelationshipsItem.object_type_id",
            )

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: (
            GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset
        )
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers.from_dict(
                _identifiers
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: (
            GetPersonRelationshipsResponse200CioRelationshipsItemAttributes | Unset
        )
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GetPersonRelationshipsResponse200CioRelationshipsItemAttributes.from_dict(
                _attributes
            )

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: (
            GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps | Unset
        )
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps.from_dict(
                _timestamps
            )

        get_person_relationships_response_200_cio_relationships_item = cls(
            object_type_id=object_type_id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
        )

        get_person_relationships_response_200_cio_relationships_item.additional_properties = d
        return get_person_relationships_response_200_cio_relationships_item

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

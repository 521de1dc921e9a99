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
    from ..models.get_object_attributes_response_200_object_attributes import (
        GetObjectAttributesResponse200ObjectAttributes,
    )
    from ..models.get_object_attributes_response_200_object_identifiers import (
        GetObjectAttributesResponse200ObjectIdentifiers,
    )
    from ..models.get_object_attributes_response_200_object_timestamps import (
        GetObjectAttributesResponse200ObjectTimestamps,
    )


T = TypeVar("T", bound="GetObjectAttributesResponse200Object")


@_attrs_define
class GetObjectAttributesResponse200Object:
    """The object specified in the endpoint path

    Attributes:
        attributes (GetObjectAttributesResponse200ObjectAttributes | Unset): Attributes assigned to this object.
        timestamps (GetObjectAttributesResponse200ObjectTimestamps | Unset): The epoch timestamps when corresponding
            attributes were set on the object.
        identifiers (GetObjectAttributesResponse200ObjectIdentifiers | Unset): Identifies an object.
        object_type_id (str | Unset): The object type an object belongs to—like "Companies" or "Accounts". Object type
            IDs are string-formatted integers that begin at `1` and increment for each new type. Example: 1.
    """

    attributes: GetObjectAttributesResponse200ObjectAttributes | Unset = UNSET
    timestamps: GetObjectAttributesResponse200ObjectTimestamps | Unset = UNSET
    identifiers: GetObjectAttributesResponse200ObjectIdentifiers | Unset = UNSET
    object_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        object_type_id = self.object_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_object_attributes_response_200_object_attributes import (
            GetObjectAttributesResponse200ObjectAttributes,
        )
        from ..models.get_object_attributes_response_200_object_identifiers import (
            GetObjectAttributesResponse200ObjectIdentifiers,
        )
        from ..models.get_object_attributes_response_200_object_timestamps import (
            GetObjectAttributesResponse200ObjectTimestamps,
        )

        d = dict(expect_object(src_dict, "GetObjectAttributesResponse200Object"))
        _attributes = d.pop("attributes", UNSET)
        attributes: GetObjectAttributesResponse200ObjectAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = GetObjectAttributesResponse200ObjectAttributes.from_dict(
                _attributes
            )

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: GetObjectAttributesResponse200ObjectTimestamps | Unset
        if isinstance(_timestamps, Unset):
            timestamps = UNSET
        else:
            timestamps = GetObjectAttributesResponse200ObjectTimestamps.from_dict(
                _timestamps
            )

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: GetObjectAttributesResponse200ObjectIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = GetObjectAttributesResponse200ObjectIdentifiers.from_dict(
                _identifiers
            )

        object_type_id = d.pop("object_type_id", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(
                object_type_id, "GetObjectAttributesResponse200Object.object_type_id"
            )

        get_object_attributes_response_200_object = cls(
            attributes=attributes,
            timestamps=timestamps,
            identifiers=identifiers,
            object_type_id=object_type_id,
        )

        get_object_attributes_response_200_object.additional_properties = d
        return get_object_attributes_response_200_object

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

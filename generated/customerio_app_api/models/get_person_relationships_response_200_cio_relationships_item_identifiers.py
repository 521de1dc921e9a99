from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar(
    "T", bound="GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers"
)


@_attrs_define
class GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers:
    """The `object_id` and `cio_object_id` that a person is related to.

    Attributes:
        object_id (str | Unset): The ID of the object that the customer is related to.
        cio_object_id (str | Unset): The canonical, immutable identifier for the object that the customer is related to.
    """

    object_id: str | Unset = UNSET
    cio_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if cio_object_id is not UNSET:
            field_dict["cio_object_id"] = cio_object_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict,
                "GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers",
            )
        )
        object_id = d.pop("object_id", UNSET)
        if type(object_id) is not str and object_id is not UNSET:
            object_id = expect_str(
                object_id,
                "GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers.object_id",
            )

        cio_object_id = d.pop("cio_object_id", UNSET)
        if type(cio_object_id) is not str and cio_object_id is not UNSET:
            cio_object_id = expect_str(
                cio_object_id,
                "GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers.cio_object_id",
            )

        get_person_relationships_response_200_cio_relationships_item_identifiers = cls(
            object_id=object_id,
            cio_object_id=cio_object_id,
        )

        get_person_relationships_response_200_cio_relationships_item_identifiers.additional_properties = d
        return get_person_relationships_response_200_cio_relationships_item_identifiers

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_object_relationships_response_200_cio_relationships_item_identifiers import (
        GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers,
    )


T = TypeVar("T", bound="GetObjectRelationshipsResponse200CioRelationshipsItem")


@_attrs_define
class GetObjectRelationshipsResponse200CioRelationshipsItem:
    """
    Example:
        [{'identifiers': {'cio_id': 'ob020101', 'id': 'acmeInc'}, 'object_type_id': '1', 'object_type_disabled': False}]

    Attributes:
        identifiers (GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset): Identifies an individual
            person.
        object_type_id (str | Unset): The object type an object belongs to—like "Companies" or "Accounts". Object type
            IDs are string-formatted integers that begin at `1` and increment for each new type. Example: 1.
        object_type_disabled (bool | Unset): If true, the object is disabled.
    """

    identifiers: (
        GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset
    ) = UNSET
    object_type_id: str | Unset = UNSET
    object_type_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        object_type_id = self.object_type_id

        object_type_disabled = self.object_type_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if object_type_disabled is not UNSET:
            field_dict["object_type_disabled"] = object_type_disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_object_relationships_response_200_cio_relationships_item_identifiers import (
            GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers,
        )

        d = dict(
            expect_object(
                src_dict, "GetObjectRelationshipsResponse200CioRelationshipsItem"
            )
        )
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: (
            GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers | Unset
        )
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers.from_dict(
                _identifiers
            )

        object_type_id = d.pop("object_type_id", UNSET)
        if type(object_type_id) is not str and object_type_id is not UNSET:
            object_type_id = expect_str(
                object_type_id,
                "GetObjectRelationshipsResponse200CioRelationshipsItem.object_type_id",
            )

        object_type_disabled = d.pop("object_type_disabled", UNSET)
        if type(object_type_disabled) is not bool and object_type_disabled is not UNSET:
            object_type_disabled = expect_bool(
                object_type_disabled,
                "GetObjectRelationshipsResponse200CioRelationshipsItem.object_type_disabled",
            )

        get_object_relationships_response_200_cio_relationships_item = cls(
            identifiers=identifiers,
            object_type_id=object_type_id,
            object_type_disabled=object_type_disabled,
        )

        get_object_relationships_response_200_cio_relationships_item.additional_properties = d
        return get_object_relationships_response_200_cio_relationships_item

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

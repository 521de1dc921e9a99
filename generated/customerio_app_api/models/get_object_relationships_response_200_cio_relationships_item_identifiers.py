from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
    "T", bound="GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers"
)


@_attrs_define
class GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers:
    """Identifies an individual person.

    Attributes:
        cio_id (str | Unset): A unique identifier set by Customer.io, used to reference a person if you want to update
            their identifiers. Example: a3000001.
        id (None | str | Unset): The ID of a customer profile, analogous to a "person" in the UI. If your workspace
            supports multiple identifiers (email and ID), this value can be null. Example: 42.
        email (None | str | Unset): The email address of the customer. Example: test@example.com.
    """

    cio_id: str | Unset = UNSET
    id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_id = self.cio_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict,
                "GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers",
            )
        )
        cio_id = d.pop("cio_id", UNSET)
        if type(cio_id) is not str and cio_id is not UNSET:
            cio_id = expect_str(
                cio_id,
                "GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers.cio_id",
            )

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        get_object_relationships_response_200_cio_relationships_item_identifiers = cls(
            cio_id=cio_id,
            id=id,
            email=email,
        )

        get_object_relationships_response_200_cio_relationships_item_identifiers.additional_properties = d
        return get_object_relationships_response_200_cio_relationships_item_identifiers

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

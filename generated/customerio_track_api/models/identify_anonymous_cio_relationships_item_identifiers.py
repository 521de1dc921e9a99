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

T = TypeVar("T", bound="IdentifyAnonymousCioRelationshipsItemIdentifiers")


@_attrs_define
class IdentifyAnonymousCioRelationshipsItemIdentifiers:
    """
    Attributes:
        anonymous_id (str | Unset): An identifier for an anonymous event, like a cookie. If set as an attribute on a
            person, any events bearing the same anonymous value are associated with this person. This value must be unique
            and is not reusable.
    """

    anonymous_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_id = self.anonymous_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "IdentifyAnonymousCioRelationshipsItemIdentifiers")
        )
        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(
                anonymous_id,
                "IdentifyAnonymousCioRelationshipsItemIdentifiers.anonymous_id",
            )

        identify_anonymous_cio_relationships_item_identifiers = cls(
            anonymous_id=anonymous_id,
        )

        identify_anonymous_cio_relationships_item_identifiers.additional_properties = d
        return identify_anonymous_cio_relationships_item_identifiers

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

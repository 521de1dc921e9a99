from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetSegmentMembershipIdOnlyIdentifiersItem")


@_attrs_define
class GetSegmentMembershipIdOnlyIdentifiersItem:
    """Contains `id` and `cio_id` identifiers for a person in a workspace that doesn't use email as an identifier.

    Attributes:
        id (str): A person's unique ID. This matches a value in `ids`. Example: 2.
        cio_id (str): A unique identifier set by Customer.io, used to reference a person if you want to update their
            identifiers. Example: a3000001.
    """

    id: str
    cio_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cio_id": cio_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetSegmentMembershipIdOnlyIdentifiersItem"))
        id = d.pop("id")
        if type(id) is not str:
            id = expect_str(id, "GetSegmentMembershipIdOnlyIdentifiersItem.id")

        cio_id = d.pop("cio_id")
        if type(cio_id) is not str:
            cio_id = expect_str(
                cio_id, "GetSegmentMembershipIdOnlyIdentifiersItem.cio_id"
            )

        get_segment_membership_id_only_identifiers_item = cls(
            id=id,
            cio_id=cio_id,
        )

        get_segment_membership_id_only_identifiers_item.additional_properties = d
        return get_segment_membership_id_only_identifiers_item

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

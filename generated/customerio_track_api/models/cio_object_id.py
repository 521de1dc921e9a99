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

T = TypeVar("T", bound="CIOObjectID")


@_attrs_define
class CIOObjectID:
    """
    Attributes:
        cio_object_id (str): A unique value that Customer.io sets for an object when you create it. This ID is
            immutable. Example: obb7fd050101.
    """

    cio_object_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cio_object_id": cio_object_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CIOObjectID"))
        cio_object_id = d.pop("cio_object_id")
        if type(cio_object_id) is not str:
            cio_object_id = expect_str(cio_object_id, "CIOObjectID.cio_object_id")

        cio_object_id = cls(
            cio_object_id=cio_object_id,
        )

        cio_object_id.additional_properties = d
        return cio_object_id

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

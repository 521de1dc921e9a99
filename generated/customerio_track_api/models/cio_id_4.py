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

T = TypeVar("T", bound="CioId4")


@_attrs_define
class CioId4:
    """
    Attributes:
        cio_id (str | Unset): A unique identifier set by Customer.io, used to reference a person if you want to update
            their identifiers. Example: a3000001.
    """

    cio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CioId4"))
        cio_id = d.pop("cio_id", UNSET)
        if type(cio_id) is not str and cio_id is not UNSET:
            cio_id = expect_str(cio_id, "CioId4.cio_id")

        cio_id_4 = cls(
            cio_id=cio_id,
        )

        cio_id_4.additional_properties = d
        return cio_id_4

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

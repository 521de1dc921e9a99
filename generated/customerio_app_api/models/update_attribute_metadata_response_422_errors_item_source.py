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

T = TypeVar("T", bound="UpdateAttributeMetadataResponse422ErrorsItemSource")


@_attrs_define
class UpdateAttributeMetadataResponse422ErrorsItemSource:
    """
    Attributes:
        pointer (str | Unset): The path to the attribute that caused the error. 0 is the first attribute, 1 is the
            second, and so on.
    """

    pointer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pointer = self.pointer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pointer is not UNSET:
            field_dict["pointer"] = pointer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "UpdateAttributeMetadataResponse422ErrorsItemSource"
            )
        )
        pointer = d.pop("pointer", UNSET)
        if type(pointer) is not str and pointer is not UNSET:
            pointer = expect_str(
                pointer, "UpdateAttributeMetadataResponse422ErrorsItemSource.pointer"
            )

        update_attribute_metadata_response_422_errors_item_source = cls(
            pointer=pointer,
        )

        update_attribute_metadata_response_422_errors_item_source.additional_properties = d
        return update_attribute_metadata_response_422_errors_item_source

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

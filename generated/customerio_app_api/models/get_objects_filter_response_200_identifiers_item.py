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

T = TypeVar("T", bound="GetObjectsFilterResponse200IdentifiersItem")


@_attrs_define
class GetObjectsFilterResponse200IdentifiersItem:
    """
    Attributes:
        cio_object_id (str | Unset): The canonical, immutable identifier for the object, assigned by Customer.io.
            Example: ob020101.
        object_id (str | Unset): The ID of the object, assigned by you or your systems. Example: ae3000.
    """

    cio_object_id: str | Unset = UNSET
    object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_object_id = self.cio_object_id

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_object_id is not UNSET:
            field_dict["cio_object_id"] = cio_object_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetObjectsFilterResponse200IdentifiersItem"))
        cio_object_id = d.pop("cio_object_id", UNSET)
        if type(cio_object_id) is not str and cio_object_id is not UNSET:
            cio_object_id = expect_str(
                cio_object_id,
                "GetObjectsFilterResponse200IdentifiersItem.cio_object_id",
            )

        object_id = d.pop("object_id", UNSET)
        if type(object_id) is not str and object_id is not UNSET:
            object_id = expect_str(
                object_id, "GetObjectsFilterResponse200IdentifiersItem.object_id"
            )

        get_objects_filter_response_200_identifiers_item = cls(
            cio_object_id=cio_object_id,
            object_id=object_id,
        )

        get_objects_filter_response_200_identifiers_item.additional_properties = d
        return get_objects_filter_response_200_identifiers_item

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

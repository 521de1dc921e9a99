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

T = TypeVar("T", bound="ObjectID")


@_attrs_define
class ObjectID:
    """
    Attributes:
        object_type_id (str): The object type an object belongs to—like "Companies" or "Accounts". Object type IDs are
            string-formatted integers that begin at `1` and increment for each new type. Example: 1.
        object_id (str): The unique identifier for an object. If you use an `object_id` that already exists, we'll
            update the object accordingly. Example: acme.
    """

    object_type_id: str
    object_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type_id": object_type_id,
                "object_id": object_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ObjectID"))
        object_type_id = d.pop("object_type_id")
        if type(object_type_id) is not str:
            object_type_id = expect_str(object_type_id, "ObjectID.object_type_id")

        object_id = d.pop("object_id")
        if type(object_id) is not str:
            object_id = expect_str(object_id, "ObjectID.object_id")

        object_id = cls(
            object_type_id=object_type_id,
            object_id=object_id,
        )

        object_id.additional_properties = d
        return object_id

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

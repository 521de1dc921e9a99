from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_delete_action import ObjectDeleteAction
from ..types import (
    expect_object,
)

T = TypeVar("T", bound="ObjectDelete")


@_attrs_define
class ObjectDelete:
    """Delete an object. This also removes relationships from people.

    Attributes:
        action (ObjectDeleteAction): Indicates that the operation will `delete` the the item of the specified `type`.
    """

    action: ObjectDeleteAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ObjectDelete"))
        action = ObjectDeleteAction(d.pop("action"))

        object_delete = cls(
            action=action,
        )

        object_delete.additional_properties = d
        return object_delete

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

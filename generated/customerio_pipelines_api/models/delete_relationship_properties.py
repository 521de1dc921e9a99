from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="DeleteRelationshipProperties")


@_attrs_define
class DeleteRelationshipProperties:
    """Properties for the event. In this case, you'll need to provide the `objectId`. You should also provide the
    `objectTypeId` if you have more than 1 object type; if you don't include it, we'll assume it's `1`.

        Attributes:
            object_id (str): A person is related to a group/object. This is the group/object you want to remove the person
                from.
            object_type_id (int | Unset): The type of group/object the `objectId` represents. In Customer.io, each type of
                group/object has a an integer value, starting at 1 and incrementing. For example, if you have two types of
                groups/objects, you might have `1` represent accounts and `2` might represent companies.

                If you leave this value blank, we'll assume it's `1`.
                 Default: 1.
    """

    object_id: str
    object_type_id: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        object_type_id = self.object_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectId": object_id,
            }
        )
        if object_type_id is not UNSET:
            field_dict["objectTypeId"] = object_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "DeleteRelationshipProperties"))
        object_id = d.pop("objectId")
        if type(object_id) is not str:
            object_id = expect_str(object_id, "DeleteRelationshipProperties.objectId")

        object_type_id = d.pop("objectTypeId", UNSET)
        if type(object_type_id) is not int and object_type_id is not UNSET:
            object_type_id = expect_int(
                object_type_id, "DeleteRelationshipProperties.objectTypeId"
            )

        delete_relationship_properties = cls(
            object_id=object_id,
            object_type_id=object_type_id,
        )

        delete_relationship_properties.additional_properties = d
        return delete_relationship_properties

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

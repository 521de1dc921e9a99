from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.object_add_relationships_action import ObjectAddRelationshipsAction
from ..types import (
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.object_add_relationships_cio_relationships_item import (
        ObjectAddRelationshipsCioRelationshipsItem,
    )


T = TypeVar("T", bound="ObjectAddRelationships")


@_attrs_define
class ObjectAddRelationships:
    """Add relationships between an object and one or more people.

    Attributes:
        action (ObjectAddRelationshipsAction): This operation associates an object with one or more people.
        cio_relationships (list[ObjectAddRelationshipsCioRelationshipsItem]): The people you want to associate with an
            object. Each object in the array represents a person.
    """

    action: ObjectAddRelationshipsAction
    cio_relationships: list[ObjectAddRelationshipsCioRelationshipsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        cio_relationships = []
        for cio_relationships_item_data in self.cio_relationships:
            cio_relationships_item = cio_relationships_item_data.to_dict()
            cio_relationships.append(cio_relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "cio_relationships": cio_relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_add_relationships_cio_relationships_item import (
            ObjectAddRelationshipsCioRelationshipsItem,
        )

        d = dict(expect_object(src_dict, "ObjectAddRelationships"))
        action = ObjectAddRelationshipsAction(d.pop("action"))

        cio_relationships = []
        _cio_relationships = expect_list(
            d.pop("cio_relationships"), "ObjectAddRelationships.cio_relationships"
        )
        for cio_relationships_item_data in _cio_relationships:
            cio_relationships_item = (
                ObjectAddRelationshipsCioRelationshipsItem.from_dict(
                    cio_relationships_item_data
                )
            )

            cio_relationships.append(cio_relationships_item)

        object_add_relationships = cls(
            action=action,
            cio_relationships=cio_relationships,
        )

        object_add_relationships.additional_properties = d
        return object_add_relationships

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

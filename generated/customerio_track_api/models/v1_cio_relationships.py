from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.v1_cio_relationships_action import V1CioRelationshipsAction
from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.v1_cio_relationships_relationships_item import (
        V1CioRelationshipsRelationshipsItem,
    )


T = TypeVar("T", bound="V1CioRelationships")


@_attrs_define
class V1CioRelationships:
    """Describes relationships to an entity—a non-person object in Customer.io, like a company, educational course, job
    board, etc.

        Attributes:
            action (V1CioRelationshipsAction | Unset): This determines whether the `relationships` array adds relationships
                to a person or removes them from a person.
            relationships (list[V1CioRelationshipsRelationshipsItem] | Unset): Each object in the array represents a
                relationship you want to add to, or remove from, a person.
    """

    action: V1CioRelationshipsAction | Unset = UNSET
    relationships: list[V1CioRelationshipsRelationshipsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v1_cio_relationships_relationships_item import (
            V1CioRelationshipsRelationshipsItem,
        )

        d = dict(expect_object(src_dict, "V1CioRelationships"))
        _action = d.pop("action", UNSET)
        action: V1CioRelationshipsAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = V1CioRelationshipsAction(_action)

        _relationships = expect_list(
            d.pop("relationships", UNSET), "V1CioRelationships.relationships"
        )
        relationships: list[V1CioRelationshipsRelationshipsItem] | Unset = UNSET
        if _relationships is not UNSET:
            relationships = []
            for relationships_item_data in _relationships:
                relationships_item = V1CioRelationshipsRelationshipsItem.from_dict(
                    relationships_item_data
                )

                relationships.append(relationships_item)

        v1_cio_relationships = cls(
            action=action,
            relationships=relationships,
        )

        v1_cio_relationships.additional_properties = d
        return v1_cio_relationships

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

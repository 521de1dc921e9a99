from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.relationship_audience_person_filters import (
        RelationshipAudiencePersonFilters,
    )
    from ..models.relationship_audience_relationship_filters import (
        RelationshipAudienceRelationshipFilters,
    )


T = TypeVar("T", bound="RelationshipAudience")


@_attrs_define
class RelationshipAudience:
    """Defines the people who will start a journey in your campaign.

    Attributes:
        type_ (int | Unset): The type of audience selected. "Person added to object" is `0`. "Every person in the
            object" is `1`. "Certain people in the object" is also `1`. "Certain people" will always have one or more
            audience filters (see below). "Every person" will never have an audience filter.
        person_filters (RelationshipAudiencePersonFilters | Unset): Returns the profile attributes you filtered the
            audience by, if any. Only applies to `type 1`, "Certain people in the object". Example:
            {"and":[{"attribute":{"field":"title","operator":"eq","value":"asdca"}}]}.
        relationship_filters (RelationshipAudienceRelationshipFilters | Unset): Returns the relationship attributes you
            filtered the audience by, if any. Only applies to `type 1`, "Certain people in the object". Example:
            {"and":[{"relationship_attribute":{"type_id":1,"field":"trig","operator":"eq","value":"asd"}}]}.
    """

    type_: int | Unset = UNSET
    person_filters: RelationshipAudiencePersonFilters | Unset = UNSET
    relationship_filters: RelationshipAudienceRelationshipFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        person_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person_filters, Unset):
            person_filters = self.person_filters.to_dict()

        relationship_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_filters, Unset):
            relationship_filters = self.relationship_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if person_filters is not UNSET:
            field_dict["person_filters"] = person_filters
        if relationship_filters is not UNSET:
            field_dict["relationship_filters"] = relationship_filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.relationship_audience_person_filters import (
            RelationshipAudiencePersonFilters,
        )
        from ..models.relationship_audience_relationship_filters import (
            RelationshipAudienceRelationshipFilters,
        )

        d = dict(expect_object(src_dict, "RelationshipAudience"))
        type_ = d.pop("type", UNSET)
        if type(type_) is not int and type_ is not UNSET:
            type_ = expect_int(type_, "RelationshipAudience.type")

        _person_filters = d.pop("person_filters", UNSET)
        person_filters: RelationshipAudiencePersonFilters | Unset
        if isinstance(_person_filters, Unset):
            person_filters = UNSET
        else:
            person_filters = RelationshipAudiencePersonFilters.from_dict(
                _person_filters
            )

        _relationship_filters = d.pop("relationship_filters", UNSET)
        relationship_filters: RelationshipAudienceRelationshipFilters | Unset
        if isinstance(_relationship_filters, Unset):
            relationship_filters = UNSET
        else:
            relationship_filters = RelationshipAudienceRelationshipFilters.from_dict(
                _relationship_filters
            )

        relationship_audience = cls(
            type_=type_,
            person_filters=person_filters,
            relationship_filters=relationship_filters,
        )

        relationship_audience.additional_properties = d
        return relationship_audience

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

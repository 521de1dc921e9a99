from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="ObjectAudiencePersonFilters")


@_attrs_define
class ObjectAudiencePersonFilters:
    """Returns the profile attributes you filtered the audience by, if any. Only applies to `type 1`, "Certain people in
    the object".

        Example:
            {"and":[{"attribute":{"field":"title","operator":"eq","value":"asdca"}}]}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ObjectAudiencePersonFilters"))
        object_audience_person_filters = cls()

        object_audience_person_filters.additional_properties = d
        return object_audience_person_filters

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

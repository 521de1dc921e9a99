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

T = TypeVar("T", bound="CreateManSegmentBodySegment")


@_attrs_define
class CreateManSegmentBodySegment:
    """
    Attributes:
        name (str): The name of the segment. Example: Manual Segment 1.
        description (str | Unset): A description for the segment. This can help you understand the purpose of the
            segment when you encounter it in other requests or in the UI. Example: My first manual segment.
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "CreateManSegmentBodySegment"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "CreateManSegmentBodySegment.name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(
                description, "CreateManSegmentBodySegment.description"
            )

        create_man_segment_body_segment = cls(
            name=name,
            description=description,
        )

        create_man_segment_body_segment.additional_properties = d
        return create_man_segment_body_segment

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

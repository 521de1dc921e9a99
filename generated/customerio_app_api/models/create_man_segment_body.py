from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.create_man_segment_body_segment import CreateManSegmentBodySegment


T = TypeVar("T", bound="CreateManSegmentBody")


@_attrs_define
class CreateManSegmentBody:
    """
    Attributes:
        segment (CreateManSegmentBodySegment):
    """

    segment: CreateManSegmentBodySegment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment": segment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_man_segment_body_segment import CreateManSegmentBodySegment

        d = dict(expect_object(src_dict, "CreateManSegmentBody"))
        segment = CreateManSegmentBodySegment.from_dict(d.pop("segment"))

        create_man_segment_body = cls(
            segment=segment,
        )

        create_man_segment_body.additional_properties = d
        return create_man_segment_body

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

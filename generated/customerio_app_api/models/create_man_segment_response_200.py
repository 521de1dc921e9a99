from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.create_man_segment_response_200_segment import (
        CreateManSegmentResponse200Segment,
    )


T = TypeVar("T", bound="CreateManSegmentResponse200")


@_attrs_define
class CreateManSegmentResponse200:
    """
    Attributes:
        segment (CreateManSegmentResponse200Segment | Unset):
    """

    segment: CreateManSegmentResponse200Segment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_man_segment_response_200_segment import (
            CreateManSegmentResponse200Segment,
        )

        d = dict(expect_object(src_dict, "CreateManSegmentResponse200"))
        _segment = d.pop("segment", UNSET)
        segment: CreateManSegmentResponse200Segment | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = CreateManSegmentResponse200Segment.from_dict(_segment)

        create_man_segment_response_200 = cls(
            segment=segment,
        )

        create_man_segment_response_200.additional_properties = d
        return create_man_segment_response_200

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

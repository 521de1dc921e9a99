from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_person_segments_response_200_segments_item import (
        GetPersonSegmentsResponse200SegmentsItem,
    )


T = TypeVar("T", bound="GetPersonSegmentsResponse200")


@_attrs_define
class GetPersonSegmentsResponse200:
    """
    Attributes:
        segments (list[GetPersonSegmentsResponse200SegmentsItem] | Unset):
    """

    segments: list[GetPersonSegmentsResponse200SegmentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_segments_response_200_segments_item import (
            GetPersonSegmentsResponse200SegmentsItem,
        )

        d = dict(expect_object(src_dict, "GetPersonSegmentsResponse200"))
        _segments = expect_list(
            d.pop("segments", UNSET), "GetPersonSegmentsResponse200.segments"
        )
        segments: list[GetPersonSegmentsResponse200SegmentsItem] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = GetPersonSegmentsResponse200SegmentsItem.from_dict(
                    segments_item_data
                )

                segments.append(segments_item)

        get_person_segments_response_200 = cls(
            segments=segments,
        )

        get_person_segments_response_200.additional_properties = d
        return get_person_segments_response_200

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

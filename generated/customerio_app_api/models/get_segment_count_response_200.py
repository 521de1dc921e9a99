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
)

T = TypeVar("T", bound="GetSegmentCountResponse200")


@_attrs_define
class GetSegmentCountResponse200:
    """
    Attributes:
        segment_id (int | Unset): The identifier for a segment; used to target a segment in requests. Example: 7.
        count (int | Unset): The total number of customers in the segment.
    """

    segment_id: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetSegmentCountResponse200"))
        segment_id = d.pop("segment_id", UNSET)
        if type(segment_id) is not int and segment_id is not UNSET:
            segment_id = expect_int(segment_id, "GetSegmentCountResponse200.segment_id")

        count = d.pop("count", UNSET)
        if type(count) is not int and count is not UNSET:
            count = expect_int(count, "GetSegmentCountResponse200.count")

        get_segment_count_response_200 = cls(
            segment_id=segment_id,
            count=count,
        )

        get_segment_count_response_200.additional_properties = d
        return get_segment_count_response_200

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

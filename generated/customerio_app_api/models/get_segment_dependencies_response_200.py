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
    from ..models.get_segment_dependencies_response_200_used_by import (
        GetSegmentDependenciesResponse200UsedBy,
    )


T = TypeVar("T", bound="GetSegmentDependenciesResponse200")


@_attrs_define
class GetSegmentDependenciesResponse200:
    """
    Attributes:
        segment_id (int | Unset): The identifier for a segment; used to target a segment in requests. Example: 7.
        used_by (GetSegmentDependenciesResponse200UsedBy | Unset):
    """

    segment_id: int | Unset = UNSET
    used_by: GetSegmentDependenciesResponse200UsedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        used_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used_by, Unset):
            used_by = self.used_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if used_by is not UNSET:
            field_dict["used_by"] = used_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_segment_dependencies_response_200_used_by import (
            GetSegmentDependenciesResponse200UsedBy,
        )

        d = dict(expect_object(src_dict, "GetSegmentDependenciesResponse200"))
        segment_id = d.pop("segment_id", UNSET)
        if type(segment_id) is not int and segment_id is not UNSET:
            segment_id = expect_int(
                segment_id, "GetSegmentDependenciesResponse200.segment_id"
            )

        _used_by = d.pop("used_by", UNSET)
        used_by: GetSegmentDependenciesResponse200UsedBy | Unset
        if isinstance(_used_by, Unset):
            used_by = UNSET
        else:
            used_by = GetSegmentDependenciesResponse200UsedBy.from_dict(_used_by)

        get_segment_dependencies_response_200 = cls(
            segment_id=segment_id,
            used_by=used_by,
        )

        get_segment_dependencies_response_200.additional_properties = d
        return get_segment_dependencies_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_segment_membership_id_only_identifiers_item import (
        GetSegmentMembershipIdOnlyIdentifiersItem,
    )


T = TypeVar("T", bound="GetSegmentMembershipIdOnly")


@_attrs_define
class GetSegmentMembershipIdOnly:
    """
    Attributes:
        segment_id (int | Unset): The identifier for a segment; used to target a segment in requests. Example: 7.
        ids (list[str] | Unset): The customers that belong to this segment.
        identifiers (list[GetSegmentMembershipIdOnlyIdentifiersItem] | Unset): The customers that belong to this
            segment.
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    segment_id: int | Unset = UNSET
    ids: list[str] | Unset = UNSET
    identifiers: list[GetSegmentMembershipIdOnlyIdentifiersItem] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if ids is not UNSET:
            field_dict["ids"] = ids
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_segment_membership_id_only_identifiers_item import (
            GetSegmentMembershipIdOnlyIdentifiersItem,
        )

        d = dict(expect_object(src_dict, "GetSegmentMembershipIdOnly"))
        segment_id = d.pop("segment_id", UNSET)
        if type(segment_id) is not int and segment_id is not UNSET:
            segment_id = expect_int(segment_id, "GetSegmentMembershipIdOnly.segment_id")

        ids = cast(
            list[str],
            expect_list(d.pop("ids", UNSET), "GetSegmentMembershipIdOnly.ids"),
        )

        _identifiers = expect_list(
            d.pop("identifiers", UNSET), "GetSegmentMembershipIdOnly.identifiers"
        )
        identifiers: list[GetSegmentMembershipIdOnlyIdentifiersItem] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = GetSegmentMembershipIdOnlyIdentifiersItem.from_dict(
                    identifiers_item_data
                )

                identifiers.append(identifiers_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetSegmentMembershipIdOnly.next")

        get_segment_membership_id_only = cls(
            segment_id=segment_id,
            ids=ids,
            identifiers=identifiers,
            next_=next_,
        )

        get_segment_membership_id_only.additional_properties = d
        return get_segment_membership_id_only

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_objects_filter_response_200_identifiers_item import (
        GetObjectsFilterResponse200IdentifiersItem,
    )


T = TypeVar("T", bound="GetObjectsFilterResponse200")


@_attrs_define
class GetObjectsFilterResponse200:
    """
    Attributes:
        identifiers (list[GetObjectsFilterResponse200IdentifiersItem] | Unset):
        ids (list[str] | Unset): A list of object IDs matching the object_type_id and filter in the request. Items are
            the same as the `object_id` values under `identifiers`, but this array may be easier to search/sort through if
            you have a large number of objects and don't need to to use the `cio_object_id`. Example: ['ae3000'].
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    identifiers: list[GetObjectsFilterResponse200IdentifiersItem] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_objects_filter_response_200_identifiers_item import (
            GetObjectsFilterResponse200IdentifiersItem,
        )

        d = dict(expect_object(src_dict, "GetObjectsFilterResponse200"))
        _identifiers = expect_list(
            d.pop("identifiers", UNSET), "GetObjectsFilterResponse200.identifiers"
        )
        identifiers: list[GetObjectsFilterResponse200IdentifiersItem] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = GetObjectsFilterResponse200IdentifiersItem.from_dict(
                    identifiers_item_data
                )

                identifiers.append(identifiers_item)

        ids = cast(
            list[str],
            expect_list(d.pop("ids", UNSET), "GetObjectsFilterResponse200.ids"),
        )

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetObjectsFilterResponse200.next")

        get_objects_filter_response_200 = cls(
            identifiers=identifiers,
            ids=ids,
            next_=next_,
        )

        get_objects_filter_response_200.additional_properties = d
        return get_objects_filter_response_200

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

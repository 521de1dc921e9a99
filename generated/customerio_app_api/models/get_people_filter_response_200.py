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
    from ..models.get_people_filter_response_200_identifiers_item import (
        GetPeopleFilterResponse200IdentifiersItem,
    )


T = TypeVar("T", bound="GetPeopleFilterResponse200")


@_attrs_define
class GetPeopleFilterResponse200:
    """
    Example:
        {'identifiers': [{'id': 1, 'email': 'person@example.com', 'cio_id': 3000001}, {'id': 2, 'email':
            'second.person@exapmle.com', 'cio_id': 3000002}], 'ids': [1, 2], 'next': 'MDox'}

    Attributes:
        identifiers (list[GetPeopleFilterResponse200IdentifiersItem] | Unset): An array of objects, where each object
            represents a customer. Each object contains identifiers for a customer.
        ids (list[str] | Unset): In general, you should use the `identifiers` array. This array contains identifiers for
            people captured in your filter. However, as of June 2021, some workspaces let you add people without an `id`.
            Entries without an `id` are empty strings in this array, where the `identifiers` array contains more complete
            information for each person captured in the filter.
        next_ (str | Unset): The `start` value for the next page of results.
    """

    identifiers: list[GetPeopleFilterResponse200IdentifiersItem] | Unset = UNSET
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
        from ..models.get_people_filter_response_200_identifiers_item import (
            GetPeopleFilterResponse200IdentifiersItem,
        )

        d = dict(expect_object(src_dict, "GetPeopleFilterResponse200"))
        _identifiers = expect_list(
            d.pop("identifiers", UNSET), "GetPeopleFilterResponse200.identifiers"
        )
        identifiers: list[GetPeopleFilterResponse200IdentifiersItem] | Unset = UNSET
        if _identifiers is not UNSET:
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = GetPeopleFilterResponse200IdentifiersItem.from_dict(
                    identifiers_item_data
                )

                identifiers.append(identifiers_item)

        ids = cast(
            list[str],
            expect_list(d.pop("ids", UNSET), "GetPeopleFilterResponse200.ids"),
        )

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetPeopleFilterResponse200.next")

        get_people_filter_response_200 = cls(
            identifiers=identifiers,
            ids=ids,
            next_=next_,
        )

        get_people_filter_response_200.additional_properties = d
        return get_people_filter_response_200

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

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
    from ..models.get_people_email_response_200_results_item import (
        GetPeopleEmailResponse200ResultsItem,
    )


T = TypeVar("T", bound="GetPeopleEmailResponse200")


@_attrs_define
class GetPeopleEmailResponse200:
    """
    Attributes:
        results (list[GetPeopleEmailResponse200ResultsItem] | Unset): A list of customers matching the email address in
            your query.
    """

    results: list[GetPeopleEmailResponse200ResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_people_email_response_200_results_item import (
            GetPeopleEmailResponse200ResultsItem,
        )

        d = dict(expect_object(src_dict, "GetPeopleEmailResponse200"))
        _results = expect_list(
            d.pop("results", UNSET), "GetPeopleEmailResponse200.results"
        )
        results: list[GetPeopleEmailResponse200ResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = GetPeopleEmailResponse200ResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        get_people_email_response_200 = cls(
            results=results,
        )

        get_people_email_response_200.additional_properties = d
        return get_people_email_response_200

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

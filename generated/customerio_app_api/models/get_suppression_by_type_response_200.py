from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_suppression_by_type_response_200_category import (
    GetSuppressionByTypeResponse200Category,
)
from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.get_suppression_by_type_response_200_suppressions_item import (
        GetSuppressionByTypeResponse200SuppressionsItem,
    )


T = TypeVar("T", bound="GetSuppressionByTypeResponse200")


@_attrs_define
class GetSuppressionByTypeResponse200:
    """
    Attributes:
        category (GetSuppressionByTypeResponse200Category | Unset): The reason the addresses are suppressed. Example:
            bounces.
        suppressions (list[GetSuppressionByTypeResponse200SuppressionsItem] | Unset): The addresses suppressed in this
            category.
    """

    category: GetSuppressionByTypeResponse200Category | Unset = UNSET
    suppressions: list[GetSuppressionByTypeResponse200SuppressionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        suppressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suppressions, Unset):
            suppressions = []
            for suppressions_item_data in self.suppressions:
                suppressions_item = suppressions_item_data.to_dict()
                suppressions.append(suppressions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if suppressions is not UNSET:
            field_dict["suppressions"] = suppressions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_suppression_by_type_response_200_suppressions_item import (
            GetSuppressionByTypeResponse200SuppressionsItem,
        )

        d = dict(expect_object(src_dict, "GetSuppressionByTypeResponse200"))
        _category = d.pop("category", UNSET)
        category: GetSuppressionByTypeResponse200Category | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = GetSuppressionByTypeResponse200Category(_category)

        _suppressions = expect_list(
            d.pop("suppressions", UNSET), "GetSuppressionByTypeResponse200.suppressions"
        )
        suppressions: list[GetSuppressionByTypeResponse200SuppressionsItem] | Unset = (
            UNSET
        )
        if _suppressions is not UNSET:
            suppressions = []
            for suppressions_item_data in _suppressions:
                suppressions_item = (
                    GetSuppressionByTypeResponse200SuppressionsItem.from_dict(
                        suppressions_item_data
                    )
                )

                suppressions.append(suppressions_item)

        get_suppression_by_type_response_200 = cls(
            category=category,
            suppressions=suppressions,
        )

        get_suppression_by_type_response_200.additional_properties = d
        return get_suppression_by_type_response_200

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

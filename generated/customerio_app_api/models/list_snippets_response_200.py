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
    from ..models.list_snippets_response_200_snippets_item import (
        ListSnippetsResponse200SnippetsItem,
    )


T = TypeVar("T", bound="ListSnippetsResponse200")


@_attrs_define
class ListSnippetsResponse200:
    """
    Attributes:
        snippets (list[ListSnippetsResponse200SnippetsItem] | Unset):
    """

    snippets: list[ListSnippetsResponse200SnippetsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snippets, Unset):
            snippets = []
            for snippets_item_data in self.snippets:
                snippets_item = snippets_item_data.to_dict()
                snippets.append(snippets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snippets is not UNSET:
            field_dict["snippets"] = snippets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_snippets_response_200_snippets_item import (
            ListSnippetsResponse200SnippetsItem,
        )

        d = dict(expect_object(src_dict, "ListSnippetsResponse200"))
        _snippets = expect_list(
            d.pop("snippets", UNSET), "ListSnippetsResponse200.snippets"
        )
        snippets: list[ListSnippetsResponse200SnippetsItem] | Unset = UNSET
        if _snippets is not UNSET:
            snippets = []
            for snippets_item_data in _snippets:
                snippets_item = ListSnippetsResponse200SnippetsItem.from_dict(
                    snippets_item_data
                )

                snippets.append(snippets_item)

        list_snippets_response_200 = cls(
            snippets=snippets,
        )

        list_snippets_response_200.additional_properties = d
        return list_snippets_response_200

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

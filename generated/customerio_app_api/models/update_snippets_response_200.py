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
    from ..models.update_snippets_response_200_snippet import (
        UpdateSnippetsResponse200Snippet,
    )


T = TypeVar("T", bound="UpdateSnippetsResponse200")


@_attrs_define
class UpdateSnippetsResponse200:
    """
    Attributes:
        snippet (UpdateSnippetsResponse200Snippet | Unset): describes a piece of reusable content. You must provide a
            name for the snippet and the `value`—the content that appears in messages that use the snippet. Example:
            {'name': 'address', 'value': '<strong>My Company</strong></br>1234 Fake St<br/>Fake,NY<br/>10111', 'updated_at':
            1582500000}.
    """

    snippet: UpdateSnippetsResponse200Snippet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snippet, Unset):
            snippet = self.snippet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_snippets_response_200_snippet import (
            UpdateSnippetsResponse200Snippet,
        )

        d = dict(expect_object(src_dict, "UpdateSnippetsResponse200"))
        _snippet = d.pop("snippet", UNSET)
        snippet: UpdateSnippetsResponse200Snippet | Unset
        if isinstance(_snippet, Unset):
            snippet = UNSET
        else:
            snippet = UpdateSnippetsResponse200Snippet.from_dict(_snippet)

        update_snippets_response_200 = cls(
            snippet=snippet,
        )

        update_snippets_response_200.additional_properties = d
        return update_snippets_response_200

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

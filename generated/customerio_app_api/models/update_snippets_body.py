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
    expect_str,
)

T = TypeVar("T", bound="UpdateSnippetsBody")


@_attrs_define
class UpdateSnippetsBody:
    """describes a piece of reusable content. You must provide a name for the snippet and the `value`—the content that
    appears in messages that use the snippet.

        Example:
            {'name': 'address', 'value': '<strong>My Company</strong></br>1234 Fake St<br/>Fake,NY<br/>10111', 'updated_at':
                1582500000}

        Attributes:
            name (str): The name of the snippet, must be unique.
            value (str): The contents of the snippet.
            updated_at (int | Unset): The last date-time the snippet was updated.
    """

    name: str
    value: str
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "UpdateSnippetsBody"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "UpdateSnippetsBody.name")

        value = d.pop("value")
        if type(value) is not str:
            value = expect_str(value, "UpdateSnippetsBody.value")

        updated_at = d.pop("updated_at", UNSET)
        if type(updated_at) is not int and updated_at is not UNSET:
            updated_at = expect_int(updated_at, "UpdateSnippetsBody.updated_at")

        update_snippets_body = cls(
            name=name,
            value=value,
            updated_at=updated_at,
        )

        update_snippets_body.additional_properties = d
        return update_snippets_body

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

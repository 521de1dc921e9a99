from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="UpdateTransactionalBodyHeadersItem")


@_attrs_define
class UpdateTransactionalBodyHeadersItem:
    """
    Example:
        [{'name': 'X-Mailgun-Tag', 'value': 'my-cool-tag'}]

    Attributes:
        name (str | Unset): The name of the header.
        value (str | Unset): The value of the header.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "UpdateTransactionalBodyHeadersItem"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "UpdateTransactionalBodyHeadersItem.name")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = expect_str(value, "UpdateTransactionalBodyHeadersItem.value")

        update_transactional_body_headers_item = cls(
            name=name,
            value=value,
        )

        update_transactional_body_headers_item.additional_properties = d
        return update_transactional_body_headers_item

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

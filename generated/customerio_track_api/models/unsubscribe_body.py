from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
)

T = TypeVar("T", bound="UnsubscribeBody")


@_attrs_define
class UnsubscribeBody:
    """
    Attributes:
        unsubscribe (bool | Unset): If true, a person's `unsubscribed` attribute is set to true and the unsubscription
            is attributed to the delivery. Example: True.
    """

    unsubscribe: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsubscribe = self.unsubscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "UnsubscribeBody"))
        unsubscribe = d.pop("unsubscribe", UNSET)
        if type(unsubscribe) is not bool and unsubscribe is not UNSET:
            unsubscribe = expect_bool(unsubscribe, "UnsubscribeBody.unsubscribe")

        unsubscribe_body = cls(
            unsubscribe=unsubscribe,
        )

        unsubscribe_body.additional_properties = d
        return unsubscribe_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="BroadcastErrorsResponse200")


@_attrs_define
class BroadcastErrorsResponse200:
    """
    Attributes:
        errors (list[str] | Unset): A list of errors in the format `line <x>: <error text>` to help you troubleshoot
            errors associated with your audience or data file.
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    errors: list[str] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "BroadcastErrorsResponse200"))
        errors = cast(
            list[str],
            expect_list(d.pop("errors", UNSET), "BroadcastErrorsResponse200.errors"),
        )

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "BroadcastErrorsResponse200.next")

        broadcast_errors_response_200 = cls(
            errors=errors,
            next_=next_,
        )

        broadcast_errors_response_200.additional_properties = d
        return broadcast_errors_response_200

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

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

T = TypeVar("T", bound="SendEmailResponse413Meta")


@_attrs_define
class SendEmailResponse413Meta:
    """
    Attributes:
        error (str | Unset): Describes the error that caused your request to fail. Example: Total attachment size
            exceeds the limit.
    """

    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SendEmailResponse413Meta"))
        error = d.pop("error", UNSET)
        if type(error) is not str and error is not UNSET:
            error = expect_str(error, "SendEmailResponse413Meta.error")

        send_email_response_413_meta = cls(
            error=error,
        )

        send_email_response_413_meta.additional_properties = d
        return send_email_response_413_meta

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

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

T = TypeVar("T", bound="DeleteSnippetResponse400ErrorsItem")


@_attrs_define
class DeleteSnippetResponse400ErrorsItem:
    """
    Attributes:
        detail (str | Unset): Describes the error. Example: unable to delete snippet in use.
        status (str | Unset): The HTTP status code. Example: 400.
    """

    detail: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "DeleteSnippetResponse400ErrorsItem"))
        detail = d.pop("detail", UNSET)
        if type(detail) is not str and detail is not UNSET:
            detail = expect_str(detail, "DeleteSnippetResponse400ErrorsItem.detail")

        status = d.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = expect_str(status, "DeleteSnippetResponse400ErrorsItem.status")

        delete_snippet_response_400_errors_item = cls(
            detail=detail,
            status=status,
        )

        delete_snippet_response_400_errors_item.additional_properties = d
        return delete_snippet_response_400_errors_item

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

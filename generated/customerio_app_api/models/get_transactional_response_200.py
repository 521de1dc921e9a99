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
    from ..models.get_transactional_response_200_message import (
        GetTransactionalResponse200Message,
    )


T = TypeVar("T", bound="GetTransactionalResponse200")


@_attrs_define
class GetTransactionalResponse200:
    """
    Attributes:
        message (GetTransactionalResponse200Message | Unset): Contains information about a transactional message.
    """

    message: GetTransactionalResponse200Message | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_transactional_response_200_message import (
            GetTransactionalResponse200Message,
        )

        d = dict(expect_object(src_dict, "GetTransactionalResponse200"))
        _message = d.pop("message", UNSET)
        message: GetTransactionalResponse200Message | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = GetTransactionalResponse200Message.from_dict(_message)

        get_transactional_response_200 = cls(
            message=message,
        )

        get_transactional_response_200.additional_properties = d
        return get_transactional_response_200

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

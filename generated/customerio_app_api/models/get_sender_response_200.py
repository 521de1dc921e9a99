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
    from ..models.get_sender_response_200_sender_identity import (
        GetSenderResponse200SenderIdentity,
    )


T = TypeVar("T", bound="GetSenderResponse200")


@_attrs_define
class GetSenderResponse200:
    """
    Attributes:
        sender_identity (GetSenderResponse200SenderIdentity | Unset): Information about a sender. Example: {'id': 4534,
            'deduplicate_id': '4534:1478035647', 'name': 'Cher Ami', 'email': 'test@example.com', 'address': 'Cher Ami
            <test@example.com>', 'template_type': 'email', 'auto_generated': False}.
    """

    sender_identity: GetSenderResponse200SenderIdentity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_identity, Unset):
            sender_identity = self.sender_identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_identity is not UNSET:
            field_dict["sender_identity"] = sender_identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_sender_response_200_sender_identity import (
            GetSenderResponse200SenderIdentity,
        )

        d = dict(expect_object(src_dict, "GetSenderResponse200"))
        _sender_identity = d.pop("sender_identity", UNSET)
        sender_identity: GetSenderResponse200SenderIdentity | Unset
        if isinstance(_sender_identity, Unset):
            sender_identity = UNSET
        else:
            sender_identity = GetSenderResponse200SenderIdentity.from_dict(
                _sender_identity
            )

        get_sender_response_200 = cls(
            sender_identity=sender_identity,
        )

        get_sender_response_200.additional_properties = d
        return get_sender_response_200

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

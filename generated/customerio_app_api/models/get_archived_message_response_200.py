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
    from ..models.get_archived_message_response_200_archived_message import (
        GetArchivedMessageResponse200ArchivedMessage,
    )


T = TypeVar("T", bound="GetArchivedMessageResponse200")


@_attrs_define
class GetArchivedMessageResponse200:
    """Describes an archived message delivery.

    Attributes:
        archived_message (GetArchivedMessageResponse200ArchivedMessage | Unset): An archived message, including a
            complete message body.
    """

    archived_message: GetArchivedMessageResponse200ArchivedMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archived_message, Unset):
            archived_message = self.archived_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived_message is not UNSET:
            field_dict["archived_message"] = archived_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_archived_message_response_200_archived_message import (
            GetArchivedMessageResponse200ArchivedMessage,
        )

        d = dict(expect_object(src_dict, "GetArchivedMessageResponse200"))
        _archived_message = d.pop("archived_message", UNSET)
        archived_message: GetArchivedMessageResponse200ArchivedMessage | Unset
        if isinstance(_archived_message, Unset):
            archived_message = UNSET
        else:
            archived_message = GetArchivedMessageResponse200ArchivedMessage.from_dict(
                _archived_message
            )

        get_archived_message_response_200 = cls(
            archived_message=archived_message,
        )

        get_archived_message_response_200.additional_properties = d
        return get_archived_message_response_200

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

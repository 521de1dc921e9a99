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
)

T = TypeVar("T", bound="GetPersonMessagesResponse200MessagesItemMetrics")


@_attrs_define
class GetPersonMessagesResponse200MessagesItemMetrics:
    """Contains information about the send and delivery time of the message.

    Attributes:
        delivered (int | Unset): The date and time when the customer received the message.
        sent (int | Unset): The date and time when the message was sent.
    """

    delivered: int | Unset = UNSET
    sent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered = self.delivered

        sent = self.sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if sent is not UNSET:
            field_dict["sent"] = sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "GetPersonMessagesResponse200MessagesItemMetrics")
        )
        delivered = d.pop("delivered", UNSET)
        if type(delivered) is not int and delivered is not UNSET:
            delivered = expect_int(
                delivered, "GetPersonMessagesResponse200MessagesItemMetrics.delivered"
            )

        sent = d.pop("sent", UNSET)
        if type(sent) is not int and sent is not UNSET:
            sent = expect_int(
                sent, "GetPersonMessagesResponse200MessagesItemMetrics.sent"
            )

        get_person_messages_response_200_messages_item_metrics = cls(
            delivered=delivered,
            sent=sent,
        )

        get_person_messages_response_200_messages_item_metrics.additional_properties = d
        return get_person_messages_response_200_messages_item_metrics

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

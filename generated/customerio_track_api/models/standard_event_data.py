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

T = TypeVar("T", bound="StandardEventData")


@_attrs_define
class StandardEventData:
    """Additional information that you might want to reference in a message using liquid or use to set attributes on your
    customer (referenced by `customer_id`).

        Attributes:
            recipient (str | Unset): The recipient address for an action. Example: {{customer.email}}.
            from_address (str | Unset): The address you want to trigger messages from, overriding the `from` field in emails
                triggered by the event.
            reply_to (str | Unset): The address that receives replies for the message, if applicable. Example:
                replyto@example.com.
    """

    recipient: str | Unset = UNSET
    from_address: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        from_address = self.from_address

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "StandardEventData"))
        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "StandardEventData.recipient")

        from_address = d.pop("from_address", UNSET)
        if type(from_address) is not str and from_address is not UNSET:
            from_address = expect_str(from_address, "StandardEventData.from_address")

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(reply_to, "StandardEventData.reply_to")

        standard_event_data = cls(
            recipient=recipient,
            from_address=from_address,
            reply_to=reply_to,
        )

        standard_event_data.additional_properties = d
        return standard_event_data

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

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
    expect_str,
)

T = TypeVar("T", bound="SendSmsResponse200")


@_attrs_define
class SendSmsResponse200:
    """
    Attributes:
        delivery_id (str | Unset): A unique identifier for the message.
        queued_at (int | Unset): The date-time when the message is sent.
    """

    delivery_id: str | Unset = UNSET
    queued_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        queued_at = self.queued_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SendSmsResponse200"))
        delivery_id = d.pop("delivery_id", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(delivery_id, "SendSmsResponse200.delivery_id")

        queued_at = d.pop("queued_at", UNSET)
        if type(queued_at) is not int and queued_at is not UNSET:
            queued_at = expect_int(queued_at, "SendSmsResponse200.queued_at")

        send_sms_response_200 = cls(
            delivery_id=delivery_id,
            queued_at=queued_at,
        )

        send_sms_response_200.additional_properties = d
        return send_sms_response_200

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

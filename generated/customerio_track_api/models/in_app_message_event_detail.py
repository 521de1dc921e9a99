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

T = TypeVar("T", bound="InAppMessageEventDetail")


@_attrs_define
class InAppMessageEventDetail:
    """An object containing message specific data depending on the event type.

    Attributes:
        message_id (str | Unset): Identifier string of the in-app message.
        delivery_id (str | Unset): Delivery Id for the corresponding in-app message (not present in test message).
    """

    message_id: str | Unset = UNSET
    delivery_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        delivery_id = self.delivery_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "InAppMessageEventDetail"))
        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(message_id, "InAppMessageEventDetail.messageId")

        delivery_id = d.pop("deliveryId", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(delivery_id, "InAppMessageEventDetail.deliveryId")

        in_app_message_event_detail = cls(
            message_id=message_id,
            delivery_id=delivery_id,
        )

        in_app_message_event_detail.additional_properties = d
        return in_app_message_event_detail

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

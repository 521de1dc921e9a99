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

T = TypeVar("T", bound="InAppMessageActionEventDetail")


@_attrs_define
class InAppMessageActionEventDetail:
    """
    Attributes:
        message_id (str | Unset): Identifier string of the in-app message.
        delivery_id (str | Unset): Delivery Id for the corresponding in-app message (not present in test message).
        action_name (str | Unset): The name of the action specified when building the in-app message.
        action_value (str | Unset): The type of action that triggered the event.
    """

    message_id: str | Unset = UNSET
    delivery_id: str | Unset = UNSET
    action_name: str | Unset = UNSET
    action_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        delivery_id = self.delivery_id

        action_name = self.action_name

        action_value = self.action_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if action_name is not UNSET:
            field_dict["actionName"] = action_name
        if action_value is not UNSET:
            field_dict["actionValue"] = action_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "InAppMessageActionEventDetail"))
        message_id = d.pop("messageId", UNSET)
        if type(message_id) is not str and message_id is not UNSET:
            message_id = expect_str(
                message_id, "InAppMessageActionEventDetail.messageId"
            )

        delivery_id = d.pop("deliveryId", UNSET)
        if type(delivery_id) is not str and delivery_id is not UNSET:
            delivery_id = expect_str(
                delivery_id, "InAppMessageActionEventDetail.deliveryId"
            )

        action_name = d.pop("actionName", UNSET)
        if type(action_name) is not str and action_name is not UNSET:
            action_name = expect_str(
                action_name, "InAppMessageActionEventDetail.actionName"
            )

        action_value = d.pop("actionValue", UNSET)
        if type(action_value) is not str and action_value is not UNSET:
            action_value = expect_str(
                action_value, "InAppMessageActionEventDetail.actionValue"
            )

        in_app_message_action_event_detail = cls(
            message_id=message_id,
            delivery_id=delivery_id,
            action_name=action_name,
            action_value=action_value,
        )

        in_app_message_action_event_detail.additional_properties = d
        return in_app_message_action_event_detail

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

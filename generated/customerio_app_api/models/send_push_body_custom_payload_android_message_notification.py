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

T = TypeVar("T", bound="SendPushBodyCustomPayloadAndroidMessageNotification")


@_attrs_define
class SendPushBodyCustomPayloadAndroidMessageNotification:
    """Contains the push body and title.

    Attributes:
        title (str | Unset): The title of your push notification.
        body (str | Unset): The body of your push notification.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "SendPushBodyCustomPayloadAndroidMessageNotification"
            )
        )
        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(
                title, "SendPushBodyCustomPayloadAndroidMessageNotification.title"
            )

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(
                body, "SendPushBodyCustomPayloadAndroidMessageNotification.body"
            )

        send_push_body_custom_payload_android_message_notification = cls(
            title=title,
            body=body,
        )

        send_push_body_custom_payload_android_message_notification.additional_properties = d
        return send_push_body_custom_payload_android_message_notification

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

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

T = TypeVar("T", bound="SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush")


@_attrs_define
class SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush:
    """A push payload for the iOS SDK.

    Attributes:
        title (str | Unset): The title of your push notification.
        body (str | Unset): The body of your push notification.
        link (str | Unset): A deep link (to a page in your app), or a link to a web page.
        image (str | Unset): The URL of an HTTPS image that you want to use for your message.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    link: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        link = self.link

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if link is not UNSET:
            field_dict["link"] = link
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(
                src_dict, "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush"
            )
        )
        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(
                title, "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush.title"
            )

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(
                body, "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush.body"
            )

        link = d.pop("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = expect_str(
                link, "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush.link"
            )

        image = d.pop("image", UNSET)
        if type(image) is not str and image is not UNSET:
            image = expect_str(
                image, "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush.image"
            )

        send_push_body_custom_payload_fcm_message_apns_payload_cio_push = cls(
            title=title,
            body=body,
            link=link,
            image=image,
        )

        send_push_body_custom_payload_fcm_message_apns_payload_cio_push.additional_properties = d
        return send_push_body_custom_payload_fcm_message_apns_payload_cio_push

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

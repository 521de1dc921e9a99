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

T = TypeVar("T", bound="SendPushBodyCustomPayloadAPNSCIOPush")


@_attrs_define
class SendPushBodyCustomPayloadAPNSCIOPush:
    """Describes push notification options supported by the CIO SDK.

    Attributes:
        link (str | Unset): A deep link (to a page in your app), or a link to a web page.
        image (str | Unset): The URL of an HTTPS image that you want to use for your message.
    """

    link: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SendPushBodyCustomPayloadAPNSCIOPush"))
        link = d.pop("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = expect_str(link, "SendPushBodyCustomPayloadAPNSCIOPush.link")

        image = d.pop("image", UNSET)
        if type(image) is not str and image is not UNSET:
            image = expect_str(image, "SendPushBodyCustomPayloadAPNSCIOPush.image")

        send_push_body_custom_payload_apnscio_push = cls(
            link=link,
            image=image,
        )

        send_push_body_custom_payload_apnscio_push.additional_properties = d
        return send_push_body_custom_payload_apnscio_push

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

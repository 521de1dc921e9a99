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

T = TypeVar("T", bound="FcmBasicPushMessageNotification")


@_attrs_define
class FcmBasicPushMessageNotification:
    """Contains properties interpreted by the SDK except for the `link`.

    Attributes:
        body (str): The body of your push notification.
        title (str | Unset): The title of your push notification.
        image (str | Unset): The URL of an HTTPS image that you want to use for your message.
    """

    body: str
    title: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "FcmBasicPushMessageNotification"))
        body = d.pop("body")
        if type(body) is not str:
            body = expect_str(body, "FcmBasicPushMessageNotification.body")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "FcmBasicPushMessageNotification.title")

        image = d.pop("image", UNSET)
        if type(image) is not str and image is not UNSET:
            image = expect_str(image, "FcmBasicPushMessageNotification.image")

        fcm_basic_push_message_notification = cls(
            body=body,
            title=title,
            image=image,
        )

        fcm_basic_push_message_notification.additional_properties = d
        return fcm_basic_push_message_notification

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

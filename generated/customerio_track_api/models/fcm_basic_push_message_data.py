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

T = TypeVar("T", bound="FcmBasicPushMessageData")


@_attrs_define
class FcmBasicPushMessageData:
    """Contains the `link` property (interpreted by the SDK) and additional properties that you want to pass to your app.

    Attributes:
        link (str | Unset): A deep link (to a page in your app), or a link to a web page.
    """

    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "FcmBasicPushMessageData"))
        link = d.pop("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = expect_str(link, "FcmBasicPushMessageData.link")

        fcm_basic_push_message_data = cls(
            link=link,
        )

        fcm_basic_push_message_data.additional_properties = d
        return fcm_basic_push_message_data

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
